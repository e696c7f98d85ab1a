package io.github.rusdialog.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfTemplate;
import io.github.rusdialog.export.Labels;
import io.github.rusdialog.internal.report.ResponseTable;
import io.github.rusdialog.internal.report.SynthesisTables;
import io.github.rusdialog.synthesis.DialogueSynthesis;
import io.github.rusdialog.synthesis.HeadCounts;
import io.github.rusdialog.synthesis.PriorityConsensus;
import io.github.rusdialog.synthesis.ResponseTally;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The "Sammanställning" section: participation per stakeholder kind, a bar chart (a Figure whose
 * alternative text gives every value in words) and a table of the priority consensus, and the
 * coverage of the strategic areas. Meetings are named by title and date, as readers know them.
 */
final class SynthesisSection {
  private static final float SIZE = 9f;
  private static final int CHART_GROUPS = 15;

  private final Blocks blocks;
  private final Labels labels;

  SynthesisSection(Blocks blocks, Labels labels) {
    this.blocks = blocks;
    this.labels = labels;
  }

  void write(PdfStructureElement root, DialogueSynthesis synthesis) {
    TaggedCanvas canvas = blocks.canvas;
    PdfFonts fonts = blocks.fonts;
    PdfStructureElement section = canvas.element(root, PdfName.SECT);
    new PdfOutline(canvas.writer.getRootOutline(), new PdfDestination(PdfDestination.FITH, canvas.y() + 10f),
        labels.get("synthesis"), false);
    blocks.heading(section, PdfName.H1, labels.get("synthesis"), fonts.bold(18, PdfFonts.ACCENT), 0, 6f, 2);
    blocks.paragraph(section, Blocks.runs(labels.get("synthesis.note"), fonts.italic(SIZE)), 0, 8f);

    heading(section, labels.get("synthesis.participation"));
    HeadCounts counts = synthesis.headCounts();
    blocks.table(section, new float[] {22, 10, 28, 30, 10}, SynthesisTables.participationHeaders(labels),
        SynthesisTables.participationRows(synthesis, labels), SIZE);
    canvas.space(4f);
    blocks.paragraph(section, Blocks.runs(labels.format("synthesis.headCounts", counts.people(),
        counts.meetingsCounted().size(), synthesis.meetingCount()), fonts.regular(SIZE)), 0, 0);
    if (!counts.meetingsNotCounted().isEmpty()) {
      blocks.paragraph(section, Blocks.runs(labels.get("synthesis.notCounted") + ": ", fonts.bold(SIZE),
          synthesis.meetingNames(counts.meetingsNotCounted()), fonts.regular(SIZE)), 0, 0);
    }
    if (!synthesis.kindsNeverHeard().isEmpty()) {
      canvas.space(4f);
      blocks.paragraph(section, Blocks.runs(labels.get("synthesis.kindsNeverHeard") + ": ", fonts.bold(SIZE),
          synthesis.kindsNeverHeard().stream().map(labels::kind).collect(Collectors.joining(", ")),
          fonts.regular(SIZE)), 0, 0);
    }

    heading(section, labels.get("synthesis.priorities"));
    chart(section, synthesis.priorities());
    blocks.table(section, new float[] {30, 9, 12, 10, 11, 28}, SynthesisTables.priorityHeaders(labels),
        SynthesisTables.priorityRows(synthesis), SIZE);

    heading(section, labels.get("synthesis.coverage"));
    blocks.table(section, new float[] {30, 9, 9, 12, 9, 11, 10, 10}, SynthesisTables.coverageHeaders(labels),
        SynthesisTables.coverageRows(synthesis), SIZE);

    responses(section, synthesis, synthesis.responses().byMeeting(), "synthesis.responsesByMeeting", "meeting");
    responses(section, synthesis, synthesis.responses().byArea(), "synthesis.responsesByArea", "strategicArea");
  }

