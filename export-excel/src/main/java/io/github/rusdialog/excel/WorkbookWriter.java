package io.github.rusdialog.excel;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.Labels;
import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.Response;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.synthesis.DialogueSynthesis;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes one dialogue into one workbook; one instance per export. */
final class WorkbookWriter {
  /** Rows kept in memory per sheet; the rest stream to a temporary file. */
  private static final int ROW_WINDOW = 200;
  /** The items table's status column; answer and reference follow it. */
  static final int ITEM_RESPONSE_COLUMN = 9;

  private final Dialogue dialogue;
  private final ExportOptions options;
  private final Labels labels;
  private final int meetingSheetLimit;
  private final SheetNames names = new SheetNames();
  private int itemOrder;

  WorkbookWriter(Dialogue dialogue, ExportOptions options, int meetingSheetLimit) {
    this.dialogue = dialogue;
    this.options = options;
    this.labels = options.labels();
    this.meetingSheetLimit = meetingSheetLimit;
  }

  void write(OutputStream out) throws IOException {
    try (SXSSFWorkbook workbook = new BufferedStreamingWorkbook(ROW_WINDOW)) {
      Styles styles = new Styles(workbook);
      names.reserve(WorkbookFormat.META_SHEET);
      MetaSheet meta = new MetaSheet(dialogue, labels);
      boolean meetingSheets = dialogue.meetings().size() <= meetingSheetLimit;
      overview(workbook, styles, meetingSheets, meta);
      if (dialogue.meetings().size() > 1) {
        SXSSFSheet synthesis = viewSheet(workbook, names.reserve(labels.get("synthesis")));
        new SynthesisSheet(workbook, styles, labels).write(synthesis, DialogueSynthesis.of(dialogue));
        finishView(synthesis, meta);
      }
      priorities(workbook, styles);
      items(workbook, styles);
      new ParticipantsSheet(workbook, styles, labels)
          .write(workbook.createSheet(names.reserve(labels.get("sheet.participants"))), dialogue);
      if (meetingSheets) {
        for (Meeting meeting : dialogue.meetings()) {
          SXSSFSheet sheet = viewSheet(workbook, names.unique(meeting.title()));
          new MeetingSheet(sheet, styles, labels).write(meeting, dialogue);
          finishView(sheet, meta);
        }
      }
      meta.write(workbook);
      MetaSheet.defineLists(workbook, dialogue);
      properties(workbook);
      workbook.write(out);
    }
  }

  /** A sheet that keeps its rows in memory until {@link #finishView}, to fingerprint them. */
  private static SXSSFSheet viewSheet(SXSSFWorkbook workbook, String name) {
    SXSSFSheet sheet = workbook.createSheet(name);
    sheet.setRandomAccessWindowSize(-1);
    return sheet;
  }

  private static void finishView(SXSSFSheet sheet, MetaSheet meta) throws IOException {
    meta.view(sheet.getSheetName(), ViewFingerprint.of(sheet));
    sheet.flushRows();
  }

  private String title() {
    return options.title().or(dialogue::name).orElse(labels.get("document.title"));
  }

