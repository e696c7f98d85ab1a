package io.github.rusdialog.json;

import io.github.rusdialog.read.DialogueReader;
import io.github.rusdialog.testkit.DialogueReaderContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The JSON reader keeps the reader contract. */
class JsonReaderContractTest extends DialogueReaderContract {
  @Override
  protected DialogueReader reader() {
    return new io.github.rusdialog.json.internal.JsonProvider();
  }

  @Override
  protected Sample good() {
    try {
      return Sample.of("bolagsdagen-2024-03-13.json",
          Files.readAllBytes(Path.of("..", "examples", "bolagsdagen-2024-03-13.json")), "Bolagsdagen");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected Sample broken() {
    return Sample.text("trasig.json", "{\"format\": \"rusdialog\", \"version\": 1, \"dialogue\": {\"strategicAreas\": [],"
        + " \"meetings\": [{\"title\": 1}]}}", "$.dialogue.meetings[0].title: expected a string");
  }
}
