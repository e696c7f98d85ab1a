package io.github.rusdialog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 17: all or nothing across reports — the output folder is exactly as before a failed run. */
class ReportFilesTest {
  private static final Path SEED = Path.of("..", "examples", "bolagsdagen-2024-03-13.txt");

  @TempDir
  Path dir;

  /** Every file in the folder and its bytes. */
  private Map<String, String> folder(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      Map<String, String> contents = new TreeMap<>();
      for (Path file : files.collect(Collectors.toList())) {
        contents.put(file.getFileName().toString(), Files.isDirectory(file) ? "<folder>"
            : new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
      return contents;
    }
  }

  @ParameterizedTest(name = "a folder where the {0} report goes")
  @ValueSource(strings = {"xlsx", "pdf", "json"})
  void aBlockedTargetOfAnyFormatLeavesTheEarlierReportsAsTheyWere(String blocked) throws IOException {
    Path out = dir.resolve("reports");
    assertThat(Cli.run("export", SEED.toString(), "--out", out.toString(), "--generated-at",
        "2024-03-14T09:30:00Z").exitCode).isZero();
    Path target = out.resolve("bolagsdagen-2024-03-13." + blocked);
    Files.delete(target);
    Files.createDirectory(target);
    Map<String, String> before = folder(out);
    Cli cli = Cli.run("export", SEED.toString(), "--out", out.toString(), "--generated-at", "2025-01-01T00:00:00Z");
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err).startsWith(target + ": is a folder");
    assertThat(folder(out)).isEqualTo(before);
  }

  @Test
  void aFailureOnTheLastMovePutsBackWhatWasReplacedAndRemovesWhatWasAdded() throws IOException {
    Path out = Files.createDirectories(dir.resolve("reports"));
    Files.writeString(out.resolve("a.txt"), "earlier a");
    Files.writeString(out.resolve("b.txt"), "earlier b");
    Map<String, String> before = folder(out);
    ReportFiles files = new ReportFiles((from, to) -> {
      if (to.getFileName().toString().equals("c.txt")) {
        throw new IOException("injected: disk gone at the last move");
      }
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    });
    for (String name : List.of("a.txt", "b.txt", "c.txt")) {
      files.add(out.resolve(name), stream -> stream.write(("new " + name).getBytes(StandardCharsets.UTF_8)));
    }
    assertThatThrownBy(files::writeAll).isInstanceOf(IOException.class).hasMessageContaining("injected");
    assertThat(folder(out)).isEqualTo(before);
  }

  @Test
  void aFailingReportLeavesNoFileAndNoNewFolder() throws IOException {
    Path out = dir.resolve("new/reports");
    ReportFiles files = new ReportFiles();
    files.add(out.resolve("a.txt"), stream -> stream.write(1));
    files.add(out.resolve("b.txt"), stream -> {
      throw new IOException("injected: the exporter failed");
    });
    assertThatThrownBy(files::writeAll).hasMessageContaining("injected");
    assertThat(dir.resolve("new")).doesNotExist();
  }

  @Test
  void writesEveryReportWhenAllSucceed() throws IOException {
    Path out = dir.resolve("reports");
    ReportFiles files = new ReportFiles();
    for (String name : List.of("a.txt", "b.txt", "c.txt")) {
      files.add(out.resolve(name), stream -> stream.write(name.getBytes(StandardCharsets.UTF_8)));
    }
    assertThat(files.writeAll()).hasSize(3);
    assertThat(folder(out)).containsOnlyKeys("a.txt", "b.txt", "c.txt").containsEntry("b.txt", "b.txt");
  }
}