  private void overview(SXSSFWorkbook workbook, Styles styles, boolean meetingSheets, MetaSheet meta) {
    SXSSFSheet sheet = workbook.createSheet(names.reserve(labels.get("sheet.overview")));
    int r = 0;
    r = info(sheet, styles, r, labels.get("title"), title());
    if (dialogue.name().isPresent() && options.title().isPresent()) {
      r = info(sheet, styles, r, labels.get("dialogue"), dialogue.name().get());
    }
    if (dialogue.organiser().isPresent()) {
      r = info(sheet, styles, r, labels.get("organiser"), dialogue.organiser().get());
    }
    if (dialogue.description().isPresent()) {
      r = info(sheet, styles, r, labels.get("description"), dialogue.description().get());
    }
    r = info(sheet, styles, r, labels.get("generatedAt"), labels.timestamp(options.generatedAt()));
    Row count = sheet.createRow(r++);
    Cells.text(count, 0, labels.get("meetings"), styles.label);
    Cells.number(count, 1, dialogue.meetings().size(), styles.number);
    if (!meetingSheets) {
      Row note = sheet.createRow(r++);
      Cells.text(note, 0, labels.format("meetingSheetsOmitted", dialogue.meetings().size(),
          meetingSheetLimit), styles.italicWrapped);
    }
    // The rows above the table are a view of the hidden sheet's name and organiser.
    meta.view(sheet.getSheetName(), ViewFingerprint.of(sheet));
    TableSheet table = new TableSheet(workbook, sheet, styles, WorkbookFormat.MEETINGS_TABLE, r + 1, List.of(
        Column.fixed(labels.get("date")),
        Column.text(labels.get("meeting"), 40),
        Column.text(labels.get("participants.short"), 60),
        Column.fixed(labels.get("attendees")),
        Column.fixed(labels.get("count.priorities")),
        Column.fixed(labels.get("count.opportunities")),
        Column.fixed(labels.get("count.challenges")),
        Column.fixed(labels.get("count.insights")),
        // The intro is data like any other: without this column it would live only on the
        // per-meeting sheets, which are left out above xlsx.meetingSheetLimit.
        Column.text(labels.get("summary"), 80),
        Column.fixed(labels.get("meetingId"))));
    for (Meeting meeting : dialogue.meetings()) {
      table.startRow();
      table.date(0, meeting.date());
      table.text(1, meeting.title());
      if (!meeting.participants().isEmpty()) {
        table.text(2, meeting.participants().stream().map(labels::group).collect(Collectors.joining(", ")));
      }
      meeting.attendees().ifPresent(total -> table.number(3, total));
      table.number(4, meeting.priorities().size());
      table.number(5, meeting.areas().stream().mapToInt(a -> a.opportunities().size()).sum());
      table.number(6, meeting.areas().stream().mapToInt(a -> a.challenges().size()).sum());
      table.number(7, meeting.areas().stream().mapToInt(a -> a.insights().size()).sum());
      meeting.summary().ifPresent(summary -> table.text(8, summary));
      table.text(9, meeting.id());
    }
    table.finish();
    // The info rows above the table hold long values; give the value column room.
    sheet.setColumnWidth(1, Math.max(sheet.getColumnWidth(1), 40 * 256));
  }

  private static int info(SXSSFSheet sheet, Styles styles, int r, String label, String value) {
    Row row = sheet.createRow(r);
    Cells.text(row, 0, label, styles.label);
    Cells.text(row, 1, value, styles.text);
    return r + 1;
  }

  private void priorities(SXSSFWorkbook workbook, Styles styles) {
    SXSSFSheet sheet = workbook.createSheet(names.reserve(labels.get("sheet.priorities")));
    int areaColumns = WorkbookFormat.MIN_AREA_COLUMNS;
    int rows = 0;
    for (Meeting meeting : dialogue.meetings()) {
      for (PriorityArea priority : meeting.priorities()) {
        areaColumns = Math.max(areaColumns, priority.areas().size());
        rows++;
      }
    }
    List<Column> columns = new ArrayList<>(List.of(
        Column.text(labels.get("meeting"), 30),
        Column.fixed(labels.get("date")),
        Column.fixed(labels.get("priority.rank")),
        Column.text(labels.get("priority.title"), 40),
        Column.text(labels.get("priority.description"), 80),
        Column.fixed(labels.get("priority.stated"))));
    int firstArea = columns.size();
    for (int a = 1; a <= areaColumns; a++) {
      // One area per cell, so that each cell can offer the catalogue as a drop-down.
      columns.add(Column.text(labels.format("priority.area", a), 40));
    }
    int idColumn = columns.size();
    columns.add(Column.fixed(labels.get("meetingId")));
    int responseColumn = columns.size();
    columns.addAll(responseColumns());
    TableSheet table = new TableSheet(workbook, sheet, styles, WorkbookFormat.PRIORITIES_TABLE, 0, columns);
    for (Meeting meeting : dialogue.meetings()) {
      for (PriorityArea priority : meeting.priorities()) {
        table.startRow();
        table.text(0, meeting.title());
        table.date(1, meeting.date());
        table.number(2, priority.rank());
        table.text(3, priority.title());
        priority.description().ifPresent(text -> table.text(4, text));
        table.text(5, labels.stated(priority.stated()));
        for (int a = 0; a < priority.areas().size(); a++) {
          table.text(firstArea + a, dialogue.strategicArea(priority.areas().get(a)).title());
        }
        table.text(idColumn, meeting.id());
        response(table, responseColumn, priority.response());
      }
    }
    table.finish();
    Dropdowns dropdowns = new Dropdowns(sheet, labels, 0, rows);
    dropdowns.add(5, WorkbookFormat.STATED_LIST);
    dropdowns.add(responseColumn, WorkbookFormat.STATUS_LIST);
    for (int a = 0; a < areaColumns; a++) {
      dropdowns.add(firstArea + a, WorkbookFormat.AREAS_LIST);
    }
  }

