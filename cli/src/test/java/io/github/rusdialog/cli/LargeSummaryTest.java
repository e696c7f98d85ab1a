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
    // Refused by default, a summary is a few kilobytes: most likely the wrong file.
    Cli refused = Cli.run("validate", summary.toString());
    assertThat(refused.exitCode).isEqualTo(1);
    assertThat(refused.err).isEqualTo(summary + ": is 52.4 MB, more than the limit of 32.0 MB for one input;"
        + " a meeting summary is a few kilobytes, so check that this is the file you meant. To read it anyway,"
        + " raise the limit (ReadOptions.withMaxBytes, --max-size on the command line)\n");
    Cli validate = Cli.run("validate", summary.toString(), "--max-size", "64");
    assertThat(validate.exitCode).as(validate.toString()).isZero();
    Cli export = Cli.run("export", summary.toString(), "--max-size", "64", "--format", "json",
        "--out", dir.resolve("out").toString());
    assertThat(export.exitCode).as(export.toString()).isZero();
    String json = Files.readString(dir.resolve("out/stor.json"));
    assertThat(json).contains("\"text\": \"Förslag " + (items - 1) + ":");
  }
}
