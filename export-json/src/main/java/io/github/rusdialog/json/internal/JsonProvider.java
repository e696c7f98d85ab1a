package io.github.rusdialog.json.internal;

import io.github.rusdialog.internal.read.FormatReader;
import io.github.rusdialog.json.JsonDialogueReader;
import io.github.rusdialog.read.DialogueSource;
import io.github.rusdialog.read.ReadOptions;
import io.github.rusdialog.read.ReadResult;
import java.io.IOException;
import java.util.List;

/**
 * The service provider of rusdialog JSON documents: any JSON content, read by {@link
 * JsonDialogueReader}; what is not a rusdialog document is refused as such.
 */
public final class JsonProvider extends FormatReader {
  /** Creates the reader; ServiceLoader calls this. */
  public JsonProvider() {
    super("json", DialogueSource.Kind.JSON, "json");
  }

  @Override
  protected ReadResult readSource(DialogueSource source, ReadOptions options) throws IOException {
    return ReadResult.of(JsonDialogueReader.create().withMaxDocumentBytes(options.maxBytes())
        .read(source.openStream(), source.name()), List.of());
  }
}
