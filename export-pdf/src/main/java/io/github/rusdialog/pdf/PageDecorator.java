package io.github.rusdialog.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Draws what every page carries: a footer with the dialogue and organiser and "Sida X av Y", and
 * from the second page of a meeting a running header with the meeting's title. The total page
 * count is a template filled in when the document closes.
 */
final class PageDecorator extends PdfPageEventHelper {
  private static final float FOOTER_SIZE = 8.5f;
  private static final float TOTAL_WIDTH = 30f;

  private final Font font;
  private final String footerLeft;
  /** The page label's text before and after the total's place. */
  private final String beforeTotal;
  private final String afterTotal;
  private PdfTemplate total;
  private String meetingTitle;
  private int meetingStartPage;

  /**
   * @param pageLabel the page label with {@code {0}} for the page and {@code {1}} for the total
   */
  PageDecorator(PdfFonts fonts, String footerLeft, String pageLabel) {
    this.font = fonts.regular(FOOTER_SIZE, PdfFonts.MUTED);
    this.footerLeft = footerLeft;
    String[] parts = pageLabel.split("\\{1\\}", -1);
    this.beforeTotal = parts[0];
    this.afterTotal = parts.length > 1 ? parts[1] : "";
  }

  /** From the next page on, pages belong to this meeting (or to none, for null). */
  void startMeeting(String title, int page) {
    this.meetingTitle = title;
    this.meetingStartPage = page;
  }

  @Override
  public void onOpenDocument(PdfWriter writer, Document document) {
    total = writer.getDirectContent().createTemplate(TOTAL_WIDTH, FOOTER_SIZE * 1.5f);
  }

  @Override
  public void onEndPage(PdfWriter writer, Document document) {
    PdfContentByte canvas = writer.getDirectContent();
    // Running header, footer and page numbers are pagination artifacts: not read as content.
    PdfDictionary properties = new PdfDictionary();
    properties.put(PdfName.TYPE, new PdfName("Pagination"));
    canvas.beginMarkedContentSequence(TaggedCanvas.ARTIFACT, properties, true);
    Rectangle page = document.getPageSize();
    float left = document.left();
    float right = document.right();
    float footerY = document.bottom() - 28f;
    if (!footerLeft.isEmpty()) {
      text(canvas, footerLeft, left, footerY);
    }
    int number = writer.getPageNumber();
    String before = beforeTotal.replace("{0}", String.valueOf(number));
    String after = afterTotal.replace("{0}", String.valueOf(number));
    float afterX = right - PdfFonts.width(after, font);
    float totalX = afterX - TOTAL_WIDTH;
    text(canvas, before, totalX - PdfFonts.width(before, font), footerY);
    canvas.addTemplate(total, totalX, footerY - 2f);
    if (!after.isEmpty()) {
      text(canvas, after, afterX, footerY);
    }
    if (meetingTitle != null && number > meetingStartPage) {
      text(canvas, shortened(meetingTitle), left, page.getHeight() - document.topMargin() + 24f);
    }
    canvas.endMarkedContentSequence();
  }

  @Override
  public void onCloseDocument(PdfWriter writer, Document document) {
    text(total, String.valueOf(writer.getPageNumber() - 1), 0, 2f);
  }

  /**
   * Draws one line of decoration with its baseline at {@code y}, directly rather than through
   * OpenPDF's ColumnText: a line needs no layout, and ColumnText's classes and its layout of each
   * piece were a twentieth of a PDF's time. Line breaks and tabs become spaces: the running header
   * and footer are one line.
   */
  private void text(PdfContentByte canvas, String text, float x, float y) {
    canvas.beginText();
    canvas.setFontAndSize(font.getBaseFont(), font.getSize());
    canvas.setColorFill(font.getColor());
    canvas.setTextMatrix(x, y);
    canvas.showText(text.replace('\n', ' ').replace('\t', ' '));
    canvas.endText();
  }

  /** The title cut to 90 characters for the running header, never inside a surrogate pair. */
  private static String shortened(String title) {
    if (title.codePointCount(0, title.length()) <= 90) {
      return title;
    }
    return title.substring(0, title.offsetByCodePoints(0, 89)) + "…";
  }
}
