package io.github.rusdialog.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The blocks a report is made of — headings, paragraphs, lists and tables — each laid out on the
 * {@link TaggedCanvas} inside the structure element a screen reader needs: H1–H3, P, L/LI/Lbl/LBody,
 * Table/TR/TH/TD. Keeps headings with what follows and never starts a block with less than two
 * lines of room.
 */
final class Blocks {
  static final float LEADING = 1.4f;
  private static final float CELL_PADDING = 3f;
  private static final Color HEADER_FILL = new Color(0xE4, 0xEC, 0xF4);
  private static final Color RULE = new Color(0xC0, 0xC0, 0xC0);
  private static final PdfName SCOPE = new PdfName("Scope");
  private static final PdfName TR = new PdfName("TR");
  private static final PdfName COLUMN = new PdfName("Column");
  private static final PdfName TABLE_OWNER = new PdfName("Table");

  final TaggedCanvas canvas;
  final PdfFonts fonts;
  /** Where the last heading's box starts, on the page it landed on (for bookmarks). */
  float lastHeadingTop;

  Blocks(TaggedCanvas canvas, PdfFonts fonts) {
    this.canvas = canvas;
    this.fonts = fonts;
  }

  static List<TextLayout.Run> runs(Object... textAndFont) {
    List<TextLayout.Run> runs = new ArrayList<>();
    for (int i = 0; i < textAndFont.length; i += 2) {
      runs.add(new TextLayout.Run((String) textAndFont[i], (Font) textAndFont[i + 1]));
    }
    return runs;
  }

  /**
   * A heading kept on one page with {@code keepLines} lines of body text after it; returns the
   * element, and leaves the canvas below the heading.
   */
  PdfStructureElement heading(PdfStructureElement parent, PdfName level, String text, Font font,
      float before, float after, int keepLines) {
    List<TextLayout.Line> lines = TextLayout.lines(runs(text, font), canvas.width());
    float height = lines.size() * TaggedCanvas.lineHeight(font.getSize(), 1.25f);
    if (!canvas.atTop()) {
      canvas.keep(before + height + after + keepLines * TaggedCanvas.lineHeight(10.5f, LEADING));
    }
    if (!canvas.atTop()) {
      canvas.space(before);
    }
    PdfStructureElement heading = canvas.element(parent, level);
    lastHeadingTop = canvas.y();
    canvas.lines(heading, lines, canvas.left, 1.25f);
    canvas.space(after);
    return heading;
  }

  /** A paragraph (P) of runs, indented by {@code indent}. */
  PdfStructureElement paragraph(PdfStructureElement parent, List<TextLayout.Run> runs, float indent,
      float after) {
    List<TextLayout.Line> lines = TextLayout.lines(runs, canvas.width() - indent);
    keepTwoLines(lines);
    PdfStructureElement p = canvas.element(parent, PdfName.P);
    canvas.lines(p, lines, canvas.left + indent, LEADING);
    canvas.space(after);
    return p;
  }

  PdfStructureElement list(PdfStructureElement parent) {
    return canvas.element(parent, PdfName.L);
  }

  /**
   * A list item: the label ("•", "1.") hanging at the left, the body indented beside it, as LI
   * with Lbl and LBody.
   */
  void listItem(PdfStructureElement list, String label, Font labelFont, List<TextLayout.Run> body,
      float indent, float after) {
    List<TextLayout.Line> lines = TextLayout.lines(body, canvas.width() - indent);
    keepTwoLines(lines);
    PdfStructureElement item = canvas.element(list, PdfName.LI);
    PdfStructureElement lbl = canvas.element(item, PdfName.LBL);
    PdfStructureElement lBody = canvas.element(item, PdfName.LBODY);
    List<TextLayout.Line> labelLines = TextLayout.lines(runs(label, labelFont), indent);
    float top = canvas.y();
    canvas.cb.beginMarkedContentSequence(lbl);
    canvas.drawLine(labelLines.get(0), canvas.left, top, TaggedCanvas.lineHeight(lines.get(0).size, LEADING));
    canvas.cb.endMarkedContentSequence();
    canvas.lines(lBody, lines, canvas.left + indent, LEADING);
    canvas.space(after);
  }

