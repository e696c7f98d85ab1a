package io.github.rusdialog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.json.JsonDialogueReader;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.StrategicArea;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --areas}, {@code --name}, {@code --organiser}, {@code --strict} and summary warnings. */
class ReadOptionsTest {
  private static final Path OTHER_REGION = Path.of("..", "examples", "other-region");
  private static final String AREAS = OTHER_REGION.resolve("strategic-areas.txt").toString();
  private static final String SUMMARY = OTHER_REGION.resolve("ungdomsdialog-exempelby-2025-09-18.md").toString();

  @TempDir
  Path dir;

  @Test
  void readsAnotherRegionsSummaryWithItsAreas() throws IOException {
    Path out = dir.resolve("exempel.json");
    Cli cli = Cli.run("import", SUMMARY, "--areas", AREAS, "--out", out.toString());
    assertThat(cli.exitCode).as(cli.toString()).isZero();
    assertThat(cli.err).isEmpty();
    Dialogue dialogue = JsonDialogueReader.create().read(out);
    assertThat(dialogue.strategicAreas()).extracting(StrategicArea::id)
        .containsExactly("green-transition", "places", "skills");
    assertThat(dialogue.meetings().get(0).area("places").orElseThrow().opportunities()).hasSize(1);
    assertThat(dialogue.organiser()).hasValue("Region Exempellän");
  }

  @Test
  void refusesAnotherRegionsSummaryWithoutItsAreasPointingToTheOption() {
    Cli cli = Cli.run("validate", SUMMARY);
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err).startsWith(SUMMARY + ":14: \"Grön omställning och hållbar energi\" stands as a"
        + " heading, but is no strategic area of the catalogue").contains("(--areas)");
  }

  @Test
  void printsWarningsAndExitsZeroOrFailsWithStrict() throws IOException {
    Path summary = write("tunn.txt", "Möte 13/3 2024\n\nEtt möte utan mer.\n");
    Cli lenient = Cli.run("validate", summary.toString());
    assertThat(lenient.exitCode).as(lenient.toString()).isZero();
    assertThat(lenient.err.lines()).containsExactly(
        summary + ":1: warning: the meeting has no participants: end the intro with \"I just det här"
            + " mötet deltog företrädare för:\" and list the groups",
        summary + ":1: warning: the meeting has no priorities: list them numbered under \"Mest"
            + " prioriterade områden enligt deltagarna\"",
        summary + ":1: warning: the meeting has no strategic area input: no heading matches the"
            + " catalogue's areas (\"Goda möjligheter till kultur, boende, arbete och välfärd\", \"Väl"
            + " fungerande kompetensförsörjning och kompetensutveckling\", \"Innovation och förnyelse samt"
            + " entreprenörskap och företagande\", \"God tillgänglighet genom digital kommunikation och"
            + " transportsystem\")");
    Path out = dir.resolve("out");
    Cli strict = Cli.run("export", summary.toString(), "--strict", "--out", out.toString());
    assertThat(strict.exitCode).isEqualTo(1);
    assertThat(strict.err).startsWith(summary + ":1: the meeting has no participants")
        .contains("(strict reading makes this warning an error)");
    assertThat(out).doesNotExist();
  }

  @Test
  void namesTheDialogueWhereNoInputDoes() throws IOException {
    Path summary = write("namnlos.md", "# Möte 13/3 2024\n\nHär deltog företrädare för:\n- Unga\n");
    Path out = dir.resolve("d.json");
    Cli cli = Cli.run("import", summary.toString(), "--name", "Länsdialogen", "--organiser",
        "Region Exempellän", "--out", out.toString());
    assertThat(cli.exitCode).as(cli.toString()).isZero();
    Dialogue dialogue = JsonDialogueReader.create().read(out);
    assertThat(dialogue.name()).hasValue("Länsdialogen");
    assertThat(dialogue.organiser()).hasValue("Region Exempellän");
  }

  @Test
  void keepsTheNameTheSummaryGives() throws IOException {
    Path out = dir.resolve("d.json");
    Cli cli = Cli.run("import", SUMMARY, "--areas", AREAS, "--name", "Annat", "--out", out.toString());
    assertThat(cli.exitCode).as(cli.toString()).isZero();
    assertThat(JsonDialogueReader.create().read(out).name()).hasValue("Länsdialogen");
  }

  @Test
  void refusesABadAreasFileNamingItsLine() throws IOException {
    Path areas = write("areas.txt", "# areas\nskills: Kompetens\nBara en titel\n");
    Cli cli = Cli.run("validate", SUMMARY, "--areas", areas.toString());
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err.strip()).isEqualTo(areas + ":3: \"Bara en titel\" is not an area; write one area"
        + " per line as \"id: title\", e.g. \"skills: Väl fungerande kompetensförsörjning\"");
    Path twice = write("twice.txt", "a: Ett\nb: ett\n");
    assertThat(Cli.run("validate", SUMMARY, "--areas", twice.toString()).err.strip())
        .isEqualTo(twice + ":2: title: \"ett\" is used twice");
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void saysWhenTheAreasFileIsMissing() {
    Path missing = dir.resolve("saknas.txt");
    Cli cli = Cli.run("validate", SUMMARY, "--areas", missing.toString());
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err.strip()).isEqualTo(missing + ": no such file (given with --areas)");
  }

  @Test
  void refusesTheSameMeetingInTwoInputsNamingBothFiles() throws IOException {
    Path copy = Files.copy(Path.of("..", "examples", "bolagsdagen-2024-03-13.txt"), dir.resolve("kopia.txt"));
    Path seed = Path.of("..", "examples", "bolagsdagen-2024-03-13.txt");
    Cli cli = Cli.run("validate", seed.toString(), copy.toString());
    assertThat(cli.exitCode).isEqualTo(1);
    assertThat(cli.err.strip()).isEqualTo(copy + ": meetings[0].id: \"bolagsdagen-2024-03-13\" is also in " + seed
        + "; each meeting may appear once");
  }
}
