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
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import io.github.rusdialog.export.Labels;
import io.github.rusdialog.synthesis.AreaCoverage;
import io.github.rusdialog.synthesis.DialogueSynthesis;
import io.github.rusdialog.synthesis.KindParticipation;
import io.github.rusdialog.synthesis.PriorityConsensus;
import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The "Sammanställning" section: participation per stakeholder kind, a bar chart and a table of
 * the priority consensus, and the coverage of the strategic areas. Tables are added in batches so
 * that a national dialogue's synthesis never sits in memory whole.
 */
final class SynthesisSection {
  private static final float SIZE = 9f;
  private static final int BATCH = 50;
  private static final int CHART_GROUPS = 15;
  private static final Color HEADER = new Color(0xE4, 0xEC, 0xF4);

  private final Document document;
  private final PdfWriter writer;
  private final PdfFonts fonts;
  private final Labels labels;

  SynthesisSection(Document document, PdfWriter writer, PdfFonts fonts, Labels labels) {
    this.document = document;
    this.writer = writer;
    this.fonts = fonts;
    this.labels = labels;
  }

  void write(DialogueSynthesis synthesis) throws DocumentException {
    Paragraph note = new Paragraph(labels.get("synthesis.note"), fonts.italic(SIZE));
    note.setLeading(0, 1.35f);
    note.setSpacingAfter(8f);
    document.add(note);

    document.add(heading(labels.get("synthesis.participation")));
    PdfPTable participation = table(new float[] {24, 10, 30, 36}, labels.get("kind"),
        labels.get("synthesis.meetingCount"), labels.get("synthesis.groups"), labels.get("synthesis.sources"));
    for (KindParticipation kind : synthesis.participation()) {
      row(participation, labels.kind(kind.kind()), String.valueOf(kind.meetingCount()),
          String.join(", ", kind.groupNames()), String.join(", ", kind.meetingIds()));
    }
    finish(participation);
    if (!synthesis.kindsNeverHeard().isEmpty()) {
      Paragraph never = new Paragraph("", fonts.regular(SIZE));
      never.add(new Chunk(labels.get("synthesis.kindsNeverHeard") + ": ", fonts.bold(SIZE)));
      never.add(new Chunk(synthesis.kindsNeverHeard().stream().map(labels::kind)
          .collect(Collectors.joining(", ")), fonts.regular(SIZE)));
      never.setSpacingBefore(4f);
      document.add(never);
    }

    document.add(heading(labels.get("synthesis.priorities")));
    chart(synthesis.priorities());
    PdfPTable priorities = table(new float[] {33, 9, 12, 10, 11, 25}, labels.get("synthesis.priority"),
        labels.get("synthesis.meetingCount"), labels.get("synthesis.firstPlaces"),
        labels.get("synthesis.meanRank"), labels.get("synthesis.borda"), labels.get("synthesis.sources"));
    int rows = 0;
    for (PriorityConsensus group : synthesis.priorities()) {
      row(priorities, group.label(), String.valueOf(group.meetingCount()),
          String.valueOf(group.firstPlaceCount()), String.format(Locale.ROOT, "%.2f", group.meanRank()),
          String.valueOf(group.bordaScore()), String.join(", ", group.meetingIds()));
      if (++rows % BATCH == 0) {
        document.add(priorities);
      }
    }
    finish(priorities);

    document.add(heading(labels.get("synthesis.coverage")));
    PdfPTable coverage = table(new float[] {34, 9, 9, 11, 9, 10, 9, 9}, labels.get("strategicArea"),
        labels.get("coverage.direct"), labels.get("coverage.indirect"), labels.get("coverage.not-discussed"),
        labels.get("synthesis.absent"), labels.get("count.opportunities"), labels.get("count.challenges"),
        labels.get("count.insights"));
    for (AreaCoverage area : synthesis.coverage()) {
      row(coverage, area.area().title(), String.valueOf(area.direct().size()),
          String.valueOf(area.indirect().size()), String.valueOf(area.notDiscussed().size()),
          String.valueOf(area.absent().size()), String.valueOf(area.opportunities()),
          String.valueOf(area.challenges()), String.valueOf(area.insights()));
    }
    finish(coverage);
  }

