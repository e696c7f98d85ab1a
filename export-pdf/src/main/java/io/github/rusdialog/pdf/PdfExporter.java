package io.github.rusdialog.pdf;

import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
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
 * Writes a dialogue as a printable, searchable and accessible PDF for publishing: tagged,
 * conforming to PDF/UA-1 and PDF/A-2a (validated with veraPDF in the tests), fonts embedded,
 * document language, title, author and bookmarks set.
 *
 * <p>One meeting gives its summary: title and date, intro, participants, the ranked priorities,
 * then each strategic area with its note, "Möjligheter", "Utmaningar" and related insights.
 * Several meetings get a cover page, a table of contents with page numbers and links, the
 * synthesis, and each meeting from a new page. A screen reader finds headings (H1–H3), lists,
 * tables with column headers, the contents and the chart (with its values as alternative text);
 * page furniture is marked as artifacts. Every page has a footer with dialogue, organiser and "Sida X av Y"; pages after a
 * meeting's first carry its title as a running header.
 *
 * <p>Nothing is dropped: each character is checked against the embedded Liberation Sans fonts
 * before drawing; a character they cannot draw (emoji, CJK) fails the export with an {@link
 * io.github.rusdialog.export.ExportException} naming it (U+XXXX), the meeting and the item.
 *
 * <p>Settings: {@code pdf.pageSize} = {@code a4} (default) or {@code letter}.
 *
 * <p>Exporter id {@code pdf}. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class PdfExporter implements Exporter {
  /** The setting that picks the paper: {@code a4} or {@code letter}. */
  public static final String PAGE_SIZE = "pdf.pageSize";

  /**
   * The setting that picks the document: {@code full} (the default: the meetings as their summaries
   * read, with a synthesis for several) or {@code feedback} (each meeting's feedback to its
   * participants — the count of answers, every input in their words with the region's response,
   * and what is still open; for one meeting, the document is that meeting's feedback).
   *
   * @since 0.2.0
   */
  public static final String REPORT = "pdf.report";

  /** Creates the exporter; ServiceLoader calls this. */
  public PdfExporter() {}

  @Override
  public String id() {
    return "pdf";
  }

  @Override
  public String fileExtension() {
    return "pdf";
  }

  @Override
  public String mediaType() {
    return "application/pdf";
  }

  @Override
  public String description() {
    return "tagged PDF (PDF/UA-1, PDF/A-2a) for printing and publishing, one section per meeting";
  }

  /** {@return true: the report is made to be published, so personal data in it is refused unless allowed} */
  @Override
  public boolean publishes() {
    return true;
  }

  @Override
  public List<ExporterSetting> settings() {
    return List.of(PAGE_SIZE_SETTING, REPORT_SETTING);
  }

  private static final ExporterSetting PAGE_SIZE_SETTING = ExporterSetting.of(PAGE_SIZE, "a4", "the paper: a4 or letter")
      .withAllowedValues("a4", "letter");
  private static final ExporterSetting REPORT_SETTING = ExporterSetting.of(REPORT, "full",
      "the document: full, or feedback (each meeting's feedback to its participants)").withAllowedValues("full", "feedback");

  @Override
  public void export(Dialogue dialogue, ExportOptions options, OutputStream out) throws IOException {
    InvalidArgumentException.requireNonNull(dialogue, "dialogue");
    InvalidArgumentException.requireNonNull(options, "options");
    InvalidArgumentException.requireNonNull(out, "out");
    ExporterSetting.requireKnown(this, options);
    PersonalData.requirePublishable(dialogue, options);
    new DocumentWriter(dialogue, options, pageSize(options), feedback(options))
        .write(out);
    out.flush();
  }

  private static boolean feedback(ExportOptions options) {
    return Choices.of(options, REPORT_SETTING).equals("feedback");
  }

  private static Rectangle pageSize(ExportOptions options) {
    return Choices.of(options, PAGE_SIZE_SETTING).equals("letter") ? PageSize.LETTER : PageSize.A4;
  }
}
