package io.github.rusdialog.excel;

import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.read.DialogueReader;
import io.github.rusdialog.read.Input;
import io.github.rusdialog.read.ReadOptions;
import io.github.rusdialog.read.ReadResult;
import io.github.rusdialog.read.ReadWarning;
import java.io.IOException;
import java.util.List;

/**
 * The {@link io.github.rusdialog.read.DialogueReader} of workbooks rusdialog exported or made as a
 * template, with the analysts' edits: it takes any Excel content, and a workbook of another shape is
 * refused naming what is missing. Found through {@link java.util.ServiceLoader}; applications read
 * with {@link io.github.rusdialog.read.DialogueReaders}.
 *
 * @since 0.2.0
 */
public final class XlsxReader implements DialogueReader {
  /** Creates the reader; ServiceLoader calls this. */
  public XlsxReader() {}

  @Override
  public String id() {
    return "xlsx";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("xlsx");
  }

  @Override
  public boolean reads(Input input) {
    InvalidArgumentException.requireNonNull(input, "input");
    return input.kind() == Input.Kind.EXCEL;
  }

  @Override
  public ReadResult read(Input input, ReadOptions options) throws IOException {
    InvalidArgumentException.requireNonNull(input, "input");
    InvalidArgumentException.requireNonNull(options, "options");
    WorkbookImport workbook = WorkbookReader.create().read(input.openStream(), input.name());
    return ReadResult.of(workbook.dialogue(), workbook.warnings().stream().map(ReadWarning::of).toList());
  }
}
