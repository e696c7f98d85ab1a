package io.github.rusdialog.excel;

import io.github.rusdialog.export.Labels;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StakeholderKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** The "Deltagare" sheet: which stakeholder groups and kinds took part in which meeting. */
final class ParticipantsSheet {
  private final SXSSFWorkbook workbook;
  private final Styles styles;
  private final Labels labels;

  ParticipantsSheet(SXSSFWorkbook workbook, Styles styles, Labels labels) {
    this.workbook = workbook;
    this.styles = styles;
    this.labels = labels;
  }

  /**
   * Meetings × groups: a 1 where the group took part, the number of groups of each kind, the
   * number of people the summary counts (its total, else its groups' head counts; empty if it
   * gives none), and a totals row under the table. Groups are matched ignoring case, named as first written.
   */
  void write(SXSSFSheet sheet, Dialogue dialogue) {
    Map<String, String> groups = new LinkedHashMap<>();
    Map<StakeholderKind, Integer> kinds = new EnumMap<>(StakeholderKind.class);
    for (Meeting meeting : dialogue.meetings()) {
      for (StakeholderGroup group : meeting.participants()) {
        groups.putIfAbsent(key(group.name()), group.name());
        kinds.putIfAbsent(group.kind(), 0);
      }
    }
    List<Column> columns = new ArrayList<>();
    HeaderNames headers = new HeaderNames();
    columns.add(Column.text(headers.unique(labels.get("meeting")), 30));
    columns.add(Column.fixed(headers.unique(labels.get("date"))));
    for (String name : groups.values()) {
      columns.add(new Column(headers.unique(name), 20, true));
    }
    List<StakeholderKind> kindOrder = new ArrayList<>(kinds.keySet());
    for (StakeholderKind kind : kindOrder) {
      columns.add(new Column(headers.unique(labels.get("kind") + ": " + labels.kind(kind)), 24, true));
    }
    columns.add(Column.fixed(headers.unique(labels.get("count.participants"))));
    columns.add(Column.fixed(headers.unique(labels.get("count.people"))));
    TableSheet table = new TableSheet(workbook, sheet, styles, "Participants", 0, columns);
    List<String> groupKeys = new ArrayList<>(groups.keySet());
    long[] totals = new long[columns.size()];
    boolean anyCounted = false;
    for (Meeting meeting : dialogue.meetings()) {
      table.startRow();
      table.text(0, meeting.title());
      table.date(1, meeting.date());
      Map<StakeholderKind, Integer> perKind = new EnumMap<>(StakeholderKind.class);
      for (StakeholderGroup group : meeting.participants()) {
        int column = 2 + groupKeys.indexOf(key(group.name()));
        table.number(column, 1);
        totals[column]++;
        perKind.merge(group.kind(), 1, Integer::sum);
      }
      for (int k = 0; k < kindOrder.size(); k++) {
        int column = 2 + groupKeys.size() + k;
        int count = perKind.getOrDefault(kindOrder.get(k), 0);
        table.number(column, count);
        totals[column] += count;
      }
      int groupCount = columns.size() - 2;
      table.number(groupCount, meeting.participants().size());
      totals[groupCount] += meeting.participants().size();
      OptionalInt people = people(meeting);
      if (people.isPresent()) {
        table.number(groupCount + 1, people.getAsInt());
        totals[groupCount + 1] += people.getAsInt();
        anyCounted = true;
      }
    }
    int totalsRow = table.nextRowIndex();
    table.finish();
    Row row = sheet.createRow(totalsRow);
    Cells.text(row, 0, labels.get("total"), styles.label);
    // No total under a column that no summary filled: 0 would claim nobody came.
    for (int c = 2; c < (anyCounted ? columns.size() : columns.size() - 1); c++) {
      Cells.number(row, c, totals[c], styles.number);
    }
  }

  /** The meeting's total where given, else the sum of its groups' head counts, if any group has one. */
  private static OptionalInt people(Meeting meeting) {
    if (meeting.attendees().isPresent()) {
      return meeting.attendees();
    }
    List<StakeholderGroup> counted = meeting.participants().stream().filter(g -> g.attendees().isPresent()).toList();
    return counted.isEmpty() ? OptionalInt.empty()
        : OptionalInt.of(counted.stream().mapToInt(g -> g.attendees().getAsInt()).sum());
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
