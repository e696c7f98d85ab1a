package io.github.rusdialog.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.testkit.SampleMeetings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The JSON files in {@code examples/} are what a new user runs first: they must stay valid. */
class ExamplesTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void everyExampleValidatesAgainstTheSchemaAndReads() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json"))::iterator) {
        SchemaCheck.assertValid(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(JsonDialogueReader.create().read(file).meetings()).as(file.toString()).isNotEmpty();
      }
    }
  }

  @Test
  void theSeedExampleIsTheSeedMeetingAsTheExporterWritesIt() throws IOException {
    Path seed = EXAMPLES.resolve("bolagsdagen-2024-03-13.json");
    assertThat(JsonDialogueReader.create().read(seed)).isEqualTo(SampleMeetings.seedDialogue());
    assertThat(Files.readString(seed, StandardCharsets.UTF_8))
        .isEqualTo(JsonRoundTripTest.toJson(SampleMeetings.seedDialogue()));
  }

  @Test
  void filesOfVersion1ReadAsTheirVersion2Form() throws IOException, java.net.URISyntaxException {
    Path version1 = Path.of(ExamplesTest.class.getResource("version-1").toURI());
    for (String name : new String[] {"bolagsdagen-2024-03-13.json", "kommundialog-overkalix-2024-04-19.json"}) {
      assertThat(Files.readString(version1.resolve(name), StandardCharsets.UTF_8)).contains("\"version\": 1,")
          .doesNotContain("attendees");
      assertThat(JsonDialogueReader.create().read(version1.resolve(name)))
          .isEqualTo(JsonDialogueReader.create().read(EXAMPLES.resolve(name)));
    }
  }
}
