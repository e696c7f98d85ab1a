package io.github.rusdialog.html;

import io.github.rusdialog.export.Labels;
import io.github.rusdialog.internal.report.ResponseTable;
import io.github.rusdialog.internal.report.SynthesisTables;
import io.github.rusdialog.model.StakeholderKind;
import io.github.rusdialog.synthesis.DialogueSynthesis;
import io.github.rusdialog.synthesis.HeadCounts;
import io.github.rusdialog.synthesis.PriorityConsensus;
import io.github.rusdialog.synthesis.ResponseTally;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The synthesis section, with the PDF's content: participation per stakeholder kind, the priority
 * consensus as a bar chart (inline SVG whose title and description give every value) beside its
 * data table, and the strategic areas' coverage. Tables have a caption (for assistive technology:
 * the heading above shows the same words) and column and row headers, and scroll inside their own
 * focusable region when a narrow screen cannot show all columns.
 */
final class SynthesisWriter {
  private final Ids ids;
  /** As many groups as the PDF's chart shows; the table below it lists them all. */
  private static final int CHART_GROUPS = 15;
  /** Chart labels longer than this are cut with an ellipsis; the table has the whole text. */
  private static final int CHART_LABEL_LENGTH = 40;

  private final Labels labels;
  private final Markup out;
  private final Headings headings;
  private int tables;

  SynthesisWriter(Labels labels, Markup out, Headings headings, Ids ids) {
    this.ids = ids;
    this.labels = labels;
    this.out = out;
    this.headings = headings;
  }

  void write(DialogueSynthesis synthesis) throws IOException {
    out.raw("<section").attribute("aria-labelledby", ids.synthesis()).raw(">\n");
    headings.open(1, "rd-section", ids.synthesis()).text(labels.get("synthesis"));
    headings.close(1);
    out.element("p", "rd-note", labels.get("synthesis.note")).raw("\n");

    subheading(labels.get("synthesis.participation"));
    HeadCounts counts = synthesis.headCounts();
    table(labels.get("synthesis.participation"), SynthesisTables.participationHeaders(labels),
        SynthesisTables.participationRows(synthesis, labels), "lnddn");
    out.element("p", null, labels.format("synthesis.headCounts", counts.people(), counts.meetingsCounted().size(),
        synthesis.meetingCount())).raw("\n");
    if (!counts.meetingsNotCounted().isEmpty()) {
      out.raw("<p><strong>").text(labels.get("synthesis.notCounted")).raw(":</strong> ")
          .data(synthesis.meetingNames(counts.meetingsNotCounted())).raw("</p>\n");
    }
    if (!synthesis.kindsNeverHeard().isEmpty()) {
      List<String> kinds = new ArrayList<>();
      for (StakeholderKind kind : synthesis.kindsNeverHeard()) {
        kinds.add(labels.kind(kind));
      }
      out.raw("<p><strong>").text(labels.get("synthesis.kindsNeverHeard")).raw(":</strong> ")
          .text(String.join(", ", kinds)).raw("</p>\n");
    }

    subheading(labels.get("synthesis.priorities"));
    chart(synthesis.priorities());
    table(labels.get("synthesis.priorities"), SynthesisTables.priorityHeaders(labels),
        SynthesisTables.priorityRows(synthesis), "dnnnnd");

    subheading(labels.get("synthesis.coverage"));
    table(labels.get("synthesis.coverage"), SynthesisTables.coverageHeaders(labels),
        SynthesisTables.coverageRows(synthesis), "dnnnnnnn");
    responses(synthesis, synthesis.responses().byMeeting(), "synthesis.responsesByMeeting", "meeting");
    responses(synthesis, synthesis.responses().byArea(), "synthesis.responsesByArea", "strategicArea");
    out.raw("</section>\n");
  }

  /** One row per meeting or strategic area: how many of its inputs the region answered how. */
  private void responses(DialogueSynthesis synthesis, Map<String, ResponseTally> tallies, String heading,
      String firstHeader) throws IOException {
    subheading(labels.get(heading));
    table(labels.get(heading), ResponseTable.headers(labels, firstHeader),
        ResponseTable.rows(synthesis, tallies, firstHeader.equals("meeting")), "dnnnnn");
  }

  private void subheading(String text) throws IOException {
    headings.open(2, "rd-sub", null).text(text);
    headings.close(2);
  }

