package io.github.rusdialog.excel;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.Exporter;
import io.github.rusdialog.export.ExporterSetting;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidArgumentException;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a dialogue as an Excel workbook (xlsx) that analysts can filter, pivot and print.
 *
 * <p>Sheets, named in the options' language: an overview (dialogue, organiser, one row per
 * meeting with counts), priorities (one row per priority area), opportunities and challenges (one
 * row per item, with its strategic area, coverage and the area's note), participants (meetings ×
 * stakeholder groups with totals per group and per kind), and one sheet per meeting that reads
 * like its summary. Every flat sheet is an Excel table with autofilter, frozen header, dates as
 * dates and counts as numbers, set up to print on A4 landscape.
 *
 * <p>The workbook is also an input: {@link WorkbookReader} reads it back, with analysts' edits.
 * For that it carries a very hidden, protected sheet ({@code rusdialog}) with the format version,
 * the dialogue's name, organiser and strategic areas and the participants' kinds; meeting-id and
 * order columns on the tables; one drop-down per strategic-area cell, and drop-downs of item
 * types, coverages and stated values, down to 1,000 rows below each table. A dialogue without
 * meetings gives the template an official fills in.
 *
 * <p>Nothing is cut or altered: text is always a text cell (a leading {@code =} never makes a
 * formula), and a text longer than Excel's 32,767 characters per cell is refused with an {@link
 * io.github.rusdialog.export.ExportException} naming meeting and item, before a byte is written.
 * Rows stream through Apache POI's SXSSF, so large dialogues export in a small heap; temporary
 * files are deleted even when the export fails.
 *
 * <p>Settings: {@code xlsx.meetingSheetLimit} (default {@value #DEFAULT_MEETING_SHEET_LIMIT}):
 * above this many meetings the per-meeting sheets are left out and the overview says so.
 *
 * <p>Exporter id {@code xlsx}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ExcelExporter implements Exporter {
  /** The default for {@code xlsx.meetingSheetLimit}. */
  public static final int DEFAULT_MEETING_SHEET_LIMIT = 30;

  /** The setting that caps the number of per-meeting sheets. */
  public static final String MEETING_SHEET_LIMIT = "xlsx.meetingSheetLimit";

  /** Creates the exporter; ServiceLoader calls this. */
  public ExcelExporter() {}

  @Override
  public String id() {
    return "xlsx";
  }

  @Override
  public String fileExtension() {
    return "xlsx";
  }

  @Override
  public String mediaType() {
    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  }

  @Override
  public String description() {
    return "Excel workbook: overview, priorities, items, participants, one sheet per meeting";
  }

  @Override
  public List<ExporterSetting> settings() {
    return List.of(ExporterSetting.of(MEETING_SHEET_LIMIT, String.valueOf(DEFAULT_MEETING_SHEET_LIMIT),
        "the most meetings that get a sheet of their own; above it the table sheets alone hold them"));
  }

  @Override
  public void export(Dialogue dialogue, ExportOptions options, OutputStream out) throws IOException {
    InvalidArgumentException.requireNonNull(dialogue, "dialogue");
    InvalidArgumentException.requireNonNull(options, "options");
    InvalidArgumentException.requireNonNull(out, "out");
    ExporterSetting.requireKnown(this, options);
    int limit = options.intSetting(MEETING_SHEET_LIMIT, DEFAULT_MEETING_SHEET_LIMIT, 0);
    CellLimits.check(dialogue);
    new WorkbookWriter(dialogue, options, limit).write(new NonClosingStream(out));
    out.flush();
  }
}
