package io.github.rusdialog.excel;

import io.github.rusdialog.excel.SheetTable.TableRow;
import io.github.rusdialog.export.Labels;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.ModelValidationException;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.Stated;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The priorities sheet, read into each meeting's ranked priorities. Rows may come in any order;
 * each meeting's ranks must run 1, 2, 3 … without a gap or a repeat. The "Strategiskt område N"
 * columns, as many as there are (analysts may add one), link the priority to areas by title.
 */
final class PriorityRows {
  private PriorityRows() {}

  /** A priority read from a row, and where its rank came from. */
  private record Ranked(int rank, String place, PriorityArea priority) {}

  static void read(WorkbookInput input, SheetTable table, Labels labels, MeetingRows meetings,
      StrategicAreaCatalogue catalogue, WorkbookMeta meta) throws InvalidInputException {
    ResponseCells responses = ResponseCells.of(input, table, labels, meta);
    int meetingColumn = table.column(labels.get("meeting"));
    int rankColumn = table.column(labels.get("priority.rank"));
    int titleColumn = table.column(labels.get("priority.title"));
    int descriptionColumn = table.column(labels.get("priority.description"));
    int statedColumn = table.column(labels.get("priority.stated"));
    int idColumn = table.column(labels.get("meetingId"));
    Optional<Integer> dateColumn = table.optionalColumn(labels.get("date"));
    String[] areaHeader = SheetTable.key(labels.format("priority.area", "7919")).split("7919", -1);
    List<Integer> areaColumns = table.columns(
        Pattern.compile(Pattern.quote(areaHeader[0]) + "\\d+" + Pattern.quote(areaHeader[1])));
    Map<String, Stated> stated = MetaSheet.stated(labels);
    Map<MeetingRows.Entry, List<Ranked>> byMeeting = new LinkedHashMap<>();
    for (TableRow row : table.rows()) {
      MeetingRows.Entry meeting = meetings.of(row, idColumn, meetingColumn, dateColumn);
      int rank = row.number(rankColumn, "a rank").orElseThrow(() -> input.problem(row.ref(rankColumn),
          "the priority has no rank; write its place in the meeting's list (1 is the most important)"));
      if (rank < 1) {
        throw input.problem(row.ref(rankColumn), rank + " is not a rank; ranks start at 1");
      }
      String title = row.text(titleColumn).orElseThrow(() -> input.problem(row.ref(titleColumn),
          "the priority ranked " + rank + " has no title; write it, or delete the row"));
      PriorityArea.Builder priority = PriorityArea.builder().rank(rank).title(title);
      row.text(descriptionColumn).ifPresent(priority::description);
      row.choice(statedColumn, stated).ifPresent(priority::stated);
      List<String> areas = new ArrayList<>();
      for (int column : areaColumns) {
        Optional<String> id = row.areaId(column, catalogue);
        if (id.isPresent()) {
          if (areas.contains(id.get())) {
            throw input.problem(row.ref(column), WorkbookInput.quote(row.text(column).orElseThrow())
                + " is linked twice to this priority; clear one of the cells");
          }
          areas.add(id.get());
        }
      }
      priority.areas(areas);
      priority.response(responses.read(row));
      PriorityArea built;
      try {
        built = priority.build();
      } catch (ModelValidationException e) {
        throw input.problem(row.ref(titleColumn), "the priority in this row: " + e.getMessage());
      }
      byMeeting.computeIfAbsent(meeting, m -> new ArrayList<>()).add(new Ranked(rank, row.ref(rankColumn), built));
    }
    for (Map.Entry<MeetingRows.Entry, List<Ranked>> entry : byMeeting.entrySet()) {
      List<Ranked> ranked = entry.getValue();
      ranked.sort(Comparator.comparingInt(Ranked::rank));
      for (int i = 0; i < ranked.size(); i++) {
        if (ranked.get(i).rank() != i + 1) {
          String ranks = ranked.stream().map(r -> String.valueOf(r.rank())).collect(Collectors.joining(", "));
          throw input.problem(ranked.get(i).place(), "rank " + ranked.get(i).rank()
              + (i > 0 && ranked.get(i - 1).rank() == ranked.get(i).rank() ? " is given twice" : " leaves a gap")
              + ": the meeting " + WorkbookInput.quote(entry.getKey().title) + " has ranks " + ranks
              + "; number its " + ranked.size() + " priorities 1 to " + ranked.size());
        }
        entry.getKey().builder.addPriorities(ranked.get(i).priority());
      }
    }
  }
}
