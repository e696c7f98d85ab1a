package io.github.rusdialog.benchmarks;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.StakeholderGroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The baseline: the same paragraphs in the same embedded Liberation fonts, written by hand with
 * OpenPDF. It leaves out what the exporter adds on top: the glyph check, PDF/A (output intent,
 * XMP), footer and header page events, bookmarks, cover, contents and synthesis.
 */
public final class RawOpenPdf {
  private static final byte[] REGULAR = load("LiberationSans-Regular.ttf");
  private static final byte[] BOLD = load("LiberationSans-Bold.ttf");
  private static final byte[] ITALIC = load("LiberationSans-Italic.ttf");

  private RawOpenPdf() {}

  /** Fonts parsed once, for the baseline that shares them as rusdialog does. */
  private static final class Shared {
    static final BaseFont[] FONTS = parse();
  }

  /** Writes the document with fonts parsed for it alone, as a naive OpenPDF program does. */
  public static void write(Dialogue dialogue, OutputStream out) throws IOException {
    write(dialogue, out, parse());
  }

  /** Writes the document with fonts parsed once per JVM and shared by every document. */
  public static void writeWithSharedFonts(Dialogue dialogue, OutputStream out) throws IOException {
    write(dialogue, out, Shared.FONTS);
  }

  private static BaseFont[] parse() {
    try {
      return new BaseFont[] {
          BaseFont.createFont("r.ttf", BaseFont.IDENTITY_H, true, false, REGULAR, null),
          BaseFont.createFont("b.ttf", BaseFont.IDENTITY_H, true, false, BOLD, null),
          BaseFont.createFont("i.ttf", BaseFont.IDENTITY_H, true, false, ITALIC, null)};
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void write(Dialogue dialogue, OutputStream out, BaseFont[] fonts) throws IOException {
    try {
      BaseFont regular = fonts[0];
      BaseFont bold = fonts[1];
      BaseFont italic = fonts[2];
      Font body = new Font(regular, 10.5f);
      Font strong = new Font(bold, 10.5f);
      Font heading = new Font(bold, 13.5f);
      Font note = new Font(italic, 10.5f);
      Document document = new Document(PageSize.A4, 62, 62, 64, 72);
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setCloseStream(false);
      document.open();
      for (Meeting meeting : dialogue.meetings()) {
        document.newPage();
        document.add(new Paragraph(meeting.title(), new Font(bold, 22)));
        document.add(new Paragraph(meeting.date().toString(), body));
        meeting.summary().ifPresent(s -> add(document, new Paragraph(s, body)));
        document.add(new Paragraph(meeting.participants().stream().map(StakeholderGroup::name)
            .collect(Collectors.joining(", ")), body));
        document.add(new Paragraph("Mest prioriterade områden enligt deltagarna", heading));
        for (PriorityArea priority : meeting.priorities()) {
          Paragraph item = new Paragraph("", body);
          item.add(new Chunk(priority.rank() + ". " + priority.title(), strong));
          priority.description().ifPresent(d -> item.add(new Chunk("\n" + d, body)));
          document.add(item);
        }
        for (AreaInput input : meeting.areas()) {
          document.add(new Paragraph(dialogue.strategicArea(input.area()).title(), heading));
          input.note().ifPresent(n -> add(document, new Paragraph(n, note)));
          list(document, "Möjligheter", input.opportunities(), strong, body);
          list(document, "Utmaningar", input.challenges(), strong, body);
          list(document, "Relaterade insikter", input.insights(), strong, body);
        }
      }
      document.close();
    } catch (DocumentException e) {
      throw new IOException(e);
    }
  }

  private static void list(Document document, String label, List<? extends AreaItem> items, Font strong, Font body)
      throws DocumentException {
    if (items.isEmpty()) {
      return;
    }
    document.add(new Paragraph(label, strong));
    for (AreaItem item : items) {
      Paragraph bullet = new Paragraph("", body);
      bullet.setIndentationLeft(16);
      bullet.setFirstLineIndent(-10);
      bullet.add(new Chunk("•  " + item.text(), body));
      document.add(bullet);
    }
  }

  private static void add(Document document, Paragraph paragraph) {
    try {
      document.add(paragraph);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] load(String file) {
    try (InputStream in = RawOpenPdf.class.getResourceAsStream("/liberation/" + file)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
