package io.github.rusdialog.docx;

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
 * The {@link io.github.rusdialog.read.DialogueReader} of meeting summaries in Word: it takes any Word
 * content, whatever the file is called. Found through {@link java.util.ServiceLoader}; applications
 * read with {@link io.github.rusdialog.read.DialogueReaders}.
 *
 * @since 0.2.0
 */
public final class DocxReader implements DialogueReader {
  /** Creates the reader; ServiceLoader calls this. */
  public DocxReader() {}

  @Override
  public String id() {
    return "docx";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("docx");
  }

  @Override
  public boolean reads(Input input) {
    InvalidArgumentException.requireNonNull(input, "input");
    return input.kind() == Input.Kind.WORD;
  }

  @Override
  public ReadResult read(Input input, ReadOptions options) throws IOException {
    InvalidArgumentException.requireNonNull(input, "input");
    InvalidArgumentException.requireNonNull(options, "options");
    Summary summary = DocxSummaryReader.withCatalogue(options.catalogue()).read(input.openStream(), input.name());
    return ReadResult.of(summary.toDialogue(), summary.warnings().stream().map(ReadWarning::of).toList());
  }
}
