package io.github.rusdialog.markdown;

import io.github.rusdialog.read.DialogueReader;
import io.github.rusdialog.testkit.DialogueReaderContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The Markdown reader keeps the reader contract. */
class MarkdownReaderContractTest extends DialogueReaderContract {
  @Override
  protected DialogueReader reader() {
    return new io.github.rusdialog.markdown.internal.MarkdownProvider();
  }

  @Override
  protected Sample good() {
    try {
      return Sample.of("kommundialog-overkalix-2024-04-19.md",
          Files.readAllBytes(Path.of("..", "examples", "kommundialog-overkalix-2024-04-19.md")), "Kommundialog Överkalix");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected Sample broken() {
    return Sample.text("trasig.md", "# Möte 13/3 2024\n\n## Prioriteringar\n\n2. **A:** a\n2. **B:** b\n",
        "trasig.md:5: priority 2 comes first");
  }

  @Override
  protected Sample warned() {
    return Sample.text("tunn.md", "# Bolagsdagen 13/3 2024\n\nHej.\n", "");
  }
}
