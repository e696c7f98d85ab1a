package io.github.rusdialog.json;

import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.read.DialogueReader;
import io.github.rusdialog.read.Input;
import io.github.rusdialog.read.ReadOptions;
import io.github.rusdialog.read.ReadResult;
import java.io.IOException;
import java.util.List;

/**
 * The {@link io.github.rusdialog.read.DialogueReader} of rusdialog JSON documents: it takes any
 * JSON content, and what is not a rusdialog document is refused as such. Found through {@link
 * java.util.ServiceLoader}; applications read with {@link io.github.rusdialog.read.DialogueReaders}.
 *
 * @since 0.2.0
 */
public final class JsonReader implements DialogueReader {
  /** Creates the reader; ServiceLoader calls this. */
  public JsonReader() {}

  @Override
  public String id() {
    return "json";
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("json");
  }

  @Override
  public boolean reads(Input input) {
    InvalidArgumentException.requireNonNull(input, "input");
    return input.kind() == Input.Kind.JSON;
  }

  @Override
  public ReadResult read(Input input, ReadOptions options) throws IOException {
    InvalidArgumentException.requireNonNull(input, "input");
    InvalidArgumentException.requireNonNull(options, "options");
    return ReadResult.of(JsonDialogueReader.create().withMaxDocumentBytes(options.maxBytes())
        .read(input.openStream(), input.name()), List.of());
  }
}
