package io.github.rusdialog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 50 MB summary (made by the test) is read, validated and exported to JSON without trouble. */
class LargeSummaryTest {

  @Test
  void validatesAndExportsA50MegabyteSummary(@TempDir Path dir) throws IOException {
    Path summary = dir.resolve("stor.txt");
    int items = 0;
    try (BufferedWriter out = Files.newBufferedWriter(summary, StandardCharsets.UTF_8)) {
      String head = "Stor dialog 13/3 2024\n\nGod tillgänglighet genom digital kommunikation och"
          + " transportsystem\n\nMöjligheter:\n\n";
      out.write(head);
      long written = head.getBytes(StandardCharsets.UTF_8).length;
      while (written < 50L * 1024 * 1024) {
        String line = "- Förslag " + items++ + ": bättre bussförbindelser längs älvdalen och fiber till varje by, ŋ đ ŧ.\n";
        out.write(line);
        written += line.getBytes(StandardCharsets.UTF_8).length;
      }
    }
    assertThat(Files.size(summary)).isGreaterThanOrEqualTo(50L * 1024 * 1024);
    Cli validate = Cli.run("validate", summary.toString());
    assertThat(validate.exitCode).as(validate.toString()).isZero();
    Cli export = Cli.run("export", summary.toString(), "--format", "json", "--out", dir.resolve("out").toString());
    assertThat(export.exitCode).as(export.toString()).isZero();
    String json = Files.readString(dir.resolve("out/stor.json"));
    assertThat(json).contains("\"text\": \"Förslag " + (items - 1) + ":");
  }
}