  /**
   * A table in a region that scrolls sideways on its own when a narrow screen cannot show every
   * column, so the page itself never does (WCAG 1.4.10 lets data tables keep two dimensions); the
   * region is focusable, so keyboard users can scroll it too. {@code columns} says per column
   * what its cells hold: {@code d} the meetings' texts, {@code n} numbers, {@code l} the exporter's
   * words.
   */
  private void table(String caption, List<String> headers, List<List<String>> rows, String columns)
      throws IOException {
    String captionId = ids.of("table-" + (++tables));
    out.raw("<div class=\"rd-table\" role=\"region\" tabindex=\"0\"").attribute("aria-labelledby", captionId)
        .raw(">\n<table>\n<caption class=\"rd-sr\"").attribute("id", captionId).raw(">").text(caption).raw("</caption>\n<thead><tr>");
    for (String header : headers) {
      out.raw("<th scope=\"col\">").text(header).raw("</th>");
    }
    out.raw("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      out.raw("<tr>");
      for (int c = 0; c < row.size(); c++) {
        char kind = columns.charAt(c);
        String tag = c == 0 ? "th" : "td";
        out.raw("<").raw(tag);
        if (c == 0) {
          out.raw(" scope=\"row\"");
        } else if (kind == 'n') {
          out.raw(" class=\"rd-num\"");
        }
        out.raw(">");
        if (kind == 'd') {
          out.data(row.get(c));
        } else {
          out.text(row.get(c));
        }
        out.raw("</").raw(tag).raw(">");
      }
      out.raw("</tr>\n");
    }
    out.raw("</tbody>\n</table>\n</div>\n");
  }

  /**
   * The leading priority groups' Borda scores as horizontal bars, an image whose title names it and
   * whose description gives every value shown, in order; the data table follows it.
   */
  private void chart(List<PriorityConsensus> groups) throws IOException {
    int count = Math.min(CHART_GROUPS, groups.size());
    if (count == 0) {
      return;
    }
    int width = 640;
    int rowHeight = 24;
    int height = count * rowHeight + 12;
    int labelWidth = 280;
    int barLeft = labelWidth + 10;
    int barSpace = width - barLeft - 40;
    int max = 0;
    List<String> values = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      max = Math.max(max, groups.get(i).bordaScore());
      values.add(labels.format("synthesis.chart.value", groups.get(i).label(), groups.get(i).bordaScore()));
    }
    out.raw("<figure class=\"rd-chart\">\n<figcaption>").text(labels.get("synthesis.chart")).raw("</figcaption>\n")
        .raw("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\"")
        .attribute("viewBox", "0 0 " + width + " " + height)
        .raw(" aria-labelledby=\"" + ids.of("chart-title") + " " + ids.of("chart-desc") + "\" font-family=\"Liberation Sans, Arial, Helvetica,"
            + " sans-serif\" font-size=\"13\">\n<title id=\"" + ids.of("chart-title") + "\">")
        .text(labels.get("synthesis.chart")).raw("</title>\n<desc id=\"" + ids.of("chart-desc") + "\">")
        .text(labels.format("synthesis.chart.alt", String.join("; ", values))).raw("</desc>\n");
    for (int i = 0; i < count; i++) {
      PriorityConsensus group = groups.get(i);
      int y = 6 + i * rowHeight;
      int length = max == 0 ? 0 : Math.round((float) barSpace * group.bordaScore() / max);
      out.raw("<text fill=\"#1a1a1a\" text-anchor=\"end\"").attribute("x", String.valueOf(labelWidth))
          .attribute("y", String.valueOf(y + 16)).raw(">").text(cut(group.label())).raw("</text>")
          .raw("<rect fill=\"#0b3d6b\"").attribute("x", String.valueOf(barLeft))
          .attribute("y", String.valueOf(y + 3)).attribute("width", String.valueOf(Math.max(length, 1)))
          .attribute("height", String.valueOf(rowHeight - 8)).raw("/>")
          .raw("<text fill=\"#1a1a1a\"").attribute("x", String.valueOf(barLeft + length + 5))
          .attribute("y", String.valueOf(y + 16)).raw(">").text(String.valueOf(group.bordaScore())).raw("</text>\n");
    }
    out.raw("<line stroke=\"#555\"").attribute("x1", String.valueOf(barLeft)).attribute("x2", String.valueOf(barLeft))
        .attribute("y1", "2").attribute("y2", String.valueOf(height - 2)).raw("/>\n</svg>\n</figure>\n");
  }

  private static String cut(String label) {
    if (label.codePointCount(0, label.length()) <= CHART_LABEL_LENGTH) {
      return label;
    }
    return label.substring(0, label.offsetByCodePoints(0, CHART_LABEL_LENGTH - 1)) + "…";
  }
}
