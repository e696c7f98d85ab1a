package io.github.rusdialog.docx.internal;

import io.github.rusdialog.docx.DocxSummaryReader;
import io.github.rusdialog.internal.read.FormatReader;
import io.github.rusdialog.read.DialogueSource;
import io.github.rusdialog.read.ReadOptions;
import io.github.rusdialog.read.ReadResult;
import java.io.IOException;

/** The service provider of Word summaries: any Word content, whatever the file is called, read by {@link DocxSummaryReader}. */
public final class DocxProvider extends FormatReader {
  /** Creates the reader; ServiceLoader calls this. */
  public DocxProvider() {
    super("docx", DialogueSource.Kind.WORD, "docx");
  }

  @Override
  protected ReadResult readSource(DialogueSource source, ReadOptions options) throws IOException {
    return resultOf(DocxSummaryReader.withCatalogue(options.catalogue()).readDocument(source.openStream(), source.name()));
  }
}
