package io.github.rusdialog.excel.internal;

import io.github.rusdialog.excel.WorkbookImport;
import io.github.rusdialog.excel.WorkbookReader;
import io.github.rusdialog.internal.read.FormatReader;
import io.github.rusdialog.read.DialogueSource;
import io.github.rusdialog.read.ReadOptions;
import io.github.rusdialog.read.ReadResult;
import java.io.IOException;

/**
 * The service provider of workbooks rusdialog exported or made as a template, with the analysts'
 * edits: any Excel content, read by {@link WorkbookReader}; a workbook of another shape is refused
 * naming what is missing.
 */
public final class XlsxProvider extends FormatReader {
  /** Creates the reader; ServiceLoader calls this. */
  public XlsxProvider() {
    super("xlsx", DialogueSource.Kind.EXCEL, "xlsx");
  }

  @Override
  protected ReadResult readSource(DialogueSource source, ReadOptions options) throws IOException {
    WorkbookImport workbook = WorkbookReader.create().read(source.openStream(), source.name());
    return resultOf(workbook.dialogue(), workbook.warnings());
  }
}
