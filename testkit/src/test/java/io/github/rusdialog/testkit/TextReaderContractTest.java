package io.github.rusdialog.testkit;

import io.github.rusdialog.read.DialogueReader;
import io.github.rusdialog.read.DialogueReaders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Core's own text reader keeps the reader contract. */
class TextReaderContractTest extends DialogueReaderContract {
  @Override
  protected DialogueReader reader() {
    return DialogueReaders.of(java.util.List.of()).readers().stream()
        .filter(reader -> reader.id().equals("text")).findFirst().orElseThrow();
  }

  @Override
  protected Sample good() {
    try {
      return Sample.of("bolagsdagen-2024-03-13.txt",
          Files.readAllBytes(Path.of("..", "examples", "bolagsdagen-2024-03-13.txt")), "Bolagsdagen");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected Sample broken() {
    return Sample.text("trasig.txt", "Bolagsdagen 13/3 2024\n\nMest prioriterade områden enligt deltagarna\n\n"
        + "1. Boende\n3. Skola\n", "trasig.txt:6: priority 3 follows priority 1");
  }

  @Override
  protected Sample warned() {
    return Sample.text("tunn.txt", "Bolagsdagen 13/3 2024\n\nHej.\n", "");
  }
}