  /** A horizontal bar chart of the leading groups' Borda scores, drawn with OpenPDF's graphics. */
  private void chart(List<PriorityConsensus> groups) throws DocumentException {
    int count = Math.min(CHART_GROUPS, groups.size());
    if (count == 0) {
      return;
    }
    float width = document.right() - document.left();
    float rowHeight = 15f;
    float height = count * rowHeight + 22f;
    float labelWidth = width * 0.42f;
    float barLeft = labelWidth + 8f;
    float barSpace = width - barLeft - 30f;
    int max = groups.get(0).bordaScore();
    for (int i = 0; i < count; i++) {
      max = Math.max(max, groups.get(i).bordaScore());
    }
    PdfTemplate chart = writer.getDirectContent().createTemplate(width, height);
    Font font = fonts.regular(8f);
    BaseFont base = font.getBaseFont();
    for (int i = 0; i < count; i++) {
      PriorityConsensus group = groups.get(i);
      float y = height - 14f - i * rowHeight;
      String label = fitWidth(group.label(), base, 8f, labelWidth);
      ColumnText.showTextAligned(chart, Element.ALIGN_RIGHT, new Phrase(label, font), labelWidth, y, 0);
      float length = max == 0 ? 0 : barSpace * group.bordaScore() / max;
      chart.setColorFill(PdfFonts.ACCENT);
      chart.rectangle(barLeft, y - 2f, Math.max(length, 0.5f), rowHeight - 5f);
      chart.fill();
      ColumnText.showTextAligned(chart, Element.ALIGN_LEFT,
          new Phrase(String.valueOf(group.bordaScore()), font), barLeft + length + 4f, y, 0);
    }
    chart.setColorStroke(PdfFonts.MUTED);
    chart.setLineWidth(0.5f);
    chart.moveTo(barLeft, 4f);
    chart.lineTo(barLeft, height - 4f);
    chart.stroke();
    Paragraph title = new Paragraph(labels.get("synthesis.chart"), fonts.bold(SIZE));
    title.setSpacingBefore(4f);
    document.add(title);
    Image image = Image.getInstance(chart);
    image.setAlt(labels.get("synthesis.chart"));
    document.add(image);
  }

  /** A chart label cut to fit its column; the table below the chart has the full text. */
  private static String fitWidth(String text, BaseFont font, float size, float width) {
    if (font.getWidthPoint(text, size) <= width) {
      return text;
    }
    String cut = text;
    while (cut.length() > 1 && font.getWidthPoint(cut + "…", size) > width) {
      cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
    }
    return cut + "…";
  }

  private Paragraph heading(String text) {
    Paragraph heading = new Paragraph(text, fonts.bold(12f, PdfFonts.ACCENT));
    heading.setSpacingBefore(12f);
    heading.setSpacingAfter(6f);
    return heading;
  }

  private PdfPTable table(float[] widths, String... headers) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    table.setSplitLate(false);
    table.setComplete(false);
    for (String header : headers) {
      PdfPCell cell = new PdfPCell(new Phrase(header, fonts.bold(SIZE)));
      cell.setBackgroundColor(HEADER);
      cell.setBorderColor(Color.LIGHT_GRAY);
      cell.setPadding(3f);
      table.addCell(cell);
    }
    return table;
  }

  private void row(PdfPTable table, String... values) {
    for (String value : values) {
      PdfPCell cell = new PdfPCell(new Phrase(value, fonts.regular(SIZE)));
      cell.setBorderColor(Color.LIGHT_GRAY);
      cell.setPadding(3f);
      cell.setBorder(Rectangle.BOTTOM);
      table.addCell(cell);
    }
  }

  private void finish(PdfPTable table) throws DocumentException {
    table.setComplete(true);
    document.add(table);
  }
}
