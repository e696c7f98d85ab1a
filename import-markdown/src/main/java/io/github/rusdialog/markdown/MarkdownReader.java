package io.github.rusdialog.markdown;

import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.read.DialogueReader;
import io.github.rusdialog.read.Input;
import io.github.rusdialog.read.ReadOptions;
import io.github.rusdialog.read.ReadResult;
import io.github.rusdialog.read.ReadWarning;
import io.github.rusdialog.text.Summary;
import java.io.IOException;
import java.util.List;

/**
 * The {@link io.github.rusdialog.read.DialogueReader} of meeting summaries in Markdown, read as
 * CommonMark: text named {@code .md} or {@code .markdown} (text under other names is read by the
 * text rules). Found through {@link java.util.ServiceLoader}; applications read with {@link
 * io.github.rusdialog.read.DialogueReaders}.
 *
 * @since 0.2.0
 */
public final class MarkdownReader implements DialogueReader {
  /** Creates the reader; ServiceLoader calls this. */
  public MarkdownReader() {}

  @Override
  public String id() {
    return "markdown";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("md", "markdown");
  }

  @Override
  public boolean reads(Input input) {
    InvalidArgumentException.requireNonNull(input, "input");
    return input.kind() == Input.Kind.TEXT && fileExtensions().contains(input.extension());
  }

  @Override
  public ReadResult read(Input input, ReadOptions options) throws IOException {
    InvalidArgumentException.requireNonNull(input, "input");
    InvalidArgumentException.requireNonNull(options, "options");
    Summary summary = MarkdownSummaryReader.withCatalogue(options.catalogue()).read(input.openStream(),
        input.name());
    return ReadResult.of(summary.toDialogue(), summary.warnings().stream().map(ReadWarning::of).toList());
  }
}
