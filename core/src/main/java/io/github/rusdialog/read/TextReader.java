package io.github.rusdialog.read;

import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.text.Summary;
import io.github.rusdialog.text.SummaryReader;
import java.io.IOException;
import java.util.List;

/** Summaries in plain text, by core's own line rules: always there, whatever else is on the path. */
final class TextReader implements DialogueReader {
  /** Markdown is text too, but read as CommonMark by its own reader, never by line rules. */
  static final List<String> MARKDOWN = List.of("md", "markdown");

  @Override
  public String id() {
    return "text";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("txt");
  }

  @Override
  public boolean reads(Input input) {
    InvalidArgumentException.requireNonNull(input, "input");
    return input.kind() == Input.Kind.TEXT && !MARKDOWN.contains(input.extension());
  }

  @Override
  public ReadResult read(Input input, ReadOptions options) throws IOException {
    InvalidArgumentException.requireNonNull(input, "input");
    InvalidArgumentException.requireNonNull(options, "options");
    Summary summary = SummaryReader.withCatalogue(options.catalogue()).read(input.openStream(), input.name());
    return ReadResult.of(summary.toDialogue(), summary.warnings().stream().map(ReadWarning::of).toList());
  }
}
