package io.github.rusdialog.internal.read;

import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.read.DialogueReader;
import io.github.rusdialog.read.DialogueSource;
import io.github.rusdialog.read.MatchStrength;
import io.github.rusdialog.read.ReadOptions;
import io.github.rusdialog.read.ReadResult;
import io.github.rusdialog.read.ReadWarning;
import io.github.rusdialog.text.Summary;
import io.github.rusdialog.text.SummaryDocument;
import io.github.rusdialog.text.SummaryWarning;
import java.io.IOException;
import java.util.List;

/**
 * The one shape of rusdialog's own readers: an id, the extensions, the kind of content the reader
 * owns, and the format's public reader called on the source. Subclasses are the service providers
 * of their modules, in packages no module exports.
 */
public abstract class FormatReader implements DialogueReader {
  private final String id;
  private final DialogueSource.Kind kind;
  private final List<String> extensions;

  /**
   * Creates the reader.
   *
   * @param id the reader's id
   * @param kind the kind of content the reader reads
   * @param extensions the file extensions of its sources, the first the usual one
   */
  protected FormatReader(String id, DialogueSource.Kind kind, String... extensions) {
    this.id = id;
    this.kind = kind;
    this.extensions = List.of(extensions);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final List<String> fileExtensions() {
    return extensions;
  }

  /**
   * {@return a full match for content of the reader's kind, which no other reader reads; for an
   * empty source under the reader's extension, inconclusive, so that the reader says what it
   * should hold}
   */
  @Override
  public MatchStrength match(DialogueSource source) {
    InvalidArgumentException.requireNonNull(source, "source");
    if (source.kind() == kind) {
      return MatchStrength.FULL_MATCH;
    }
    return source.kind() == DialogueSource.Kind.EMPTY && extensions.contains(source.extension())
        ? MatchStrength.INCONCLUSIVE : MatchStrength.NO_MATCH;
  }

  @Override
  public final ReadResult read(DialogueSource source, ReadOptions options) throws IOException {
    InvalidArgumentException.requireNonNull(source, "source");
    InvalidArgumentException.requireNonNull(options, "options");
    return readSource(source, options);
  }

  /**
   * Reads a source whose arguments are checked.
   *
   * @param source the source
   * @param options the options
   * @return what was read
   * @throws IOException as {@link #read}
   */
  protected abstract ReadResult readSource(DialogueSource source, ReadOptions options) throws IOException;

  /**
   * {@return a summary as a read result: the meeting as a dialogue of one, its warnings with their
   * places}
   *
   * @param summary the summary read
   */
  protected static ReadResult resultOf(Summary summary) {
    return resultOf(summary.toDialogue(), summary.warnings());
  }

  /**
   * {@return a document's meetings as one dialogue, with every warning and its place}
   *
   * @param document the document read
   */
  protected static ReadResult resultOf(SummaryDocument document) {
    return resultOf(document.toDialogue(), document.warnings());
  }

  /**
   * {@return a dialogue and a summary or workbook reader's warnings as a read result}
   *
   * @param dialogue the dialogue read
   * @param warnings the warnings, each with its line or place
   */
  protected static ReadResult resultOf(Dialogue dialogue, List<SummaryWarning> warnings) {
    return ReadResult.of(dialogue, warnings.stream().map(FormatReader::warning).toList());
  }

  private static ReadWarning warning(SummaryWarning warning) {
    return warning.line() > 0 ? ReadWarning.atLine(warning.source(), warning.line(), warning.message())
        : ReadWarning.of(warning.source(), warning.place().orElse(""), warning.message());
  }
}
