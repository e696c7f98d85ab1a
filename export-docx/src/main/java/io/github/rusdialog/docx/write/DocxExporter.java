package io.github.rusdialog.docx.write;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.Exporter;
import io.github.rusdialog.export.ExporterSetting;
import io.github.rusdialog.internal.report.Choices;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.privacy.PersonalData;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a dialogue as an editable Word document (.docx) that rusdialog reads back: an official
 * adds a preface, moves it into the region's template or corrects a wording, and {@code
 * rusdialog-import-docx} reads the edited document as the edited meetings.
 *
 * <p>The content and order are the PDF's: the title and the cover's facts, a table of contents
 * (Word's own, a TOC field that Word updates with page numbers), the synthesis with its tables,
 * then each meeting as its summary. It is written in Word's structures, which Word's accessibility
 * checker and screen readers know: the built-in styles Title, Heading 1–3, List Bullet and List
 * Number with real numbering, tables with a header row that repeats on each page, the document's
 * title, subject and creator (the organiser) as properties, the labels' language on the styles
 * (with the meetings' texts marked Swedish under English labels), page numbers in the footer.
 *
 * <p>Read back with {@code rusdialog-import-docx}, each meeting is the meeting written: its
 * heading is its title and date, its parts are in the summary reader's forms. What rusdialog
 * computes — the cover's facts, the contents, the synthesis, a coverage without a note — and the
 * region's responses are marked (paragraph styles of rusdialog's own, a bookmark in a computed
 * table) and skipped by the reader, so they never become inputs; answers are kept in the workbook
 * or the JSON. An area's note and a meeting's heading are marked too, and the reader refuses one
 * that its rules would read as something else.
 *
 * <p>Settings: {@code docx.report} = {@code full} (default) or {@code feedback}.
 *
 * <p>Exporter id {@code docx}. Stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class DocxExporter implements Exporter {
  /**
   * The setting that picks the document: {@code full} (the default: the meetings as their summaries
   * read, with a synthesis for several) or {@code feedback} (each meeting's feedback to its
   * participants — the count of answers, every input in their words with the region's response,
   * and what is still open).
   */
  public static final String REPORT = "docx.report";

  private static final ExporterSetting REPORT_SETTING = ExporterSetting.of(REPORT, "full",
      "the document: full, or feedback (each meeting's feedback to its participants)").withAllowedValues("full", "feedback");

  /** Creates the exporter; ServiceLoader calls this. */
  public DocxExporter() {}

  @Override
  public String id() {
    return "docx";
  }

  @Override
  public String fileExtension() {
    return "docx";
  }

  @Override
  public String mediaType() {
    return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  }

  @Override
  public String description() {
    return "editable Word document in Word's own styles and lists, read back by rusdialog after editing";
  }

  /**
   * {@return true: the document is made to be shared and published, so personal data in it is
   * refused unless allowed}
   */
  @Override
  public boolean publishes() {
    return true;
  }

  @Override
  public List<ExporterSetting> settings() {
    return List.of(REPORT_SETTING);
  }

  @Override
  public void export(Dialogue dialogue, ExportOptions options, OutputStream out) throws IOException {
    InvalidArgumentException.requireNonNull(dialogue, "dialogue");
    InvalidArgumentException.requireNonNull(options, "options");
    InvalidArgumentException.requireNonNull(out, "out");
    ExporterSetting.requireKnown(this, options);
    PersonalData.requirePublishable(dialogue, options);
    DocumentLimits.check(dialogue);
    // In memory first: the package is small beside the document POI holds, its entries' times are
    // fixed in the copy, and the caller's stream sees its own IOException, which POI would wrap.
    java.io.ByteArrayOutputStream written = new java.io.ByteArrayOutputStream();
    new ReportWriter(dialogue, options, Choices.of(options, REPORT_SETTING).equals("feedback")).write(written);
    FixedTimeZip.copy(written.toByteArray(), options.generatedAt(), out);
    out.flush();
  }
}
