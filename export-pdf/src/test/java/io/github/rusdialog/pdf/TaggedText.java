package io.github.rusdialog.pdf;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a tagged PDF as a screen reader does: the structure tree in order, each element's text
 * from the marked content its MCIDs point to (with PDFBox), elements separated by a space.
 */
final class TaggedText {
  private final PDDocument document;
  private final Map<String, String> contentByPageAndMcid = new HashMap<>();

  TaggedText(PDDocument document) throws IOException {
    this.document = document;
    int index = 0;
    for (PDPage page : document.getPages()) {
      PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
      extractor.processPage(page);
      for (PDMarkedContent content : extractor.getMarkedContents()) {
        collect(index, content);
      }
      index++;
    }
  }

  private void collect(int page, PDMarkedContent content) {
    if (content.getMCID() >= 0) {
      StringBuilder text = new StringBuilder();
      for (Object part : content.getContents()) {
        if (part instanceof TextPosition) {
          text.append(((TextPosition) part).getUnicode());
        }
      }
      contentByPageAndMcid.put(page + ":" + content.getMCID(), text.toString());
    }
    for (Object part : content.getContents()) {
      if (part instanceof PDMarkedContent) {
        collect(page, (PDMarkedContent) part);
      }
    }
  }

  /** All text in structure order. */
  String text() {
    StringBuilder text = new StringBuilder();
    append(document.getDocumentCatalog().getStructureTreeRoot(), null, text);
    return text.toString();
  }

  /** The text of one element and its descendants. */
  String text(PDStructureElement element) {
    StringBuilder text = new StringBuilder();
    append(element, element.getPage(), text);
    return text.toString();
  }

  private void append(PDStructureNode node, PDPage page, StringBuilder text) {
    PDPage own = node instanceof PDStructureElement && ((PDStructureElement) node).getPage() != null
        ? ((PDStructureElement) node).getPage() : page;
    List<Object> kids = node.getKids();
    for (Object kid : kids) {
      if (kid instanceof PDStructureElement) {
        if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
          text.append(' ');
        }
        append((PDStructureElement) kid, own, text);
      } else if (kid instanceof Integer) {
        text.append(contentByPageAndMcid.getOrDefault(pageIndex(own) + ":" + kid, ""));
      } else if (kid instanceof PDMarkedContentReference) {
        PDMarkedContentReference reference = (PDMarkedContentReference) kid;
        PDPage at = reference.getPage() != null ? reference.getPage() : own;
        text.append(contentByPageAndMcid.getOrDefault(pageIndex(at) + ":" + reference.getMCID(), ""));
      }
    }
  }

  private int pageIndex(PDPage page) {
    return page == null ? -1 : document.getPages().indexOf(page);
  }
}
