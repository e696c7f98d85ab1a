package io.github.rusdialog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.read.DialogueReaders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input, made by the test, through the command line and through the library: each gives the
 * documented exit code and a one-line message naming file and place, writes nothing, and leaves
 * the reports of an earlier run untouched.
 */
class BadInputCorpusTest {
  private static final String VALID_JSON_HEAD = "{\"format\": \"rusdialog\", \"version\": 1, \"dialogue\": "
      + "{\"strategicAreas\": [{\"id\": \"skills\", \"title\": \"Kompetens\"}], \"meetings\": [";

  @TempDir
  Path dir;

  static Stream<Arguments> corpus() {
    Random random = new Random(20240313);
    byte[] binary = new byte[4096];
    random.nextBytes(binary);
    // UTF-8 with one Latin-1 byte in it ("N\u00e4ringsliv" saved by another program): refused at its line. A file
    // without a single UTF-8 sequence is read as Windows-1252 with a warning (issue 33), so it is no bad input.
    byte[] head = "Bolagsdagen 13/3 2024\n\nHär deltog företrädare för: ".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "Näringsliv\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] latin1 = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, latin1, head.length, tail.length);
    return Stream.of(
        Arguments.of("truncated.json", bytes(VALID_JSON_HEAD + "{\"title\": \"A\", \"date\": \"2024-"),
            "truncated\\.json:1:\\d+: \\$.*: not valid JSON: Unexpected end-of-input.*"),
        Arguments.of("deep.json", bytes(VALID_JSON_HEAD + "[".repeat(200_000)),
            "deep\\.json:1:\\d+: \\$\\.dialogue\\.meetings\\[0\\]: expected a meeting object, got an array"),
        Arguments.of("wrongtype.json", bytes(VALID_JSON_HEAD + "{\"title\": \"A\", \"date\": \"2024-01-01\","
            + " \"areas\": [{\"area\": \"skills\", \"opportunities\": [{\"text\": 42}]}]}]}}"),
            "wrongtype\\.json:1:\\d+: \\$\\.dialogue\\.meetings\\[0\\]\\.areas\\[0\\]\\.opportunities\\[0\\]\\.text:"
                + " expected a string, got number 42"),
        Arguments.of("format.json", bytes("{\"format\": \"other\", \"version\": 1}"),
            "format\\.json:1:12: \\$\\.format: format is \"other\", not \"rusdialog\".*"),
        Arguments.of("version.json", bytes("{\"format\": \"rusdialog\", \"version\": 7}"),
            "version\\.json:1:\\d+: \\$\\.version: version 7 is not supported.*"),
        Arguments.of("dupkey.json", bytes("{\"format\": \"rusdialog\", \"format\": \"rusdialog\"}"),
            "dupkey\\.json:1:\\d+: \\$\\.format: not valid JSON: Duplicate Object property \"format\""),
        Arguments.of("duprank.json", bytes(VALID_JSON_HEAD + "{\"title\": \"A\", \"date\": \"2024-01-01\","
            + " \"priorities\": [{\"rank\": 1, \"title\": \"x\"}, {\"rank\": 1, \"title\": \"y\"}]}]}}"),
            "duprank\\.json:1:\\d+: \\$\\.dialogue\\.meetings\\[0\\]\\.priorities\\[1\\]\\.rank: 1 is used twice.*"),
        Arguments.of("control.json", bytes(VALID_JSON_HEAD + "{\"title\": \"A\\u0007\", \"date\": \"2024-01-01\"}]}}"),
            "control\\.json:1:\\d+: \\$\\.dialogue\\.meetings\\[0\\]\\.title: control character U\\+0007.*"),
        Arguments.of("surrogate.json", bytes(VALID_JSON_HEAD + "{\"title\": \"A\\udc00\", \"date\": \"2024-01-01\"}]}}"),
            "surrogate\\.json:1:\\d+: \\$\\.dialogue\\.meetings\\[0\\]\\.title: lone surrogate U\\+DC00.*"),
        Arguments.of("empty.json", new byte[0], "empty\\.json:1:1: the file is empty.*"),
        Arguments.of("empty.txt", new byte[0], "empty\\.txt:1: the summary is empty.*"),
        Arguments.of("latin1.txt", latin1, "latin1\\.txt:3: the line is not valid UTF-8 \\(byte 0xE4.*"),
        Arguments.of("random.txt", binary, "random\\.txt: is a binary file, not a meeting summary; give .*"),
        Arguments.of("nowhere.md", bytes("# Möte 13/3 2024\n\n## Mest prioriterade områden enligt deltagarna\n\n"
            + "1. A\n\nVad är detta?\n"), "nowhere\\.md:7: \"Vad är detta\\?\" fits nowhere.*"));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void theCommandLineRefusesItAndLeavesEarlierReportsAlone(String name, byte[] content, String message)
      throws IOException {
    Path input = dir.resolve(name);
    Files.write(input, content);
    Path out = dir.resolve("reports");
    Files.createDirectories(out);
    String base = name.substring(0, name.lastIndexOf('.'));
    for (String ext : new String[] {"json", "pdf", "xlsx", "html"}) {
      Files.writeString(out.resolve(base + "." + ext), "an earlier, good " + ext + " report");
    }
    Map<Path, String> before = snapshot(out);

    Cli cli = Cli.run("export", input.toString(), "--out", out.toString());

    assertThat(cli.exitCode).as(cli.toString()).isEqualTo(1);
    assertThat(cli.err.lines()).as(cli.toString()).hasSize(1);
    String line = cli.err.strip();
    assertThat(line).startsWith(input.toString());
    assertThat(line.substring(input.toString().length() - name.length())).matches(message);
    assertThat(cli.err).doesNotContain("\tat ", "Exception");
    assertThat(cli.out).isEmpty();
    assertThat(snapshot(out)).as("the output folder is untouched").isEqualTo(before);

    Cli validate = Cli.run("validate", input.toString());
    assertThat(validate.exitCode).isEqualTo(1);
    assertThat(validate.err.strip()).isEqualTo(line);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void theLibraryThrowsOnlyItsDocumentedException(String name, byte[] content, String message)
      throws IOException {
    Path input = dir.resolve(name);
    Files.write(input, content);
    Throwable thrown = catchThrowable(() -> DialogueReaders.load().read(input));
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    assertThat(thrown.getMessage().substring(input.toString().length() - name.length())).matches(message);
  }

  /** File names and contents (as Latin-1 text, which maps bytes one to one) of a folder. */
  private static Map<Path, String> snapshot(Path dir) throws IOException {
    Map<Path, String> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : (Iterable<Path>) list::iterator) {
        files.put(file.getFileName(), new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }
}