  /** Never starts a block with less than two of its lines of room. */
  private void keepTwoLines(List<TextLayout.Line> lines) {
    float needed = 0;
    for (int i = 0; i < Math.min(2, lines.size()); i++) {
      needed += TaggedCanvas.lineHeight(lines.get(i).size, LEADING);
    }
    canvas.keep(needed);
  }

  /**
   * A table with a header row (TH, scope column) and body rows (TD), in columns sized from
   * {@code weights} but never narrower than the longest word of their header. The header and the
   * first two rows stay together; a row that does not fit moves to the next page, where the header
   * is repeated as an artifact; a row taller than a page is split between lines.
   */
  void table(PdfStructureElement parent, float[] weights, List<String> headers, List<List<String>> rows,
      float size) {
    Font headerFont = fonts.bold(size);
    Font bodyFont = fonts.regular(size);
    float[] widths = columnWidths(weights, headers, headerFont);
    List<List<TextLayout.Line>> headerCells = layoutRow(headers, headerFont, widths);
    float headerHeight = rowHeight(headerCells, size);
    float keep = headerHeight;
    for (int r = 0; r < Math.min(2, rows.size()); r++) {
      keep += rowHeight(layoutRow(rows.get(r), bodyFont, widths), size);
    }
    canvas.keep(Math.min(keep, canvas.top - canvas.bottom));
    PdfStructureElement table = canvas.element(parent, PdfName.TABLE);
    PdfStructureElement headerRow = canvas.element(table, TR);
    drawRowBackground(widths, headerHeight);
    for (int c = 0; c < headers.size(); c++) {
      PdfStructureElement th = canvas.element(headerRow, PdfName.TH);
      PdfDictionary attributes = new PdfDictionary();
      attributes.put(PdfName.O, TABLE_OWNER);
      attributes.put(SCOPE, COLUMN);
      th.put(PdfName.A, attributes);
      drawCell(th, headerCells.get(c), x(widths, c), canvas.y(), size, 0, headerCells.get(c).size());
    }
    canvas.moveTo(canvas.y() - headerHeight);
    canvas.whileOnNewPage(() -> repeatHeader(headerCells, widths, headerHeight, size));
    try {
      for (List<String> row : rows) {
        List<List<TextLayout.Line>> cells = layoutRow(row, bodyFont, widths);
        float height = rowHeight(cells, size);
        if (height > canvas.remaining() && height <= canvas.top - canvas.bottom - headerHeight) {
          canvas.newPage();
        }
        PdfStructureElement tr = canvas.element(table, TR);
        List<PdfStructureElement> tds = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
          tds.add(canvas.element(tr, PdfName.TD));
        }
        drawBodyRow(tds, cells, widths, size);
      }
    } finally {
      canvas.whileOnNewPage(null);
    }
  }

  /** Draws a body row, splitting it between lines over as many pages as it needs. */
  private void drawBodyRow(List<PdfStructureElement> tds, List<List<TextLayout.Line>> cells, float[] widths,
      float size) {
    int[] next = new int[cells.size()];
    float lineHeight = TaggedCanvas.lineHeight(size, 1.3f);
    while (true) {
      int fitting = (int) Math.floor((canvas.remaining() - 2 * CELL_PADDING) / lineHeight);
      if (fitting < 1 && !canvas.atTop()) {
        canvas.newPage();
        continue;
      }
      int tallest = 0;
      for (int c = 0; c < cells.size(); c++) {
        tallest = Math.max(tallest, cells.get(c).size() - next[c]);
      }
      int lines = Math.min(tallest, Math.max(fitting, 1));
      float top = canvas.y();
      for (int c = 0; c < cells.size(); c++) {
        int end = Math.min(cells.get(c).size(), next[c] + lines);
        if (end > next[c]) {
          drawCell(tds.get(c), cells.get(c), x(widths, c), top, size, next[c], end);
        }
        next[c] = end;
      }
      float height = lines * lineHeight + 2 * CELL_PADDING;
      canvas.artifact(() -> {
        canvas.cb.setColorStroke(RULE);
        canvas.cb.setLineWidth(0.5f);
        canvas.cb.moveTo(canvas.left, top - height);
        canvas.cb.lineTo(canvas.left + sum(widths), top - height);
        canvas.cb.stroke();
      });
      canvas.moveTo(top - height);
      if (lines >= tallest) {
        return;
      }
      canvas.newPage();
    }
  }

  private void drawCell(PdfStructureElement cell, List<TextLayout.Line> lines, float x, float top, float size,
      int from, int to) {
    float lineHeight = TaggedCanvas.lineHeight(size, 1.3f);
    canvas.cb.beginMarkedContentSequence(cell);
    float y = top - CELL_PADDING;
    for (int i = from; i < to; i++) {
      canvas.drawLine(lines.get(i), x + CELL_PADDING, y, lineHeight);
      y -= lineHeight;
    }
    canvas.cb.endMarkedContentSequence();
  }

  private void repeatHeader(List<List<TextLayout.Line>> headerCells, float[] widths, float height, float size) {
    float top = canvas.y();
    drawRowBackground(widths, height);
    canvas.artifact(() -> {
      float lineHeight = TaggedCanvas.lineHeight(size, 1.3f);
      for (int c = 0; c < headerCells.size(); c++) {
        float y = top - CELL_PADDING;
        for (TextLayout.Line line : headerCells.get(c)) {
          canvas.drawLine(line, x(widths, c) + CELL_PADDING, y, lineHeight);
          y -= lineHeight;
        }
      }
    });
    canvas.moveTo(top - height);
  }

  private void drawRowBackground(float[] widths, float height) {
    float top = canvas.y();
    canvas.artifact(() -> {
      canvas.cb.setColorFill(HEADER_FILL);
      canvas.cb.rectangle(canvas.left, top - height, sum(widths), height);
      canvas.cb.fill();
    });
  }

  private List<List<TextLayout.Line>> layoutRow(List<String> values, Font font, float[] widths) {
    List<List<TextLayout.Line>> cells = new ArrayList<>();
    for (int c = 0; c < widths.length; c++) {
      String value = c < values.size() ? values.get(c) : "";
      cells.add(value.isEmpty() ? List.of() : TextLayout.lines(runs(value, font), widths[c] - 2 * CELL_PADDING));
    }
    return cells;
  }

  private static float rowHeight(List<List<TextLayout.Line>> cells, float size) {
    int lines = 1;
    for (List<TextLayout.Line> cell : cells) {
      lines = Math.max(lines, cell.size());
    }
    return lines * TaggedCanvas.lineHeight(size, 1.3f) + 2 * CELL_PADDING;
  }

  /**
   * Column widths from the weights, widened where a header word would not fit (so that
   * "Förstaplatser" is never broken inside the word), the extra taken from the widest columns.
   */
  private float[] columnWidths(float[] weights, List<String> headers, Font font) {
    float total = canvas.width();
    float weightSum = 0;
    for (float weight : weights) {
      weightSum += weight;
    }
    float[] widths = new float[weights.length];
    float[] minimum = new float[weights.length];
    for (int c = 0; c < weights.length; c++) {
      widths[c] = total * weights[c] / weightSum;
      for (String word : headers.get(c).split("\\s+")) {
        minimum[c] = Math.max(minimum[c], PdfFonts.width(word, font) + 2 * CELL_PADDING + 1);
      }
    }
    for (int round = 0; round < weights.length; round++) {
      float missing = 0;
      for (int c = 0; c < widths.length; c++) {
        if (widths[c] < minimum[c]) {
          missing += minimum[c] - widths[c];
          widths[c] = minimum[c];
        }
      }
      if (missing <= 0) {
        break;
      }
      float spare = 0;
      for (int c = 0; c < widths.length; c++) {
        spare += Math.max(0, widths[c] - minimum[c]);
      }
      for (int c = 0; c < widths.length && spare > 0; c++) {
        float give = Math.max(0, widths[c] - minimum[c]);
        widths[c] -= missing * give / spare;
      }
    }
    return widths;
  }

  private float x(float[] widths, int column) {
    float x = canvas.left;
    for (int c = 0; c < column; c++) {
      x += widths[c];
    }
    return x;
  }

  private static float sum(float[] widths) {
    float sum = 0;
    for (float width : widths) {
      sum += width;
    }
    return sum;
  }
}
