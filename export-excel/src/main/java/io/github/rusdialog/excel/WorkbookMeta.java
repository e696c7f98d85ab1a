package io.github.rusdialog.excel;

import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.ModelValidationException;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StakeholderKind;
import io.github.rusdialog.model.StrategicArea;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What the hidden sheet says (see {@link MetaSheet}): the labels' language, the dialogue's name,
 * organiser, description and strategic areas, each meeting's participants as exported, and the view sheets'
 * fingerprints. Reading it is how the reader knows the workbook is rusdialog's and which version.
 */
final class WorkbookMeta {
  /** The layout version the workbook was written in, 1 to {@link WorkbookFormat#VERSION}. */
  final int version;
  final Locale locale;
  final Optional<String> name;
  final Optional<String> organiser;
  final Optional<String> description;
  final List<StrategicArea> areas;
  final Map<String, List<StakeholderGroup>> participants;
  final Map<String, String> views;
  /** The exported "title\tdate" of each meeting id, which the other tables' meeting columns show. */
  final Map<String, String> exportedMeetings;

  private WorkbookMeta(int version, Locale locale, Optional<String> name, Optional<String> organiser,
      Optional<String> description, List<StrategicArea> areas, Map<String, List<StakeholderGroup>> participants, Map<String, String> views,
      Map<String, String> exportedMeetings) {
    this.version = version;
    this.locale = locale;
    this.name = name;
    this.organiser = organiser;
    this.description = description;
    this.areas = areas;
    this.participants = participants;
    this.views = views;
    this.exportedMeetings = exportedMeetings;
  }

  static WorkbookMeta read(WorkbookInput input, XSSFWorkbook workbook) throws InvalidInputException {
    XSSFSheet sheet = workbook.getSheet(WorkbookFormat.META_SHEET);
    Row first = sheet == null ? null : sheet.getRow(0);
    if (first == null || !WorkbookFormat.MARK.equals(value(input, first, 0))) {
      throw input.problem(null, "this workbook was not written by rusdialog (it has no '"
          + WorkbookFormat.META_SHEET + "' sheet); rusdialog reads back only workbooks it exported or"
          + " made with 'rusdialog template'. Export the dialogue to .xlsx, or use 'rusdialog template'"
          + " to get a workbook to fill in");
    }
    String written = value(input, first, 1);
    int version = written.matches("[1-9]") ? Integer.parseInt(written) : 0;
    if (version < 1 || version > WorkbookFormat.VERSION) {
      throw input.problem(null, "this workbook has rusdialog's workbook format " + written + "; this"
          + " version reads formats 1 to " + WorkbookFormat.VERSION + ": use the rusdialog that wrote it");
    }
    Locale locale = null;
    Optional<String> name = Optional.empty();
    Optional<String> organiser = Optional.empty();
    Optional<String> description = Optional.empty();
    List<StrategicArea> areas = new ArrayList<>();
    Map<String, List<StakeholderGroup>> participants = new LinkedHashMap<>();
    Map<String, String> views = new LinkedHashMap<>();
    Map<String, String> meetings = new LinkedHashMap<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      String key = value(input, row, 0);
      try {
        switch (key) {
          case WorkbookFormat.KEY_LOCALE:
            locale = Locale.forLanguageTag(value(input, row, 1));
            break;
          case WorkbookFormat.KEY_NAME:
            name = Optional.of(value(input, row, 1));
            break;
          case WorkbookFormat.KEY_ORGANISER:
            organiser = Optional.of(value(input, row, 1));
            break;
          case WorkbookFormat.KEY_DESCRIPTION:
            description = Optional.of(value(input, row, 1));
            break;
          case WorkbookFormat.KEY_AREA:
            areas.add(StrategicArea.of(value(input, row, 1), value(input, row, 2)));
            break;
          case WorkbookFormat.KEY_MEETING:
            meetings.put(value(input, row, 1), value(input, row, 2) + "\t" + value(input, row, 3));
            break;
          case WorkbookFormat.KEY_PARTICIPANT:
            StakeholderKind kind = StakeholderKind.fromId(value(input, row, 3))
                .orElseThrow(() -> new ModelValidationException("kind", "unknown kind"));
            String attendees = value(input, row, 4);
            participants.computeIfAbsent(value(input, row, 1), id -> new ArrayList<>())
                .add(StakeholderGroup.of(value(input, row, 2), kind).withAttendees(attendees.isEmpty()
                    ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(attendees))));
            break;
          case WorkbookFormat.KEY_VIEW:
            views.put(value(input, row, 1), value(input, row, 2));
            break;
          default:
            break;
        }
      } catch (ModelValidationException | NumberFormatException e) {
        throw damaged(input, r);
      }
    }
    if (locale == null) {
      throw damaged(input, 1);
    }
    return new WorkbookMeta(version, locale, name, organiser, description, List.copyOf(areas), participants, views,
        meetings);
  }

  private static InvalidInputException damaged(WorkbookInput input, int row) {
    return input.problem(WorkbookInput.ref(WorkbookFormat.META_SHEET, row, 0), "the hidden sheet"
        + " that rusdialog reads back was changed; export the dialogue again");
  }

  private static String value(WorkbookInput input, Row row, int column) {
    Cell cell = row.getCell(column);
    return cell == null ? "" : input.rawText(cell);
  }
}
