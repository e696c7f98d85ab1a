package io.github.rusdialog.excel;

import io.github.rusdialog.excel.SheetTable.TableRow;
import io.github.rusdialog.export.Labels;
import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Challenge;
import io.github.rusdialog.model.Coverage;
import io.github.rusdialog.model.Insight;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.ModelValidationException;
import io.github.rusdialog.model.Opportunity;
import io.github.rusdialog.model.Response;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The opportunities and challenges sheet, read into each meeting's area inputs. The order column
 * restores the exported order after sorting and filtering; rows without an order (added ones) come
 * after, in sheet order. Coverage and note belong to a meeting's area, so the rows of one area must
 * not disagree on them; an empty coverage or note cell takes the area's from its other rows. A row
 * with an area but no type and no text keeps an area without items (its coverage and note).
 */
final class ItemRows {
  private ItemRows() {}

  private record ItemRow(MeetingRows.Entry meeting, String area, TableRow row, Optional<Coverage> coverage,
      int type, Optional<String> text, Optional<String> note, int order, Optional<Response> response) {}

  /** An item's text and the region's response to it. */
  private record Answered(String text, Optional<Response> response) {}

  /** One meeting's area as its rows give it. */
  private static final class Area {
    final List<List<Answered>> items = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
    Coverage coverage;
    String coveragePlace;
    Optional<String> note = Optional.empty();
    String notePlace;
    String firstPlace;
  }

  static void read(WorkbookInput input, SheetTable table, Labels labels, MeetingRows meetings,
      StrategicAreaCatalogue catalogue, WorkbookMeta meta) throws InvalidInputException {
    ResponseCells responses = ResponseCells.of(input, table, labels, meta);
    int meetingColumn = table.column(labels.get("meeting"));
    int areaColumn = table.column(labels.get("strategicArea"));
    int coverageColumn = table.column(labels.get("coverage"));
    int typeColumn = table.column(labels.get("type"));
    int textColumn = table.column(labels.get("text"));
    int noteColumn = table.column(labels.get("note"));
    int orderColumn = table.column(labels.get("order"));
    int idColumn = table.column(labels.get("meetingId"));
    Optional<Integer> dateColumn = table.optionalColumn(labels.get("date"));
    Map<String, Coverage> coverages = MetaSheet.coverages(labels);
    Map<String, Integer> types = MetaSheet.typeIndex(labels);
    List<ItemRow> rows = new ArrayList<>();
    for (TableRow row : table.rows()) {
      MeetingRows.Entry meeting = meetings.of(row, idColumn, meetingColumn, dateColumn);
      String area = row.areaId(areaColumn, catalogue).orElseThrow(() -> input.problem(row.ref(areaColumn),
          "the row has no strategic area; choose one from the list"));
      Optional<Coverage> coverage = row.choice(coverageColumn, coverages);
      Optional<Integer> type = row.choice(typeColumn, types);
      Optional<String> text = row.text(textColumn);
      if (type.isEmpty() && text.isPresent()) {
        throw input.problem(row.ref(typeColumn), "the text " + WorkbookInput.quote(text.get()) + " has no type;"
            + " choose one from the list " + types.keySet());
      }
      if (type.isPresent() && text.isEmpty()) {
        throw input.problem(row.ref(textColumn), "the " + row.text(typeColumn).orElse("") + " has no text;"
            + " write it, or delete the row");
      }
      int order = row.number(orderColumn, "an order number").orElse(Integer.MAX_VALUE);
      Optional<Response> response = responses.read(row);
      if (response.isPresent() && text.isEmpty()) {
        throw input.problem(row.ref(textColumn), "the row has a response but no opportunity, challenge or insight"
            + " to answer; write the input's type and text, or clear the response");
      }
      rows.add(new ItemRow(meeting, area, row, coverage, type.orElse(-1), text, row.text(noteColumn), order,
          response));
    }
    rows.sort(Comparator.comparingInt(ItemRow::order));
    Map<MeetingRows.Entry, Map<String, Area>> byMeeting = new LinkedHashMap<>();
    for (ItemRow item : rows) {
      Area area = byMeeting.computeIfAbsent(item.meeting(), m -> new LinkedHashMap<>())
          .computeIfAbsent(item.area(), a -> new Area());
      if (area.firstPlace == null) {
        area.firstPlace = item.row().ref(textColumn);
      }
      if (item.coverage().isPresent()) {
        if (area.coverage != null && area.coverage != item.coverage().get()) {
          throw disagree(input, item.row().ref(coverageColumn), area.coveragePlace, "coverage",
              labels.coverage(item.coverage().get()), labels.coverage(area.coverage));
        }
        area.coverage = item.coverage().get();
        area.coveragePlace = item.row().ref(coverageColumn);
      }
      if (item.note().isPresent()) {
        if (area.note.isPresent() && !area.note.equals(item.note())) {
          throw disagree(input, item.row().ref(noteColumn), area.notePlace, "note", item.note().get(),
              area.note.get());
        }
        area.note = item.note();
        area.notePlace = item.row().ref(noteColumn);
      }
      if (item.type() >= 0) {
        area.items.get(item.type()).add(new Answered(item.text().get(), item.response()));
      }
    }
    for (Map.Entry<MeetingRows.Entry, Map<String, Area>> meeting : byMeeting.entrySet()) {
      for (Map.Entry<String, Area> entry : meeting.getValue().entrySet()) {
        Area area = entry.getValue();
        // Coverage defaults as in the model: an area with rows was discussed unless a row says otherwise.
        Coverage coverage = area.coverage == null ? Coverage.DIRECT : area.coverage;
        int items = area.items.stream().mapToInt(List::size).sum();
        if (coverage == Coverage.NOT_DISCUSSED && items > 0) {
          throw input.problem(area.coveragePlace, WorkbookInput.quote(labels.coverage(coverage)) + ", but the"
              + " area has " + items + " item(s) in this meeting; choose another coverage or move the items");
        }
        try {
          meeting.getKey().builder.addAreas(AreaInput.builder().area(entry.getKey()).coverage(coverage)
              .note(area.note)
              .opportunities(area.items.get(0).stream().map(a -> Opportunity.of(a.text()).withResponse(a.response()))
                  .toList())
              .challenges(area.items.get(1).stream().map(a -> Challenge.of(a.text()).withResponse(a.response()))
                  .toList())
              .insights(area.items.get(2).stream().map(a -> Insight.of(a.text()).withResponse(a.response()))
                  .toList())
              .build());
        } catch (ModelValidationException e) {
          throw input.problem(area.firstPlace, "the area of this row: " + e.getMessage());
        }
      }
    }
  }

  private static InvalidInputException disagree(WorkbookInput input, String place, String other, String what,
      String value, String otherValue) {
    return input.problem(place, "the " + what + " " + WorkbookInput.quote(value) + " differs from "
        + WorkbookInput.quote(otherValue) + " in " + other + ", a row of the same meeting and strategic area;"
        + " an area has one " + what + " per meeting: make the rows agree (or clear this cell)");
  }
}
