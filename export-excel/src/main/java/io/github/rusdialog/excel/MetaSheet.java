package io.github.rusdialog.excel;

import io.github.rusdialog.export.Labels;
import io.github.rusdialog.model.Coverage;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.ResponseStatus;
import io.github.rusdialog.model.Stated;
import io.github.rusdialog.model.StrategicArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the very hidden, protected sheet that makes a workbook readable back: the format mark and
 * version, the labels' language, the dialogue's name, organiser and strategic areas, each meeting's
 * participants with their kinds, the fingerprints of the view sheets, and the lists the drop-downs
 * offer (area titles, item types, coverages, stated). See {@link WorkbookFormat}.
 */
final class MetaSheet {
  /** A fixed password: protection here guards against slips, not against people. */
  private static final String PASSWORD = "rusdialog";

  private final List<String[]> rows = new ArrayList<>();
  private final List<List<String>> lists = new ArrayList<>();

  MetaSheet(Dialogue dialogue, Labels labels) {
    rows.add(new String[] {WorkbookFormat.MARK, String.valueOf(WorkbookFormat.VERSION)});
    rows.add(new String[] {WorkbookFormat.KEY_LOCALE, labels.languageTag()});
    dialogue.name().ifPresent(name -> rows.add(new String[] {WorkbookFormat.KEY_NAME, name}));
    dialogue.organiser().ifPresent(name -> rows.add(new String[] {WorkbookFormat.KEY_ORGANISER, name}));
    dialogue.description().ifPresent(text -> rows.add(new String[] {WorkbookFormat.KEY_DESCRIPTION, text}));
    for (StrategicArea area : dialogue.strategicAreas()) {
      rows.add(new String[] {WorkbookFormat.KEY_AREA, area.id(), area.title()});
    }
    for (Meeting meeting : dialogue.meetings()) {
      rows.add(new String[] {WorkbookFormat.KEY_MEETING, meeting.id(), meeting.title(), meeting.date().toString()});
      for (StakeholderGroup group : meeting.participants()) {
        rows.add(new String[] {WorkbookFormat.KEY_PARTICIPANT, meeting.id(), group.name(), group.kind().id(),
            group.attendees().isPresent() ? String.valueOf(group.attendees().getAsInt()) : ""});
      }
    }
    lists.add(dialogue.strategicAreas().stream().map(StrategicArea::title).toList());
    lists.add(List.copyOf(typeIndex(labels).keySet()));
    lists.add(List.copyOf(coverages(labels).keySet()));
    lists.add(List.copyOf(stated(labels).keySet()));
    lists.add(List.copyOf(statuses(labels).keySet()));
  }

  /** The response statuses by their labels, as the drop-down lists them and the reader takes them. */
  static Map<String, ResponseStatus> statuses(Labels labels) {
    Map<String, ResponseStatus> statuses = new LinkedHashMap<>();
    for (ResponseStatus status : ResponseStatus.values()) {
      statuses.put(labels.status(status), status);
    }
    return statuses;
  }

  /** The coverages by their labels, as the drop-down lists them and the reader takes them. */
  static Map<String, Coverage> coverages(Labels labels) {
    Map<String, Coverage> coverages = new LinkedHashMap<>();
    for (Coverage coverage : Coverage.values()) {
      coverages.put(labels.coverage(coverage), coverage);
    }
    return coverages;
  }

  /** The "Angiven" values by their labels, as the drop-down lists them and the reader takes them. */
  static Map<String, Stated> stated(Labels labels) {
    Map<String, Stated> stated = new LinkedHashMap<>();
    for (Stated value : Stated.values()) {
      stated.put(labels.stated(value), value);
    }
    return stated;
  }

  /** The types' labels in the order opportunity, challenge, insight. */
  static Map<String, Integer> typeIndex(Labels labels) {
    Map<String, Integer> index = new LinkedHashMap<>();
    index.put(labels.get("opportunity"), 0);
    index.put(labels.get("challenge"), 1);
    index.put(labels.get("insight"), 2);
    return index;
  }

  /** Records a view sheet's fingerprint; call before {@link #write}. */
  void view(String sheetName, String fingerprint) {
    rows.add(new String[] {WorkbookFormat.KEY_VIEW, sheetName, fingerprint});
  }

  /** Defines the names the drop-downs refer to; call before any sheet uses them. */
  static void defineLists(SXSSFWorkbook workbook, Dialogue dialogue) {
    int[] sizes = {dialogue.strategicAreas().size(), 3, Coverage.values().length, Stated.values().length,
        ResponseStatus.values().length};
    for (int i = 0; i < sizes.length; i++) {
      Name name = workbook.createName();
      name.setNameName(WorkbookFormat.LIST_NAMES[i]);
      int column = WorkbookFormat.LIST_COLUMN + i;
      // An empty catalogue still needs a valid reference; one empty cell offers nothing.
      AreaReference range = new AreaReference(new CellReference(WorkbookFormat.META_SHEET, 0, column, true, true),
          new CellReference(WorkbookFormat.META_SHEET, Math.max(0, sizes[i] - 1), column, true, true),
          SpreadsheetVersion.EXCEL2007);
      name.setRefersToFormula(range.formatAsString());
    }
  }

  void write(SXSSFWorkbook workbook) {
    SXSSFSheet sheet = workbook.createSheet(WorkbookFormat.META_SHEET);
    int height = rows.size();
    for (List<String> list : lists) {
      height = Math.max(height, list.size());
    }
    for (int r = 0; r < height; r++) {
      Row row = sheet.createRow(r);
      if (r < rows.size()) {
        String[] values = rows.get(r);
        for (int c = 0; c < values.length; c++) {
          row.createCell(c).setCellValue(values[c]);
        }
      }
      for (int l = 0; l < lists.size(); l++) {
        if (r < lists.get(l).size()) {
          row.createCell(WorkbookFormat.LIST_COLUMN + l).setCellValue(lists.get(l).get(r));
        }
      }
    }
    sheet.protectSheet(PASSWORD);
    workbook.setSheetVisibility(workbook.getSheetIndex(sheet), SheetVisibility.VERY_HIDDEN);
  }
}