  /** One row per meeting or strategic area: how many of its inputs the region answered how. */
  private void responses(PdfStructureElement section, DialogueSynthesis synthesis, Map<String, ResponseTally> tallies,
      String heading, String firstHeader) {
    heading(section, labels.get(heading));
    List<List<String>> rows = ResponseTable.rows(synthesis, tallies, firstHeader.equals("meeting"));
    List<String> headers = ResponseTable.headers(labels, firstHeader);
    blocks.table(section, new float[] {30, 14, 14, 14, 14, 14}, headers, rows, SIZE);
  }

  private void heading(PdfStructureElement section, String text) {
    blocks.heading(section, PdfName.H2, text, blocks.fonts.bold(12f, PdfFonts.ACCENT), 12f, 6f, 3);
  }

  /**
   * A horizontal bar chart of the leading groups' Borda scores, as a Figure whose alternative text
   * says what it shows: each group with its score, in the chart's order.
   */
  private void chart(PdfStructureElement section, List<PriorityConsensus> groups) {
    int count = Math.min(CHART_GROUPS, groups.size());
    if (count == 0) {
      return;
    }
    TaggedCanvas canvas = blocks.canvas;
    float width = canvas.width();
    float rowHeight = 15f;
    float height = count * rowHeight + 22f;
    float labelWidth = width * 0.42f;
    float barLeft = labelWidth + 8f;
    float barSpace = width - barLeft - 30f;
    int max = 0;
    for (int i = 0; i < count; i++) {
      max = Math.max(max, groups.get(i).bordaScore());
    }
    PdfTemplate chart = canvas.cb.createTemplate(width, height);
    Font font = blocks.fonts.regular(8f);
    BaseFont base = font.getBaseFont();
    List<String> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      PriorityConsensus group = groups.get(i);
      values.add(labels.format("synthesis.chart.value", group.label(), group.bordaScore()));
      float y = height - 14f - i * rowHeight;
      String label = fitWidth(group.label(), base, 8f, labelWidth);
      text(chart, base, label, labelWidth - PdfFonts.width(label, base, 8f), y);
      float length = max == 0 ? 0 : barSpace * group.bordaScore() / max;
      chart.setColorFill(PdfFonts.ACCENT);
      chart.rectangle(barLeft, y - 2f, Math.max(length, 0.5f), rowHeight - 5f);
      chart.fill();
      text(chart, base, String.valueOf(group.bordaScore()), barLeft + length + 4f, y);
    }
    chart.setColorStroke(PdfFonts.MUTED);
    chart.setLineWidth(0.5f);
    chart.moveTo(barLeft, 4f);
    chart.lineTo(barLeft, height - 4f);
    chart.stroke();
    blocks.heading(section, PdfName.H3, labels.get("synthesis.chart"), blocks.fonts.bold(SIZE), 4f, 2f, 0);
    canvas.keep(height);
    PdfStructureElement figure = canvas.element(section, PdfName.FIGURE);
    figure.put(PdfName.ALT, new PdfString(labels.format("synthesis.chart.alt", String.join("; ", values)),
        PdfObject.TEXT_UNICODE));
    canvas.cb.beginMarkedContentSequence(figure);
    canvas.cb.addTemplate(chart, canvas.left, canvas.y() - height);
    canvas.cb.endMarkedContentSequence();
    canvas.space(height + 6f);
  }

  private static void text(PdfTemplate chart, BaseFont font, String text, float x, float y) {
    chart.beginText();
    chart.setFontAndSize(font, 8f);
    chart.setColorFill(PdfFonts.TEXT);
    chart.setTextMatrix(x, y);
    chart.showText(text);
    chart.endText();
  }

  /** A chart label cut to fit its column; the table below the chart has the full text. */
  private static String fitWidth(String text, BaseFont font, float size, float width) {
    if (PdfFonts.width(text, font, size) <= width) {
      return text;
    }
    String cut = text;
    while (cut.length() > 1 && PdfFonts.width(cut + "…", font, size) > width) {
      cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1));
    }
    return cut + "…";
  }
}
