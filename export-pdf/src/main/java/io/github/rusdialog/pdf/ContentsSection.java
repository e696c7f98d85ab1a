package io.github.rusdialog.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfAnnotation;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.github.rusdialog.export.Labels;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import java.util.ArrayList;
import java.util.List;

/**
 * The table of contents (TOC, one TOCI per entry): the synthesis and each meeting, each entry a
 * tagged link to where it starts, with a page number filled in when that page is known.
 */
final class ContentsSection {
  private static final float SIZE = 10.5f;
  private static final float NUMBER_WIDTH = 34f;
  private static final PdfName OBJR = new PdfName("OBJR");

  private final Blocks blocks;
  private final Labels labels;
  private final List<PdfTemplate> pageNumbers = new ArrayList<>();

  ContentsSection(Blocks blocks, Labels labels) {
    this.blocks = blocks;
    this.labels = labels;
  }

  void write(PdfStructureElement parent, Dialogue dialogue) {
    TaggedCanvas canvas = blocks.canvas;
    canvas.newPage();
    blocks.heading(parent, PdfName.H1, labels.get("contents"), blocks.fonts.bold(18, PdfFonts.ACCENT), 0, 12f, 2);
    PdfStructureElement toc = canvas.element(parent, PdfName.TOC);
    entry(toc, 0, labels.get("synthesis"), null);
    List<Meeting> meetings = dialogue.meetings();
    for (int m = 0; m < meetings.size(); m++) {
      entry(toc, m + 1, meetings.get(m).title(), labels.date(meetings.get(m).date()));
    }
  }

  /** Marks where entry {@code index} starts: its link target, and its page number in the contents. */
  void startEntry(int index, float y) {
    TaggedCanvas canvas = blocks.canvas;
    canvas.cb.localDestination(anchor(index), new PdfDestination(PdfDestination.FITH, y + 10f));
    PdfTemplate number = pageNumbers.get(index);
    Font font = blocks.fonts.regular(SIZE);
    String page = String.valueOf(canvas.writer.getPageNumber());
    float width = PdfFonts.width(page, font);
    number.beginText();
    number.setFontAndSize(font.getBaseFont(), SIZE);
    number.setColorFill(PdfFonts.TEXT);
    number.setTextMatrix(NUMBER_WIDTH - width, 3f);
    number.showText(page);
    number.endText();
  }

  private void entry(PdfStructureElement toc, int index, String title, String date) {
    TaggedCanvas canvas = blocks.canvas;
    Font regular = blocks.fonts.regular(SIZE);
    List<TextLayout.Run> runs = Blocks.runs(title, regular);
    if (date != null) {
      runs.add(new TextLayout.Run("  " + date, blocks.fonts.regular(SIZE, PdfFonts.MUTED)));
    }
    List<TextLayout.Line> lines = TextLayout.lines(runs, canvas.width() - NUMBER_WIDTH - 8f);
    float lineHeight = TaggedCanvas.lineHeight(SIZE, Blocks.LEADING);
    canvas.keep(lines.size() * lineHeight + 3f);
    PdfStructureElement item = canvas.element(toc, PdfName.TOCI);
    PdfStructureElement link = canvas.element(item, PdfName.LINK);
    float top = canvas.y();
    canvas.lines(link, lines, canvas.left, Blocks.LEADING);
    PdfTemplate number = canvas.cb.createTemplate(NUMBER_WIDTH, SIZE * 1.4f);
    pageNumbers.add(number);
    canvas.cb.beginMarkedContentSequence(link);
    canvas.cb.addTemplate(number, canvas.right - NUMBER_WIDTH, canvas.y() + lineHeight * 0.22f);
    canvas.cb.endMarkedContentSequence();
    annotate(link, title, top, canvas.y());
    canvas.space(3f);
  }

  /** The link annotation, tied to its Link element both ways (OBJR and StructParent). */
  private void annotate(PdfStructureElement link, String title, float top, float bottom) {
    TaggedCanvas canvas = blocks.canvas;
    PdfWriter writer = canvas.writer;
    PdfAnnotation annotation = new PdfAnnotation(writer, canvas.left, bottom, canvas.right, top,
        PdfAction.gotoLocalPage(anchor(pageNumbers.size() - 1), false));
    annotation.put(PdfName.CONTENTS, new PdfString(title, PdfObject.TEXT_UNICODE));
    annotation.put(PdfName.BORDER, new PdfArray(new float[] {0, 0, 0}));
    annotation.setFlags(PdfAnnotation.FLAGS_PRINT);
    int key = writer.getStructureTreeRoot().addExistingObject(link.getReference());
    annotation.put(PdfName.STRUCTPARENT, new PdfNumber(key));
    writer.addAnnotation(annotation);
    PdfDictionary reference = new PdfDictionary(OBJR);
    reference.put(PdfName.OBJ, annotation.getIndirectReference());
    reference.put(PdfName.PG, writer.getCurrentPage());
    PdfObject kids = link.get(PdfName.K);
    PdfArray array;
    if (kids == null) {
      array = new PdfArray();
    } else if (kids.isArray()) {
      array = (PdfArray) kids;
    } else {
      array = new PdfArray();
      array.add(kids);
    }
    array.add(reference);
    link.put(PdfName.K, array);
  }

  private static String anchor(int index) {
    return "entry-" + index;
  }
}