  private void items(SXSSFWorkbook workbook, Styles styles) {
    SXSSFSheet sheet = workbook.createSheet(names.reserve(labels.get("sheet.items")));
    List<Column> columns = new ArrayList<>(List.of(
        Column.text(labels.get("meeting"), 30),
        Column.fixed(labels.get("date")),
        Column.text(labels.get("strategicArea"), 40),
        Column.fixed(labels.get("coverage")),
        Column.fixed(labels.get("type")),
        Column.text(labels.get("text"), 80),
        Column.text(labels.get("note"), 50),
        Column.fixed(labels.get("order")),
        Column.fixed(labels.get("meetingId"))));
    columns.addAll(responseColumns());
    TableSheet table = new TableSheet(workbook, sheet, styles, WorkbookFormat.ITEMS_TABLE, 0, columns);
    for (Meeting meeting : dialogue.meetings()) {
      for (AreaInput input : meeting.areas()) {
        int rows = itemRows(table, meeting, input, input.opportunities(), labels.get("opportunity"))
            + itemRows(table, meeting, input, input.challenges(), labels.get("challenge"))
            + itemRows(table, meeting, input, input.insights(), labels.get("insight"));
        if (rows == 0) {
          // An area without items still has a coverage and maybe a note: keep them in the table.
          itemRow(table, meeting, input, null, null);
        }
      }
    }
    table.finish();
    Dropdowns dropdowns = new Dropdowns(sheet, labels, 0, itemOrder);
    dropdowns.add(2, WorkbookFormat.AREAS_LIST);
    dropdowns.add(3, WorkbookFormat.COVERAGE_LIST);
    dropdowns.add(4, WorkbookFormat.TYPES_LIST);
    dropdowns.add(ITEM_RESPONSE_COLUMN, WorkbookFormat.STATUS_LIST);
  }

  /** Status, answer and reference: where analysts write the region's response to each input. */
  private List<Column> responseColumns() {
    return List.of(Column.fixed(labels.get("response.status")), Column.text(labels.get("response.text"), 60),
        Column.text(labels.get("response.reference"), 20));
  }

  private void response(TableSheet table, int column, Optional<Response> response) {
    if (response.isPresent()) {
      table.text(column, labels.status(response.get().status()));
      response.get().text().ifPresent(text -> table.text(column + 1, text));
      response.get().reference().ifPresent(reference -> table.text(column + 2, reference));
    }
  }

  /** Writes a row per item; returns how many. */
  private int itemRows(TableSheet table, Meeting meeting, AreaInput input,
      List<? extends AreaItem> items, String type) {
    for (AreaItem item : items) {
      itemRow(table, meeting, input, type, item);
    }
    return items.size();
  }

  private void itemRow(TableSheet table, Meeting meeting, AreaInput input, String type, AreaItem item) {
    table.startRow();
    table.text(0, meeting.title());
    table.date(1, meeting.date());
    table.text(2, dialogue.strategicArea(input.area()).title());
    table.text(3, labels.coverage(input.coverage()));
    if (type != null) {
      table.text(4, type);
      table.text(5, item.text());
    }
    input.note().ifPresent(note -> table.text(6, note));
    // The order column lets the reader restore the items' order after analysts sort the rows.
    table.number(7, ++itemOrder);
    table.text(8, meeting.id());
    if (item != null) {
      response(table, ITEM_RESPONSE_COLUMN, item.response());
    }
  }

  private void properties(SXSSFWorkbook workbook) {
    POIXMLProperties.CoreProperties core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
    core.setTitle(title());
    core.setSubjectProperty(labels.get("document.title"));
    core.setKeywords(labels.get("keywords"));
    Optional<String> organiser = dialogue.organiser();
    core.setCreator(organiser.orElse("rusdialog"));
    core.setLastModifiedByUser(organiser.orElse("rusdialog"));
    // Fixed from the options so that equal input gives identical bytes.
    Date generated = Date.from(options.generatedAt());
    core.setCreated(Optional.of(generated));
    core.setModified(Optional.of(generated));
  }
}
