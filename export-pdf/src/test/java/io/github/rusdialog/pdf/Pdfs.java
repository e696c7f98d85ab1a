package io.github.rusdialog.pdf;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.model.Dialogue;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;

/** Exports PDFs and reads them back with PDFBox, as a reader's viewer or a search engine would. */
final class Pdfs {
  static final Instant GENERATED_AT = Instant.parse("2024-03-14T09:30:00Z");

  private Pdfs() {}

  static byte[] export(Dialogue dialogue) throws IOException {
    return export(dialogue, ExportOptions.builder().generatedAt(GENERATED_AT).build());
  }

  static byte[] export(Dialogue dialogue, ExportOptions options) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new PdfExporter().export(dialogue, options, out);
    return out.toByteArray();
  }

  /** All text of the document, pages in order. */
  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /**
   * The text inside the page margins only: without the running header and footer, so that a text
   * running over a page break reads as one.
   */
  static String bodyText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      StringBuilder text = new StringBuilder();
      for (PDPage page : document.getPages()) {
        PDRectangle box = page.getMediaBox();
        PDFTextStripperByArea stripper = new PDFTextStripperByArea();
        // PDFBox measures from the top; the body lies between the header and the footer.
        stripper.addRegion("body", new Rectangle2D.Float(0, 50, box.getWidth(), box.getHeight() - 50 - 60));
        stripper.extractRegions(page);
        text.append(stripper.getTextForRegion("body"));
      }
      return text.toString();
    }
  }

  static PDDocument load(byte[] pdf) throws IOException {
    return Loader.loadPDF(pdf);
  }
}
