package io.github.rusdialog.excel;

import io.github.rusdialog.export.Labels;
import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Coverage;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.StakeholderGroup;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * A sheet that reads like the meeting's summary, for printing one meeting: title and date, intro,
 * participants, ranked priorities, then each strategic area with its note and its opportunities
 * and challenges side by side. Empty sections are left out.
 */
final class MeetingSheet {
  private static final int NARROW = 6;
  private static final int WIDE = 60;
  private static final float TITLE_POINTS = 24f;
  private static final float HEADING_LINE_POINTS = 18f;

  private final SXSSFSheet sheet;
  private final Styles styles;
  private final Labels labels;
  private int next;

  MeetingSheet(SXSSFSheet sheet, Styles styles, Labels labels) {
    this.sheet = sheet;
    this.styles = styles;
    this.labels = labels;
  }

  void write(Meeting meeting, Dialogue dialogue) {
    sheet.setColumnWidth(0, NARROW * 256);
    sheet.setColumnWidth(1, WIDE * 256);
    sheet.setColumnWidth(2, WIDE * 256);
    line(meeting.title(), null, styles.title, null);
    line(labels.date(meeting.date()), null, styles.text, null);
    next++;
    meeting.summary().ifPresent(summary -> {
      line(summary, null, styles.wrapped, null);
      next++;
    });
    if (!meeting.participants().isEmpty()) {
      line(labels.get("participants"), null, styles.label, null);
      for (StakeholderGroup group : meeting.participants()) {
        line(labels.group(group), labels.kind(group.kind()), styles.wrapped, styles.text);
      }
    }
    meeting.attendees().ifPresent(total -> line(labels.get("attendees"), String.valueOf(total), styles.label,
        styles.text));
    if (!meeting.participants().isEmpty() || meeting.attendees().isPresent()) {
      next++;
    }
    if (!meeting.priorities().isEmpty()) {
      line(labels.get("priorities"), null, styles.heading, null);
      for (PriorityArea priority : meeting.priorities()) {
        Row row = sheet.createRow(next++);
        Cells.number(row, 0, priority.rank(), styles.number);
        String title = priority.title();
        Cells.text(row, 1, title, styles.boldWrapped);
        String description = priority.description().orElse("");
        if (!description.isEmpty()) {
          Cells.text(row, 2, description, styles.wrapped);
        }
        Cells.fitHeight(row, Math.max(Cells.lines(title, WIDE), Cells.lines(description, WIDE)));
      }
      next++;
    }
    for (AreaInput input : meeting.areas()) {
      writeArea(input, dialogue);
    }
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setAutobreaks(true);
  }

  private void writeArea(AreaInput input, Dialogue dialogue) {
    String coverage = input.coverage() == Coverage.DIRECT ? null
        : labels.get("coverage") + ": " + labels.coverage(input.coverage());
    line(dialogue.strategicArea(input.area()).title(), coverage, styles.heading, styles.text);
    input.note().ifPresent(note -> line(note, null, styles.italicWrapped, null));
    List<? extends AreaItem> opportunities = input.opportunities();
    List<? extends AreaItem> challenges = input.challenges();
    if (!opportunities.isEmpty() || !challenges.isEmpty()) {
      line(opportunities.isEmpty() ? null : labels.get("opportunities"),
          challenges.isEmpty() ? null : labels.get("challenges"), styles.label, styles.label);
      for (int i = 0; i < Math.max(opportunities.size(), challenges.size()); i++) {
        line(i < opportunities.size() ? opportunities.get(i).text() : null,
            i < challenges.size() ? challenges.get(i).text() : null, styles.wrapped, styles.wrapped);
      }
    }
    if (!input.insights().isEmpty()) {
      line(labels.get("insights"), null, styles.label, null);
      for (AreaItem insight : input.insights()) {
        line(insight.text(), null, styles.wrapped, null);
      }
    }
    next++;
  }

  /** A row with text in column B and, optionally, column C. */
  private void line(String left, String right, CellStyle leftStyle, CellStyle rightStyle) {
    Row row = sheet.createRow(next++);
    int lines = 1;
    if (left != null) {
      Cells.text(row, 1, left, leftStyle);
      lines = Cells.lines(left, WIDE);
    }
    if (right != null) {
      Cells.text(row, 2, right, rightStyle);
      lines = Math.max(lines, Cells.lines(right, WIDE));
    }
    if (leftStyle == styles.title) {
      row.setHeightInPoints(TITLE_POINTS);
    } else if (leftStyle == styles.heading) {
      // Headings are set larger: fewer characters fit on a line and each line is taller.
      int headingLines = left == null ? 1 : Cells.lines(left, WIDE * 3 / 4);
      row.setHeightInPoints(Math.max(headingLines * HEADING_LINE_POINTS, lines * 15f));
    } else if (leftStyle.getWrapText() || (rightStyle != null && rightStyle.getWrapText())) {
      Cells.fitHeight(row, lines);
    }
  }
}
