package io.github.rusdialog.docx;

import io.github.rusdialog.internal.read.SummaryBlocks;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.text.SummaryLine;
import io.github.rusdialog.text.SummaryWarning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFComment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlRuntimeException;

/**
 * Turns the body of a Word document into summary lines, each named by the place a person finds
 * it in Word: body paragraphs by their number and first words, tables by their number, the text
 * before them, row and cell. Headers, footers and page breaks are not summary text and are not
 * read.
 */
final class DocxBody {
  private static final int FIRST_WORDS = 6;

  private final XWPFDocument document;
  private final String source;
  private final ListNumbering numbering;
  private final List<SummaryLine> lines = new ArrayList<>();
  private final List<SummaryWarning> warnings = new ArrayList<>();
  private final ReportParts report = new ReportParts();
  private int paragraphs;
  private int tables;
  private String lastText = "";
  /** Whether the paragraph read last belonged to a table of contents that was skipped. */
  private boolean tableOfContents;
  /**
   * The styles of a table of contents' paragraphs, as styles.xml names them whatever the language
   * of Word: Word's "toc 1"–"toc 9" and "TOC Heading", LibreOffice's "Contents 1"–"Contents 10"
   * and "Contents Heading".
   */
  private static final java.util.regex.Pattern TOC_STYLE =
      java.util.regex.Pattern.compile("(?:toc|contents) (?:\\d{1,2}|heading)");
  /** What rusdialog's Word template asks to be written: "[Skriv mötets namn och datum …]". */
  private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\[Skriv [^\\]]*\\]");
  private static final java.util.regex.Pattern HEADING_STYLE = java.util.regex.Pattern.compile("title|heading [1-9]");
  /** The list level of the paragraph read last, -1 when it was no list item. */
  private int listLevel = -1;

  DocxBody(WordDocument word, String source) throws InvalidInputException {
    this.document = word.document;
    this.source = source;
    this.numbering = new ListNumbering(document);
    int controls = 0;
    for (IBodyElement element : document.getBodyElements()) {
      try {
        switch (element.getElementType()) {
          case PARAGRAPH:
            paragraphs++;
            paragraph((XWPFParagraph) element);
            break;
          case TABLE:
            table((XWPFTable) element);
            tableOfContents = false;
            break;
          default:
            // POI lists the body's content controls in document order, as the body holds them.
            if (isTableOfContents(document.getDocument().getBody().getSdtArray(controls++))) {
              warnTableOfContents("content control " + (++paragraphs) + " (" + after() + ")");
              break;
            }
            throw error("content control " + (++paragraphs) + " (" + after() + ")",
                "a content control (such as a form field); remove it, or turn it into plain text, and save"
                    + " again");
        }
      } catch (XmlRuntimeException | IllegalArgumentException | POIXMLException | ArithmeticException e) {
        // XmlBeans checks attribute values only when they are read: a value Word never writes
        // ("Invalid integer value", a list start past the integers) surfaces here, not when the
        // document is opened. POI's words stay in the cause, for a developer.
        throw new InvalidInputException(source, 0, 0, after(), "the document holds markup Word does not"
            + " write, such as a number out of range; open it in Word and save it again", e);
      }
    }
    report.warn(warnings, source);
    if (lines.isEmpty()) {
      throw new InvalidInputException(source, 0, 0, null, "the document has no text; a summary starts"
          + " with a title line such as \"Bolagsdagen 13/3 2024\"");
    }
  }

  List<SummaryLine> lines() {
    return lines;
  }

  List<SummaryWarning> warnings() {
    return warnings;
  }

  /** {@return what rusdialog's report marked in the document, to check the reading against} */
  ReportParts reportParts() {
    return report;
  }

  private void paragraph(XWPFParagraph paragraph) throws InvalidInputException {
    if (report.skips(paragraph, this::hasStyle, () -> "paragraph " + paragraphs + " "
        + quote(firstWords(paragraph.getText())))) {
      return;
    }
    if (hasStyle(paragraph, style -> TOC_STYLE.matcher(name(style)).matches())) {
      if (!tableOfContents) {
        warnTableOfContents("paragraph " + paragraphs + " " + quote(firstWords(paragraph.getText())));
      }
      return;
    }
    tableOfContents = false;
    ParagraphText read = ParagraphText.of(paragraph.getCTP().getDomNode(), this::isBoldStyle);
    String text = read.text.toString();
    String place = "paragraph " + paragraphs + " " + quote(firstWords(text));
    if (read.refusal != null) {
      throw error(place, "holds " + read.refusal);
    }
    java.util.regex.Matcher placeholder = PLACEHOLDER.matcher(text);
    if (placeholder.find()) {
      throw error(place, "still holds the template's placeholder " + quote(placeholder.group()) + ": write what it"
          + " asks for in its place, or delete it");
    }
    if (read.picture) {
      warnings.add(SummaryWarning.at(source, place, "a picture is not read; if it holds text that"
          + " belongs to the summary, write the text in the document"));
    }
    warnComments(read, place);
    ListNumbering.Marker marker = numbering.next(paragraph);
    if (text.isBlank()) {
      return;
    }
    if (marker.listItem && marker.level > listLevel && listLevel >= 0) {
      // A list item indented under the one above is a sub-point of it: neither an item of its own nor
      // part of the item's text without a guess at how they belong together.
      throw error(place, "is a sub-point (list level " + (marker.level + 1) + ") of the item above; a summary's"
          + " items are one level: write it as a sentence of that item, or as an item of its own at the same"
          + " level (in Word: Decrease Indent)");
    }
    listLevel = marker.listItem ? marker.level : -1;
    SummaryLine line = SummaryLine.of(text, place).withBoldPrefix(read.boldPrefix);
    if (isHeading(paragraph)) {
      line = line.asHeading();
    }
    if (marker.number > 0) {
      line = line.asNumbered(marker.number);
    } else if (marker.listItem) {
      line = line.asBullet();
    }
    if (hasStyle(paragraph, style -> name(style).equals(ReportParts.NOTE))) {
      report.written(text, place);
    }
    report.heading(paragraph, text, place);
    lines.add(line);
    lastText = text;
  }

  /**
   * A table is read only in the layout summaries use: two columns under a header row of section
   * labels ("Möjligheter | Utmaningar", or any label words the text rules take, in either order),
   * each row one item of each. Any other table is refused: its structure says something the
   * summary format has no place for.
   */
  private void table(XWPFTable table) throws InvalidInputException {
    tables++;
    String name = "table " + tables + " (" + after() + ")";
    if (report.skips(table, name)) {
      return;
    }
    List<XWPFTableRow> rows = table.getRows();
    if (rows.isEmpty()) {
      return;
    }
    List<XWPFTableCell> header = rows.get(0).getTableCells();
    String left = header.size() == 2 ? cellText(header.get(0), name + " row 1 cell 1") : "";
    String right = header.size() == 2 ? cellText(header.get(1), name + " row 1 cell 2") : "";
    // The label words are the text rules' own: what a text summary may call a section, a table may too.
    if (header.size() != 2 || !SummaryBlocks.rules().isSectionLabel(left) || !SummaryBlocks.rules().isSectionLabel(right)) {
      throw error(name, "a table is read only as two columns under a header row of section labels, such as"
          + " \"Möjligheter | Utmaningar\"; this one has " + header.size() + " column(s) headed "
          + quote(String.join(" | ", headerTexts(header))) + ". Write its content as paragraphs"
          + " under the labels, or give it that header");
    }
    for (int r = 1; r < rows.size(); r++) {
      if (rows.get(r).getTableCells().size() != 2) {
        throw error(name + " row " + (r + 1), "has " + rows.get(r).getTableCells().size()
            + " cells; every row of a \"Möjligheter | Utmaningar\" table has two");
      }
    }
    for (int column = 0; column < 2; column++) {
      String label = column == 0 ? left : right;
      lines.add(SummaryLine.of(label, name + " row 1 cell " + (column + 1)));
      for (int r = 1; r < rows.size(); r++) {
        String place = name + " row " + (r + 1) + " cell " + (column + 1);
        String text = cellText(rows.get(r).getTableCells().get(column), place);
        if (!text.isBlank()) {
          lines.add(SummaryLine.of(text, place).asBullet());
        }
      }
    }
    lastText = right;
  }

  /** The cell's paragraphs joined by line breaks; nested tables and refused content fail. */
  private String cellText(XWPFTableCell cell, String place) throws InvalidInputException {
    if (!cell.getTables().isEmpty()) {
      throw error(place, "holds a table inside the table; write its content as text");
    }
    List<String> parts = new ArrayList<>();
    for (XWPFParagraph paragraph : cell.getParagraphs()) {
      ParagraphText read = ParagraphText.of(paragraph.getCTP().getDomNode(), this::isBoldStyle);
      if (read.refusal != null) {
        throw error(place, "holds " + read.refusal);
      }
      if (read.picture) {
        warnings.add(SummaryWarning.at(source, place, "a picture is not read"));
      }
      warnComments(read, place);
      String text = read.text.toString().strip();
      if (!text.isEmpty()) {
        parts.add(text);
      }
    }
    return String.join("\n", parts);
  }

  /** A table of contents repeats the headings that follow: skipped, and said so once. */
  private void warnTableOfContents(String place) {
    tableOfContents = true;
    warnings.add(SummaryWarning.at(source, place, "a table of contents is not read: it repeats the headings"
        + " that follow"));
  }

  /** Word's table of contents is a content control from the "Table of Contents" gallery. */
  private static boolean isTableOfContents(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSdtBlock sdt) {
    var properties = sdt.getSdtPr();
    if (properties == null || properties.getDocPartObj() == null
        || properties.getDocPartObj().getDocPartGallery() == null) {
      return false;
    }
    return "Table of Contents".equals(properties.getDocPartObj().getDocPartGallery().getVal());
  }

  /** Where the element read next stands: after the last text, or at the start. */
  private String after() {
    return lastText.isBlank() ? "at the start of the document" : "after " + quote(firstWords(lastText));
  }

  /** A comment is read past, and said so: its first words tell the official which one. */
  private void warnComments(ParagraphText read, String place) {
    for (String id : read.comments) {
      XWPFComment comment = document.getCommentByID(id);
      String words = comment == null ? "" : firstWords(comment.getText());
      warnings.add(SummaryWarning.at(source, place, "a comment" + (words.isEmpty() ? "" : " (" + quote(words) + ")")
          + " is not read: comments are remarks on the text, not text of the summary"));
    }
  }

  private static List<String> headerTexts(List<XWPFTableCell> header) {
    List<String> texts = new ArrayList<>();
    for (XWPFTableCell cell : header) {
      texts.add(cell.getText().strip());
    }
    return texts;
  }



  /** Whether a character style, or one it is based on, sets bold. */
  private boolean isBoldStyle(String styleId) {
    String id = styleId;
    for (int depth = 0; id != null && document.getStyles() != null && depth < 10; depth++) {
      XWPFStyle style = document.getStyles().getStyle(id);
      if (style == null) {
        return false;
      }
      var rPr = style.getCTStyle().getRPr();
      if (rPr != null && rPr.sizeOfBArray() > 0) {
        var b = rPr.getBArray(0);
        return !b.isSetVal() || ParagraphText.isOn(b.xgetVal().getStringValue());
      }
      id = style.getBasisStyleID();
    }
    return false;
  }

  /** Whether the paragraph's style, or one it is based on, is one {@code test} takes. */
  private boolean hasStyle(XWPFParagraph paragraph, java.util.function.Predicate<XWPFStyle> test) {
    String styleId = paragraph.getStyleID();
    for (int depth = 0; styleId != null && document.getStyles() != null && depth < 10; depth++) {
      XWPFStyle style = document.getStyles().getStyle(styleId);
      if (style == null) {
        return false;
      }
      if (test.test(style)) {
        return true;
      }
      styleId = style.getBasisStyleID();
    }
    return false;
  }

  /** The style's name in lower case: built-in names are English in styles.xml, whatever Word's language. */
  static String name(XWPFStyle style) {
    return style.getName() == null ? "" : style.getName().toLowerCase(Locale.ROOT);
  }

  /** Title and Heading 1–9 styles, in any language, or an outline level. */
  private boolean isHeading(XWPFParagraph paragraph) {
    if (paragraph.getCTP().getPPr() != null && paragraph.getCTP().getPPr().getOutlineLvl() != null) {
      return true;
    }
    return hasStyle(paragraph, style -> HEADING_STYLE.matcher(name(style)).matches()
        || style.getCTStyle().getPPr() != null && style.getCTStyle().getPPr().getOutlineLvl() != null);
  }

  private InvalidInputException error(String place, String problem) {
    return new InvalidInputException(source, 0, 0, place, problem);
  }

  private static String firstWords(String text) {
    String[] words = text.strip().split("\\s+");
    if (words.length <= FIRST_WORDS) {
      return text.strip().replaceAll("\\s+", " ");
    }
    return String.join(" ", java.util.Arrays.copyOf(words, FIRST_WORDS)) + " …";
  }

  private static String quote(String text) {
    return "\"" + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + "\"";
  }
}
