package io.github.rusdialog.docx.write;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtContentBlock;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * The table of contents as Word writes one: a content control from the "Table of Contents"
 * gallery holding a TOC field over the Heading 1 paragraphs. Its entries are written in already,
 * each a link to its heading, so the contents read right before anyone updates the field; Word
 * adds the page numbers when it is updated (References → Update Table). import-docx skips it.
 */
final class ContentsPart {
  /** Headings of level 1, as hyperlinks, without page numbers in web view, any outline level. */
  private static final String INSTRUCTION = " TOC \\o \"1-1\" \\h \\z \\u ";

  private final Blocks blocks;

  ContentsPart(Blocks blocks) {
    this.blocks = blocks;
  }

  /** One entry: the heading's text and its bookmark. */
  record Entry(String text, String bookmark) {}

  void write(String heading, List<Entry> entries) {
    CTSdtBlock control = blocks.document().getDocument().getBody().addNewSdt();
    var gallery = control.addNewSdtPr().addNewDocPartObj();
    gallery.addNewDocPartGallery().setVal("Table of Contents");
    gallery.addNewDocPartUnique().setVal(STOnOff1.ON);
    CTSdtContentBlock content = control.addNewSdtContent();
    XWPFParagraph title = paragraph(content, "TOCHeading");
    blocks.text(title, heading, false, false);
    for (int i = 0; i < entries.size(); i++) {
      CTP entry = content.addNewP();
      entry.addNewPPr().addNewPStyle().setVal("TOC1");
      if (i == 0) {
        field(entry.addNewR(), STFldCharType.BEGIN);
        CTR instruction = entry.addNewR();
        var text = instruction.addNewInstrText();
        text.setStringValue(INSTRUCTION);
        text.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        field(entry.addNewR(), STFldCharType.SEPARATE);
      }
      CTHyperlink link = entry.addNewHyperlink();
      link.setAnchor(entries.get(i).bookmark());
      link.setHistory(STOnOff1.ON);
      CTR run = link.addNewR();
      var properties = run.addNewRPr();
      properties.addNewRStyle().setVal("Hyperlink");
      // An entry is a meeting's title: data, marked with the data's language as the heading is.
      if (blocks.dataLanguage() != null) {
        properties.addNewLang().setVal(blocks.dataLanguage());
      }
      run.addNewT().setStringValue(entries.get(i).text());
      if (i == entries.size() - 1) {
        field(entry.addNewR(), STFldCharType.END);
      }
    }
  }

  private XWPFParagraph paragraph(CTSdtContentBlock content, String style) {
    XWPFParagraph paragraph = new XWPFParagraph(content.addNewP(), blocks.document());
    paragraph.setStyle(style);
    return paragraph;
  }

  private static void field(CTR run, STFldCharType.Enum type) {
    run.addNewFldChar().setFldCharType(type);
  }
}
