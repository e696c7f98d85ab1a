package io.github.rusdialog.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.Labels;
import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Coverage;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.Stated;
import io.github.rusdialog.synthesis.DialogueSynthesis;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.stream.Collectors;

/** Lays out one dialogue as one PDF/A-1b document; one instance per export. */
final class DocumentWriter {
  private static final float MARGIN_SIDE = 62f;
  private static final float MARGIN_TOP = 64f;
  private static final float MARGIN_BOTTOM = 72f;
  private static final float BODY = 10.5f;
  private static final float LEADING = 1.4f;
  private static final float INDENT = 16f;
  /** Table-of-contents rows are added to the page in batches, so the table never grows in memory. */
  private static final int TOC_BATCH = 50;

  private final Dialogue dialogue;
  private final ExportOptions options;
  private final Labels labels;
  private final Rectangle pageSize;
  private final PdfFonts fonts = new PdfFonts();
  private Document document;
  private PdfWriter writer;
  private PageDecorator decorator;

  DocumentWriter(Dialogue dialogue, ExportOptions options, Rectangle pageSize) {
    this.dialogue = dialogue;
    this.options = options;
    this.labels = options.labels();
    this.pageSize = pageSize;
  }

  void write(OutputStream out) throws IOException {
    String title = title();
    new GlyphCheck(fonts).check(dialogue, title);
    document = new Document(pageSize, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
    try {
      writer = PdfWriter.getInstance(document, out);
      writer.setCloseStream(false);
      writer.setPDFXConformance(PdfWriter.PDFA1B);
      writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
      metadata(title);
      decorator = new PageDecorator(fonts, footer(), labels.get("page"));
      writer.setPageEvent(decorator);
      document.open();
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString(labels.languageTag()));
      writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
          ICC_Profile.getInstance(ColorSpace.CS_sRGB));
      body(title);
      // OpenPDF stamps the creation date with the clock; the options' instant replaces it.
      writer.getInfo().put(PdfName.CREATIONDATE, generated());
      writer.getInfo().put(PdfName.MODDATE, generated());
      writer.createXmpMetadata();
      document.close();
    } catch (DocumentException e) {
      throw new IOException("OpenPDF could not lay out the document: " + e.getMessage(), e);
    }
  }

  private String title() {
    return options.title().or(dialogue::name).orElseGet(() -> dialogue.meetings().size() == 1
        ? dialogue.meetings().get(0).title() : labels.get("document.title"));
  }

  private String footer() {
    List<String> parts = new ArrayList<>();
    dialogue.name().ifPresent(parts::add);
    dialogue.organiser().ifPresent(parts::add);
    return String.join(" · ", parts);
  }

  private void metadata(String title) {
    document.addTitle(title);
    dialogue.organiser().ifPresent(document::addAuthor);
    document.addSubject(labels.get("document.title"));
    document.addKeywords(labels.get("keywords"));
    document.addCreator("rusdialog");
    document.addCreationDate(generated());
    document.addModificationDate(generated());
    // The file ID is random by default; derived from what identifies the document, equal input
    // gives equal bytes.
    byte[] id = fileId(title);
    writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
  }

  private PdfDate generated() {
    Calendar generated = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    generated.setTimeInMillis(options.generatedAt().toEpochMilli());
    return new PdfDate(generated);
  }

  private byte[] fileId(String title) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      md5.update(title.getBytes(StandardCharsets.UTF_8));
      md5.update(options.generatedAt().toString().getBytes(StandardCharsets.UTF_8));
      for (Meeting meeting : dialogue.meetings()) {
        md5.update(meeting.id().getBytes(StandardCharsets.UTF_8));
      }
      return md5.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK lacks MD5", e);
    }
  }

  private void body(String title) throws DocumentException {
    List<Meeting> meetings = dialogue.meetings();
    if (meetings.size() == 1) {
      meeting(meetings.get(0), 0);
      return;
    }
    cover(title);
    if (meetings.size() > 1) {
      document.newPage();
      Chunk heading = new Chunk(labels.get("synthesis"), fonts.bold(18, PdfFonts.ACCENT));
      heading.setLocalDestination("synthesis");
      Paragraph paragraph = new Paragraph(heading);
      paragraph.setSpacingAfter(6f);
      document.add(paragraph);
      new PdfOutline(writer.getRootOutline(), PdfAction.gotoLocalPage("synthesis", false),
          labels.get("synthesis"), false);
      new SynthesisSection(document, writer, fonts, labels).write(DialogueSynthesis.of(dialogue));
    }
    List<PdfTemplate> pageNumbers = contents(meetings);
    for (int m = 0; m < meetings.size(); m++) {
      int firstPage = meeting(meetings.get(m), m);
      PdfTemplate number = pageNumbers.get(m);
      ColumnText.showTextAligned(number, Element.ALIGN_RIGHT,
          new Phrase(String.valueOf(firstPage), fonts.regular(BODY)), number.getWidth(), 3f, 0);
    }
  }

  private void cover(String title) throws DocumentException {
    Paragraph heading = new Paragraph(title, fonts.bold(26, PdfFonts.ACCENT));
    heading.setSpacingBefore(140f);
    heading.setSpacingAfter(24f);
    heading.setLeading(0, 1.2f);
    document.add(heading);
    if (options.title().isPresent()) {
      dialogue.name().ifPresent(name -> addLine(labels.get("dialogue"), name));
    }
    dialogue.organiser().ifPresent(organiser -> addLine(labels.get("organiser"), organiser));
    List<Meeting> meetings = dialogue.meetings();
    addLine(labels.get("meetings"), labels.format("meetingCount", meetings.size()));
    if (!meetings.isEmpty()) {
      String first = labels.date(meetings.get(0).date());
      String last = labels.date(meetings.get(meetings.size() - 1).date());
      addLine(labels.get("dateRange"), first.equals(last) ? first : first + " – " + last);
    }
    addLine(labels.get("generatedAt"), labels.timestamp(options.generatedAt()));
  }

  private void addLine(String label, String value) throws DocumentException {
    Paragraph line = paragraph(12);
    line.add(new Chunk(label + ": ", fonts.bold(12)));
    line.add(new Chunk(value, fonts.regular(12)));
    line.setLeading(0, LEADING);
    line.setSpacingAfter(4f);
    document.add(line);
  }

  /** The table of contents, with a template per meeting that receives its page number later. */
  private List<PdfTemplate> contents(List<Meeting> meetings) throws DocumentException {
    List<PdfTemplate> numbers = new ArrayList<>();
    if (meetings.isEmpty()) {
      return numbers;
    }
    document.newPage();
    Paragraph heading = new Paragraph(labels.get("contents"), fonts.bold(18, PdfFonts.ACCENT));
    heading.setSpacingAfter(12f);
    document.add(heading);
    PdfPTable table = new PdfPTable(new float[] {80, 14, 6});
    table.setWidthPercentage(100);
    table.setComplete(false);
    table.setSplitLate(false);
    for (int m = 0; m < meetings.size(); m++) {
      Meeting meeting = meetings.get(m);
      Chunk title = new Chunk(meeting.title(), fonts.regular(BODY));
      title.setLocalGoto(anchor(m));
      table.addCell(cell(new Phrase(title), Element.ALIGN_LEFT));
      table.addCell(cell(new Phrase(meeting.date().toString(), fonts.regular(BODY, PdfFonts.MUTED)),
          Element.ALIGN_LEFT));
      PdfTemplate number = writer.getDirectContent().createTemplate(30f, BODY * 1.4f);
      numbers.add(number);
      PdfPCell numberCell = new PdfPCell(Image.getInstance(number));
      numberCell.setBorder(Rectangle.NO_BORDER);
      numberCell.setHorizontalAlignment(Element.ALIGN_RIGHT);
      numberCell.setPaddingBottom(4f);
      table.addCell(numberCell);
      if ((m + 1) % TOC_BATCH == 0) {
        document.add(table);
      }
    }
    table.setComplete(true);
    document.add(table);
    return numbers;
  }

  private static PdfPCell cell(Phrase phrase, int alignment) {
    PdfPCell cell = new PdfPCell(phrase);
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setHorizontalAlignment(alignment);
    cell.setPaddingBottom(4f);
    return cell;
  }

  private static String anchor(int meeting) {
    return "meeting-" + meeting;
  }

  /** Writes the meeting from a new page; returns the number of that page. */
  private int meeting(Meeting meeting, int index) throws DocumentException {
    // The page event ends the previous page first, still under the previous meeting's header.
    document.newPage();
    int firstPage = writer.getPageNumber();
    decorator.startMeeting(meeting.title(), firstPage);
    Chunk title = new Chunk(meeting.title(), fonts.bold(22, PdfFonts.ACCENT));
    title.setLocalDestination(anchor(index));
    Paragraph heading = new Paragraph(title);
    heading.setLeading(0, 1.2f);
    document.add(heading);
    PdfOutline outline = new PdfOutline(writer.getRootOutline(),
        PdfAction.gotoLocalPage(anchor(index), false), meeting.title(), false);
    Paragraph date = new Paragraph(labels.date(meeting.date()), fonts.regular(12, PdfFonts.MUTED));
    date.setSpacingAfter(14f);
    if (dialogue.meetings().size() == 1 && !footer().isEmpty()) {
      // A single meeting has no cover page: say here which dialogue it belongs to.
      date.add(new Chunk("  ·  " + footer(), fonts.regular(12, PdfFonts.MUTED)));
    }
    document.add(date);
    meeting.summary().ifPresent(summary -> add(body(summary, fonts.regular(BODY), 10f)));
    if (!meeting.participants().isEmpty()) {
      Paragraph groups = paragraph(BODY);
      groups.setLeading(0, LEADING);
      groups.add(new Chunk(labels.get("participants") + ": ", fonts.bold(BODY)));
      groups.add(new Chunk(meeting.participants().stream().map(StakeholderGroup::name)
          .collect(Collectors.joining(", ")), fonts.regular(BODY)));
      groups.setSpacingAfter(10f);
      document.add(groups);
    }
    if (!meeting.priorities().isEmpty()) {
      document.add(heading2(labels.get("priorities"), null));
      for (PriorityArea priority : meeting.priorities()) {
        Paragraph item = paragraph(BODY);
        item.setLeading(0, LEADING);
        item.setIndentationLeft(INDENT + 4f);
        item.setFirstLineIndent(-(INDENT + 4f));
        item.setSpacingAfter(5f);
        item.add(new Chunk(priority.rank() + ".", fonts.bold(BODY)));
        item.add(new Chunk(" ", fonts.regular(BODY)));
        item.add(new Chunk(tabs(priority.title()), fonts.bold(BODY)));
        if (priority.stated() == Stated.IMPLIED) {
          item.add(new Chunk(" (" + labels.stated(Stated.IMPLIED).toLowerCase(labels.locale()) + ")",
              fonts.italic(BODY)));
        }
        priority.description().ifPresent(description -> {
          item.add(new Chunk("\n", fonts.regular(BODY)));
          item.add(new Chunk(tabs(description), fonts.regular(BODY)));
        });
        document.add(item);
      }
    }
    int areaIndex = 0;
    for (AreaInput input : meeting.areas()) {
      area(input, outline, anchor(index) + "-area-" + areaIndex++);
    }
    return firstPage;
  }

  private void area(AreaInput input, PdfOutline meetingOutline, String anchor) throws DocumentException {
    String areaTitle = dialogue.strategicArea(input.area()).title();
    document.add(heading2(areaTitle, anchor));
    new PdfOutline(meetingOutline, PdfAction.gotoLocalPage(anchor, false), areaTitle, false);
    input.note().ifPresent(note -> add(body(note, fonts.italic(BODY), 6f)));
    if (input.coverage() != Coverage.DIRECT && input.note().isEmpty()) {
      add(body(labels.get("coverage") + ": " + labels.coverage(input.coverage()), fonts.italic(BODY), 6f));
    }
    items(labels.get("opportunities"), input.opportunities());
    items(labels.get("challenges"), input.challenges());
    items(labels.get("insights"), input.insights());
  }

  private void items(String label, List<? extends AreaItem> items) throws DocumentException {
    if (items.isEmpty()) {
      return;
    }
    Paragraph heading = new Paragraph(label, fonts.bold(11, PdfFonts.ACCENT));
    heading.setSpacingBefore(4f);
    heading.setSpacingAfter(2f);
    document.add(heading);
    for (AreaItem item : items) {
      Paragraph bullet = paragraph(BODY);
      bullet.setLeading(0, LEADING);
      bullet.setIndentationLeft(INDENT);
      bullet.setFirstLineIndent(-10f);
      bullet.setSpacingAfter(3f);
      bullet.add(new Chunk("•  ", fonts.regular(BODY)));
      bullet.add(new Chunk(tabs(item.text()), fonts.regular(BODY)));
      document.add(bullet);
    }
  }

  /**
   * An empty paragraph in the body font. A bare {@code new Paragraph()} carries OpenPDF's default
   * font, standard Helvetica, which is not embedded and would break PDF/A.
   */
  private Paragraph paragraph(float size) {
    return new Paragraph("", fonts.regular(size));
  }

  private Paragraph heading2(String text, String anchor) {
    Chunk chunk = new Chunk(text, fonts.bold(13.5f, PdfFonts.ACCENT));
    if (anchor != null) {
      chunk.setLocalDestination(anchor);
    }
    Paragraph heading = new Paragraph(chunk);
    heading.setLeading(0, 1.25f);
    heading.setSpacingBefore(14f);
    heading.setSpacingAfter(4f);
    return heading;
  }

  private Paragraph body(String text, Font font, float after) {
    Paragraph paragraph = new Paragraph(tabs(text), font);
    paragraph.setLeading(0, LEADING);
    paragraph.setSpacingAfter(after);
    return paragraph;
  }

  private void add(Element element) {
    try {
      document.add(element);
    } catch (DocumentException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A tab has no glyph; drawn as spaces it keeps its place in the line. */
  private static String tabs(String text) {
    return text.indexOf('\t') < 0 ? text : text.replace("\t", "    ");
  }
}
