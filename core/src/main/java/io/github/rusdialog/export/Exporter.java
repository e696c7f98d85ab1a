package io.github.rusdialog.export;

import io.github.rusdialog.model.Dialogue;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a {@link Dialogue} to one file format. Implementations are found with {@link
 * java.util.ServiceLoader} (list them in {@code META-INF/services/io.github.rusdialog.export.Exporter})
 * and looked up by id through an {@link ExporterRegistry}.
 *
 * <p>Implementations must be stateless and thread-safe, have a public no-argument constructor,
 * and write the same bytes for equal input and equal options (with a fixed {@link
 * ExportOptions#generatedAt()}). A single meeting is exported as a dialogue of one.
 *
 * @since 0.1.0
 */
public interface Exporter {

  /**
   * {@return the short lowercase id users pick the format by, e.g. {@code xlsx}; unique among exporters}
   */
  String id();

  /** {@return the file name extension without the dot, e.g. {@code xlsx}} */
  String fileExtension();

  /** {@return the media type of the output, e.g. {@code application/pdf}} */
  String mediaType();

  /** {@return a one-line description for listings such as {@code rusdialog formats}} */
  default String description() {
    return id();
  }

  /**
   * {@return whether this format publishes: a report made to be put before the public (the PDF, the
   * web page), as opposed to a working format (the workbook, JSON); false by default} A publishing
   * exporter refuses a dialogue that holds personal data unless the options allow it ({@link
   * io.github.rusdialog.privacy.PersonalData#requirePublishable}); the command line checks every
   * exporter that says it publishes before it writes anything.
   *
   * @since 0.2.0
   */
  default boolean publishes() {
    return false;
  }

  /**
   * {@return the settings this exporter reads from {@link ExportOptions#settings()}, all keyed {@code
   * <id>.<name>}; empty by default} An exporter should refuse keys in its namespace it does not
   * list ({@link ExporterSetting#requireKnown}).
   */
  default List<ExporterSetting> settings() {
    return List.of();
  }

  /**
   * Writes the dialogue to {@code out}, which is flushed but never closed.
   *
   * <p>Either the whole document is written or an exception is thrown; the exporter does not
   * clean up what it already wrote to {@code out}, so write to a temporary file and move it into
   * place when the call returns.
   *
   * @param dialogue the dialogue to write
   * @param options language, title, time stamp and settings
   * @param out where the document goes; flushed, not closed
   *
   * @throws IOException if writing to {@code out} fails
   * @throws ExportException if the dialogue cannot be represented faithfully in this format
   *     (for example a character no font can draw); nothing is lost silently
   */
  void export(Dialogue dialogue, ExportOptions options, OutputStream out) throws IOException;
}
