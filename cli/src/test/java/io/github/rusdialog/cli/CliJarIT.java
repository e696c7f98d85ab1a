package io.github.rusdialog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the built {@code rusdialog.jar} as a separate process, as the README tells users to. */
class CliJarIT {

  @TempDir
  Path dir;

  private Process start(List<String> args) throws IOException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-jar",
        System.getProperty("rusdialog.jar")));
    command.addAll(args);
    return new ProcessBuilder(command).directory(Path.of("..").toFile())
        .redirectOutput(dir.resolve("stdout").toFile()).redirectError(dir.resolve("stderr").toFile()).start();
  }

  @Test
  void theJarExportsTheExampleWithoutLoggingNoise() throws Exception {
    Path out = dir.resolve("reports");
    Process process = start(List.of("export", "examples/bolagsdagen-2024-03-13.txt",
        "--format", "xlsx,pdf,json", "--out", out.toString()));
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String stderr = Files.readString(dir.resolve("stderr"), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(stderr).isZero();
    assertThat(stderr).as("nothing on stderr (no log4j or POI warnings)").isEmpty();
    assertThat(Files.readString(dir.resolve("stdout")).lines()).hasSize(3);
    for (String ext : List.of("xlsx", "pdf", "json")) {
      assertThat(out.resolve("bolagsdagen-2024-03-13." + ext)).isNotEmptyFile();
    }
  }

  @Test
  void twoRunsInSeparateJvmsWriteIdenticalBytes() throws Exception {
    for (String run : List.of("first", "second")) {
      Process process = start(List.of("export", "examples/bolagsdagen-2024-03-13.txt",
          "examples/kommundialog-overkalix-2024-04-19.md", "--out", dir.resolve(run).toString(),
          "--generated-at", "2024-06-01T12:00:00Z"));
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(process.exitValue()).isZero();
    }
    for (String ext : List.of("xlsx", "pdf", "json")) {
      assertThat(Files.readAllBytes(dir.resolve("first/dialog." + ext))).as(ext)
          .isEqualTo(Files.readAllBytes(dir.resolve("second/dialog." + ext)));
    }
  }

  @Test
  void theJarExitsOneWithAOneLineMessage() throws Exception {
    Path bad = dir.resolve("bad.txt");
    // UTF-8 ("ö" as C3 B6) with one Latin-1 byte: broken UTF-8, refused at its line (issue 33 reads a file
    // without any UTF-8 sequence as Windows-1252 instead).
    Files.write(bad, new byte[] {'M', (byte) 0xC3, (byte) 0xB6, 't', (byte) 0xF6, '\n'});
    Process process = start(List.of("validate", bad.toString()));
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(Files.readString(dir.resolve("stderr"))).isEqualTo(bad + ":1: the line is not valid UTF-8"
        + " (byte 0xF6 at byte 5 of the line); save the summary as UTF-8 text\n");
  }

  /** Issue 17: the launcher (class-data sharing, C1 only) writes the same bytes as java -jar. */
  @Test
  void theLauncherWritesTheSameReportsAsTheJarAndNothingElse() throws Exception {
    Path launcher = Path.of(System.getProperty("rusdialog.jar")).resolveSibling("rusdialog");
    assumeTrue(Files.isExecutable(launcher) && !System.getProperty("os.name").startsWith("Windows"));
    // -Xshare:on fails instead of ignoring the archive: it was made for this Java and is usable.
    Path archive = launcher.resolveSibling("rusdialog.jsa");
    Process shared = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:SharedArchiveFile=" + archive, "-Xshare:on", "-jar", System.getProperty("rusdialog.jar"), "--version")
        .redirectErrorStream(true).start();
    String sharedOutput = new String(shared.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(shared.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(shared.exitValue()).as(sharedOutput).isZero();
    assertThat(sharedOutput).startsWith("rusdialog ");
    String cmd = Files.readString(launcher.resolveSibling("rusdialog.cmd"), StandardCharsets.UTF_8);
    assertThat(cmd).contains("\r\n", "rusdialog.jsa", "-jar \"%DIR%rusdialog.jar\" %*");
    List<String> export = List.of("export", "examples/bolagsdagen-2024-03-13.txt", "--generated-at",
        "2024-06-01T12:00:00Z", "--out");
    Process jar = start(concat(export, dir.resolve("jar").toString()));
    assertThat(jar.waitFor(120, TimeUnit.SECONDS)).isTrue();
    List<String> command = new java.util.ArrayList<>(List.of(launcher.toString()));
    command.addAll(concat(export, dir.resolve("launcher").toString()));
    Process process = new ProcessBuilder(command).directory(Path.of("..").toFile())
        .redirectOutput(dir.resolve("launcher-stdout").toFile())
        .redirectError(dir.resolve("launcher-stderr").toFile()).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String stderr = Files.readString(dir.resolve("launcher-stderr"), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(stderr).isZero();
    assertThat(stderr).as("no class-data-sharing or JVM messages").isEmpty();
    for (String ext : List.of("xlsx", "pdf", "json")) {
      assertThat(Files.readAllBytes(dir.resolve("launcher/bolagsdagen-2024-03-13." + ext))).as(ext)
          .isEqualTo(Files.readAllBytes(dir.resolve("jar/bolagsdagen-2024-03-13." + ext)));
    }
  }

  private static List<String> concat(List<String> first, String last) {
    List<String> all = new java.util.ArrayList<>(first);
    all.add(last);
    return all;
  }
}
