package io.github.rusdialog.excel;

import io.github.rusdialog.export.Labels;
import io.github.rusdialog.internal.read.OfficePackages;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.ModelValidationException;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.EmptyFileException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a workbook that {@link ExcelExporter} wrote (or {@code rusdialog template} made) back into
 * a dialogue, with the edits analysts make in it: corrected texts, priorities linked to strategic
 * areas, items moved between areas and types, rows added, deleted, sorted and filtered, columns
 * hidden, moved or resized.
 *
 * <p>It reads the tables only: the overview's meetings, the priorities, and the opportunities and
 * challenges; the dialogue's name, organiser and strategic areas and the participants' kinds come
 * from a hidden sheet. The per-meeting sheets and the synthesis are views: when one of them was
 * edited, {@link WorkbookImport#warnings()} says that the edit was not read. What cannot be read
 * faithfully is refused with an {@link InvalidInputException} naming sheet and cell, e.g. {@code
 * dialog.xlsx: Prioriteringar!G7: "Tillgänglighet" is not a strategic area of this dialogue;
 * choose one from the list}: an unknown area, type, coverage or stated value, a rank that is not a
 * whole number or leaves a gap, a meeting id that does not exist, a formula where text belongs, a
 * missing column, and any workbook rusdialog did not write. Apache POI's limits against zip bombs
 * stay on.
 *
 * <p>Stateless and thread-safe: {@code WorkbookImport read = WorkbookReader.create().read(path);}
 *
 * @since 0.1.0
 */
public final class WorkbookReader {
  private WorkbookReader() {}

  /**
   * Creates a reader.
   *
   * @return a reader; it holds no state
   */
  public static WorkbookReader create() {
    return new WorkbookReader();
  }

  /**
   * Reads a workbook file.
   *
   * @param file the .xlsx file; messages name it as given
   * @return the dialogue and any warnings
   * @throws InvalidInputException if the workbook cannot be read faithfully, naming sheet and cell
   * @throws IOException if the file cannot be read
   */
  public WorkbookImport read(Path file) throws IOException {
    InvalidArgumentException.requireNonNull(file, "file");
    String source = file.toString();
    if (Files.isDirectory(file)) {
      throw new InvalidInputException(source, 0, 0, null, "is a folder, not a workbook");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, source);
    }
  }

  /**
   * Reads a workbook from a stream, which is read to its end and not closed.
   *
   * @param in the workbook's bytes
   * @param source the name messages give the input, e.g. its file name
   * @return the dialogue and any warnings
   * @throws InvalidInputException if the workbook cannot be read faithfully, naming sheet and cell
   * @throws IOException if the stream cannot be read
   */
  public WorkbookImport read(InputStream in, String source) throws IOException {
    InvalidArgumentException.requireNonNull(in, "in");
    InvalidArgumentException.requireNonNull(source, "source");
    WorkbookInput input = new WorkbookInput(source);
    try (XSSFWorkbook workbook = open(input, in)) {
      return read(input, workbook);
    }
  }

  private static XSSFWorkbook open(WorkbookInput input, InputStream in) throws IOException {
    try {
      return new XSSFWorkbook(OPCPackage.open(new NonClosingInput(in)));
    } catch (EmptyFileException e) {
      throw input.problem(null, "the file is empty; it is not a workbook");
    } catch (OLE2NotOfficeXmlFileException e) {
      throw input.problem(null, "this is an old-format (.xls) or password-protected workbook; rusdialog reads"
          + " .xlsx workbooks it exported: remove the password or save as .xlsx");
    } catch (InvalidFormatException | POIXMLException | IllegalStateException
        | IllegalArgumentException | OpenXML4JRuntimeException e) {
      throw input.problem(null, "the file " + OfficePackages.problem(e, OfficePackages.Application.EXCEL), e);
    } catch (IOException e) {
      if (e instanceof java.util.zip.ZipException || String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT)
          .contains("zip bomb")) {
        throw input.problem(null, "the file " + OfficePackages.problem(e, OfficePackages.Application.EXCEL), e);
      }
      throw e;
    }
  }

  private static WorkbookImport read(WorkbookInput input, XSSFWorkbook workbook) throws InvalidInputException {
    WorkbookMeta meta = WorkbookMeta.read(input, workbook);
    Labels labels = Labels.of(meta.locale);
    StrategicAreaCatalogue catalogue;
    try {
      catalogue = StrategicAreaCatalogue.of(meta.areas);
    } catch (ModelValidationException e) {
      throw input.problem(WorkbookFormat.META_SHEET, "the hidden sheet's strategic areas were changed: "
          + e.getMessage() + "; export the dialogue again");
    }
    SheetTable overview = SheetTable.find(input, workbook, labels.get("sheet.overview"),
        WorkbookFormat.MEETINGS_TABLE, labels.get("meetingId"));
    MeetingRows meetings = new MeetingRows(input, overview, labels, meta);
    if (meetings.isEmpty()) {
      input.warn(overview.sheetName(), "the meeting table is empty, so the dialogue has no meetings; write each"
          + " meeting's date, title and participants in a row of the table");
    }
    PriorityRows.read(input, SheetTable.find(input, workbook, labels.get("sheet.priorities"),
        WorkbookFormat.PRIORITIES_TABLE, labels.get("meetingId")), labels, meetings, catalogue, meta);
    ItemRows.read(input, SheetTable.find(input, workbook, labels.get("sheet.items"),
        WorkbookFormat.ITEMS_TABLE, labels.get("meetingId")), labels, meetings, catalogue, meta);
    warnAboutEditedViews(input, workbook, meta, overview);
    Dialogue.Builder dialogue = Dialogue.builder().name(meta.name).organiser(meta.organiser).description(meta.description)
        .strategicAreas(meta.areas);
    for (MeetingRows.Entry meeting : meetings.entries()) {
      try {
        dialogue.addMeetings(meeting.builder.build());
      } catch (ModelValidationException e) {
        // What the model checks across a meeting's rows, such as a group listed twice.
        throw input.problem(meeting.place, "the meeting " + WorkbookInput.quote(meeting.title) + ": "
            + e.getMessage());
      }
    }
    try {
      return new WorkbookImport(dialogue.build(), input.warnings());
    } catch (ModelValidationException e) {
      throw input.problem(null, e.getMessage());
    }
  }

  private static void warnAboutEditedViews(WorkbookInput input, XSSFWorkbook workbook, WorkbookMeta meta,
      SheetTable overview) {
    for (Map.Entry<String, String> view : meta.views.entrySet()) {
      XSSFSheet sheet = workbook.getSheet(view.getKey());
      if (sheet == null) {
        continue;
      }
      boolean isOverview = sheet.getSheetName().equals(overview.sheetName());
      String now = isOverview ? ViewFingerprint.of(sheet, overview.headerRow()) : ViewFingerprint.of(sheet);
      if (!now.equals(view.getValue())) {
        input.warn(WorkbookInput.ref(sheet.getSheetName(), 0, 0).replaceFirst("!A1$", ""), (isOverview
            ? "the rows above the meeting table were edited" : "this sheet was edited")
            + "; rusdialog reads the table sheets only, so these edits are not read: make them in"
            + " the tables (the overview's meetings, the priorities, the opportunities and challenges)");
      }
    }
  }
}
