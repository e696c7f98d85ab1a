package io.github.rusdialog.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfIndirectReference;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.util.List;

/**
 * The layout layer of the tagged PDF: keeps the vertical position on the page, draws text lines
 * inside marked content that belongs to a structure element, and moves to a new page between
 * lines when the page is full — ending the marked content first, and continuing the same element
 * on the next page, so that a paragraph split over two pages is one element with two parts.
 * Everything drawn outside an element is marked as an artifact (decoration, not content).
 */
final class TaggedCanvas {
  /** Ascent and descent of Liberation Sans, as fractions of the font size. */
  private static final float ASCENT = 0.905f;
  private static final float DESCENT = 0.212f;
  static final PdfName ARTIFACT = new PdfName("Artifact");

  final Document document;
  final PdfWriter writer;
  final PdfContentByte cb;
  final float left;
  final float right;
  final float top;
  final float bottom;
  private float y;
  /** Called after each page break, to draw what continues on the new page (a table's header). */
  private Runnable onNewPage;

  TaggedCanvas(Document document, PdfWriter writer) {
    this.document = document;
    this.writer = writer;
    this.cb = writer.getDirectContent();
    this.left = document.left();
    this.right = document.right();
    this.top = document.top();
    this.bottom = document.bottom();
    this.y = top;
  }

  float width() {
    return right - left;
  }

  float y() {
    return y;
  }

  float remaining() {
    return y - bottom;
  }

  boolean atTop() {
    return y >= top;
  }

  /** Starts a new page; never inside marked content (the page events draw artifacts). */
  void newPage() {
    document.newPage();
    y = top;
    if (onNewPage != null) {
      onNewPage.run();
    }
  }

  /** Starts a new page unless {@code height} still fits on this one, or the page is empty. */
  void keep(float height) {
    if (height > remaining() && !atTop()) {
      newPage();
    }
  }

  void space(float points) {
    y = Math.max(bottom, y - points);
  }

  void moveTo(float newY) {
    y = newY;
  }

  void whileOnNewPage(Runnable action) {
    this.onNewPage = action;
  }

  PdfStructureElement element(PdfStructureElement parent, PdfName type) {
    return new PdfStructureElement(parent, type);
  }

  /**
   * Writes a finished element and everything below it to the file now, and leaves only its
   * reference in its parent. OpenPDF keeps the whole structure tree until the document closes;
   * writing each meeting's section when it is done keeps a dialogue of thousands of meetings in a
   * small heap. Nothing may be added to the element afterwards.
   */
  void writeOut(PdfStructureElement element, PdfStructureElement parent) {
    try {
      PdfIndirectReference reference = writeTree(element);
      PdfArray siblings = parent.getAsArray(PdfName.K);
      for (int i = 0; siblings != null && i < siblings.size(); i++) {
        if (siblings.getPdfObject(i) == element) {
          siblings.set(i, reference);
        }
      }
    } catch (IOException e) {
      throw new ExceptionConverter(e);
    }
  }

  private PdfIndirectReference writeTree(PdfStructureElement element) throws IOException {
    PdfArray kids = element.getAsArray(PdfName.K);
    for (int i = 0; kids != null && i < kids.size(); i++) {
      PdfObject kid = kids.getPdfObject(i);
      if (kid instanceof PdfStructureElement) {
        kids.set(i, writeTree((PdfStructureElement) kid));
      }
    }
    writer.addToBody(element, element.getReference());
    return element.getReference();
  }

  static float lineHeight(float size, float leading) {
    return size * leading;
  }

  /**
   * Draws lines at {@code x} inside {@code element}'s marked content, breaking the page between
   * lines when needed.
   */
  void lines(PdfStructureElement element, List<TextLayout.Line> lines, float x, float leading) {
    boolean open = false;
    for (TextLayout.Line line : lines) {
      float height = lineHeight(line.size, leading);
      if (height > remaining() && !atTop()) {
        if (open) {
          cb.endMarkedContentSequence();
          open = false;
        }
        newPage();
      }
      if (!open) {
        cb.beginMarkedContentSequence(element);
        open = true;
      }
      drawLine(line, x, y, height);
      y -= height;
    }
    if (open) {
      cb.endMarkedContentSequence();
    }
  }

  /** Draws one line whose box starts at {@code top}; no marking: the caller marks. */
  void drawLine(TextLayout.Line line, float x, float top, float height) {
    float baseline = top - (height - (ASCENT + DESCENT) * line.size) / 2 - ASCENT * line.size;
    for (TextLayout.Segment segment : line.segments) {
      Font font = segment.font;
      cb.beginText();
      cb.setFontAndSize(font.getBaseFont(), font.getSize());
      Color color = font.getColor() == null ? PdfFonts.TEXT : font.getColor();
      cb.setColorFill(color);
      cb.setTextMatrix(x + segment.x, baseline);
      cb.showText(segment.text);
      cb.endText();
    }
  }

  /** Draws decoration (rules, backgrounds, repeated headers) as an artifact. */
  void artifact(Runnable draw) {
    PdfDictionary properties = new PdfDictionary();
    properties.put(PdfName.TYPE, new PdfName("Layout"));
    cb.beginMarkedContentSequence(TaggedCanvas.ARTIFACT, properties, true);
    draw.run();
    cb.endMarkedContentSequence();
  }
}
