package io.github.rusdialog.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StrategicArea;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12: summaries that deviate from the template are read to the structure a person reading
 * them sees, or refused at the line that deviates — never filed in the wrong place.
 */
class SummaryNearMissTest {
  private static final Path SEED = Path.of("..", "examples", "bolagsdagen-2024-03-13.txt");
  private static final SummaryReader READER = SummaryReader.create();
  private static final String SKILLS_TITLE = "Väl fungerande kompetensförsörjning och kompetensutveckling";

  private static String seed() throws IOException {
    return Files.readString(SEED, StandardCharsets.UTF_8);
  }

  private static Summary read(String text) throws SummaryFormatException {
    return READER.read(text, "test.txt");
  }

  private static SummaryFormatException failure(String text) {
    SummaryFormatException e = catchThrowableOfType(SummaryFormatException.class, () -> read(text));
    assertThat(e).as("expected a SummaryFormatException").isNotNull();
    return e;
  }

  /** The 1-based number of the only line that is exactly {@code line}. */
  private static int lineOf(String text, String line) {
    List<String> lines = List.of(text.split("\n", -1));
    assertThat(lines.stream().filter(line::equals).count()).as(line).isEqualTo(1);
    return lines.indexOf(line) + 1;
  }

  private static String replaceLine(String text, String from, String to) {
    lineOf(text, from);
    return text.replace("\n" + from + "\n", "\n" + to + "\n");
  }

  private static List<String> texts(List<? extends AreaItem> items) {
    return items.stream().map(AreaItem::text).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Svagheter:", "Hot:", "**Styrkor:**", "## Risker"})
  void refusesALabelThatMeansSomethingElseAtItsLine(String label) throws IOException {
    String text = seed();
    int first = text.indexOf("\nUtmaningar:\n");
    String mutant = text.substring(0, first) + "\n" + label + "\n" + text.substring(first + 13);
    SummaryFormatException e = failure(mutant);
    assertThat(e.line()).isEqualTo(lineOf(mutant, label));
    assertThat(e.problem()).contains("which the summary format does not record")
        .contains("\"Möjligheter:\", \"Utmaningar:\", \"Relaterade insikter:\"");
  }

  @Test
  void refusesAnUnknownLabelListingTheLabelsKnownThere() throws IOException {
    String mutant = replaceLine(seed(), "Detta område nämns inte direkt i svaren, men relaterade insikter"
        + " kan inkludera:", "Förslag:");
    SummaryFormatException e = failure(mutant);
    assertThat(e.line()).isEqualTo(lineOf(mutant, "Förslag:"));
    assertThat(e.problem()).isEqualTo("\"Förslag:\" is not a label rusdialog knows; labels known under"
        + " a strategic area: \"Möjligheter:\", \"Utmaningar:\", \"Relaterade insikter:\"");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Deltagarnas prioriteringar", "Prioriterade områden:", "## Prioriteringar",
      "**DELTAGARNAS PRIORITERINGAR**", "Mest prioriterade omraden enligt deltagarna"})
  void readsThePrioritiesUnderAnyKnownWordingOfTheirHeading(String heading) throws IOException {
    Meeting expected = read(seed()).meeting();
    Meeting meeting = read(replaceLine(seed(), "MEST PRIORITERADE OMRÅDEN ENLIGT DELTAGARNA", heading))
        .meeting();
    assertThat(meeting.priorities()).isEqualTo(expected.priorities()).hasSize(4);
    assertThat(meeting.participants()).isEqualTo(expected.participants()).hasSize(6);
  }

  @Test
  void refusesAnUnknownWordingOfThePrioritiesHeading() throws IOException {
    String mutant = replaceLine(seed(), "MEST PRIORITERADE OMRÅDEN ENLIGT DELTAGARNA", "Våra prioriteringar");
    SummaryFormatException e = failure(mutant);
    assertThat(e.line()).isEqualTo(lineOf(mutant, "Våra prioriteringar"));
    assertThat(e.problem()).startsWith("\"Våra prioriteringar\" looks like the heading of the priorities");
  }

  @Test
  void refusesANumberedListAfterTheGroupsWithoutAHeading() throws IOException {
    String text = seed();
    String mutant = text.replace("\nMEST PRIORITERADE OMRÅDEN ENLIGT DELTAGARNA\n", "\n");
    SummaryFormatException e = failure(mutant);
    String first = text.lines().filter(line -> line.startsWith("- 1)")).findFirst().orElseThrow();
    assertThat(e.line()).isEqualTo(lineOf(mutant, first));
    assertThat(e.problem()).contains("is numbered, but no priorities heading comes before it");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Väl fungerande kompetensförsörjning.", "Kompetensförsörjning och kompetensutveckling",
      "## Väl fungerande kompetensförsörjning", "Väl fungerande kompetensförsörjning och utveckling:"})
  void refusesAShortenedAreaHeadingNamingTheArea(String heading) throws IOException {
    String mutant = replaceLine(seed(), "Väl fungerande kompetensförsörjning och kompetensutveckling", heading);
    SummaryFormatException e = failure(mutant);
    assertThat(e.line()).isEqualTo(lineOf(mutant, heading));
    assertThat(e.problem()).contains("looks like the strategic area \"Väl fungerande kompetensförsörjning"
        + " och kompetensutveckling\"");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Väl fungerande kompetensförsörjning och kompetensutveckling.",
      "VÄL FUNGERANDE KOMPETENSFÖRSÖRJNING & KOMPETENSUTVECKLING:", "3. Väl fungerande kompetensförsörjning"
      + " och kompetensutveckling", "**Val fungerande kompetensforsorjning och kompetensutveckling**",
      "#### väl  fungerande kompetensförsörjning och kompetensutveckling"})
  void readsAnAreaHeadingWrittenWithOtherPunctuationCaseNumberingOrSpacing(String heading) throws IOException {
    Meeting expected = read(seed()).meeting();
    Meeting meeting = read(replaceLine(seed(), "Väl fungerande kompetensförsörjning och kompetensutveckling",
        heading)).meeting();
    assertThat(meeting.areas()).isEqualTo(expected.areas());
  }

  @Test
  void refusesTheHeadingOfAnAreaTheCatalogueDoesNotHave() throws IOException {
    String mutant = replaceLine(seed(), "Väl fungerande kompetensförsörjning och kompetensutveckling",
        "Turism och besöksnäring");
    SummaryFormatException e = failure(mutant);
    assertThat(e.line()).isEqualTo(lineOf(mutant, "Turism och besöksnäring"));
    assertThat(e.problem()).startsWith("\"Turism och besöksnäring\" stands as a heading, but is no"
        + " strategic area of the catalogue; known areas: \"Goda möjligheter till kultur");
  }

  @Test
  void refusesAShortHeadingAmongSentenceItemsRatherThanFilingItAsAnItem() throws IOException {
    String mutant = seed() + "\n\nSlutord\n\nTack till alla som deltog.\n";
    SummaryFormatException e = failure(mutant);
    assertThat(e.line()).isEqualTo(lineOf(mutant, "Slutord"));
    assertThat(e.problem()).startsWith("\"Slutord\" stands as a heading, but is no strategic area")
        .contains("if it belongs to the area above, write it as a full sentence or a bullet");
  }

  @Test
  void readsItemsWithoutFullStopsWhenNoneHasOne() throws IOException {
    AreaInput area = read(String.join("\n", "Möte 13/3 2024", "", SKILLS_TITLE, "", "Möjligheter:", "",
        "Lärcentrum", "", "Distansutbildning", "", "Praktikplatser")).meeting().area("skills").orElseThrow();
    assertThat(texts(area.opportunities())).containsExactly("Lärcentrum", "Distansutbildning", "Praktikplatser");
  }

  @Test
  void readsAnotherRegionsAreasWithItsCatalogue() throws IOException {
    String mutant = replaceLine(seed(), "Väl fungerande kompetensförsörjning och kompetensutveckling",
        "Turism och besöksnäring");
    List<StrategicArea> areas = new ArrayList<>(StrategicAreaCatalogue.norrbotten().areas());
    areas.set(1, StrategicArea.of("tourism", "Turism och besöksnäring"));
    Meeting meeting = SummaryReader.withCatalogue(StrategicAreaCatalogue.of(areas))
        .read(mutant, "test.txt").meeting();
    assertThat(texts(meeting.area("tourism").orElseThrow().insights())).hasSize(2);
  }

  @Test
  void refusesASecondSectionOfTheSameKindUnderOneArea() throws IOException {
    String mutant = replaceLine(seed(), "Väl fungerande kompetensförsörjning och kompetensutveckling",
        "Turism och besöksnäring.");
    mutant = replaceLine(mutant, "Detta område nämns inte direkt i svaren, men relaterade insikter"
        + " kan inkludera:", "Utmaningar:");
    SummaryFormatException e = failure(mutant);
    assertThat(e.problem()).startsWith("a second \"Utmaningar:\" under \"Goda möjligheter");
  }

  @Test
  void readsSectionSynonyms() throws IOException {
    String text = String.join("\n", "Möte 13/3 2024",
        "Väl fungerande kompetensförsörjning och kompetensutveckling", "Möjlighet:", "- Lärcentrum.",
        "**Utmaning:**", "- Lärare.", "### Relaterade insikter:", "- Distans.");
    AreaInput skills = read(text).meeting().area("skills").orElseThrow();
    assertThat(texts(skills.opportunities())).containsExactly("Lärcentrum.");
    assertThat(texts(skills.challenges())).containsExactly("Lärare.");
    assertThat(texts(skills.insights())).containsExactly("Distans.");
  }

  @Test
  void dropsSentencePunctuationAfterAGroupName() throws IOException {
    Meeting meeting = read(replaceLine(seed(), "Unga", "Unga.")).meeting();
    assertThat(meeting.participants()).extracting(StakeholderGroup::name)
        .containsExactly("Kommunen", "Näringsliv", "Minoriteter", "Civilsamhälle", "Unga", "Myndigheter");
  }

  @Test
  void refusesAGroupLineThatIsASentence() throws IOException {
    String line = "Mötet hölls i Luleå. Deltagarna var engagerade och diskussionen livlig";
    String mutant = replaceLine(seed(), "Myndigheter", "Myndigheter\n\n" + line);
    SummaryFormatException e = failure(mutant);
    assertThat(e.line()).isEqualTo(lineOf(mutant, line));
    assertThat(e.problem()).startsWith("\"" + line + "\" is not a group name");
  }

  @Test
  void takesTheDateFromTheIntroWhenTheTitleHasNoneAndSaysSo() throws IOException {
    Summary summary = read(replaceLine(seed(), "Bolagsdagen 13/3 2024", "Bolagsdagen"));
    assertThat(summary.meeting().title()).isEqualTo("Bolagsdagen");
    assertThat(summary.meeting().date()).isEqualTo(LocalDate.of(2024, 3, 13));
    assertThat(summary.warnings()).extracting(SummaryWarning::toString).containsExactly(
        "test.txt:3: warning: the title line has no date; the meeting's date 2024-03-13 is taken from"
            + " the intro (line 7)");
  }

  @Test
  void theSeedReadsWithoutWarnings() throws IOException {
    assertThat(read(seed()).warnings()).isEmpty();
  }

  @Test
  void warnsAboutAMeetingWithoutParticipantsPrioritiesOrAreas() throws IOException {
    Summary summary = read("Möte 13/3 2024\n\nEtt kort möte.\n");
    assertThat(summary.warnings()).extracting(SummaryWarning::message).satisfiesExactly(
        m -> assertThat(m).startsWith("the meeting has no participants"),
        m -> assertThat(m).startsWith("the meeting has no priorities"),
        m -> assertThat(m).startsWith("the meeting has no strategic area input"));
    assertThat(summary.warnings()).extracting(SummaryWarning::line).containsOnly(1);
  }

  @Test
  void warnsAboutALongIntro() throws IOException {
    Summary summary = read("Möte 13/3 2024\n\n" + "En mening. ".repeat(6) + "Här deltog företrädare för:\nUnga\n");
    assertThat(summary.warnings()).extracting(SummaryWarning::toString)
        .contains("test.txt:3: warning: the intro holds 6 sentences; is text that belongs under a heading"
            + " (priorities, an area) in the intro?");
  }

  @Test
  void keepsPrioritiesThatNameAnAreaAsPriorities() throws IOException {
    Meeting meeting = read(String.join("\n", "Möte 13/3 2024", "Prioriteringar",
        "1) **Kompetensförsörjning:** Fler utbildningar.", "2) Kommunikationer")).meeting();
    assertThat(meeting.priorities()).extracting(PriorityArea::title)
        .containsExactly("Kompetensförsörjning", "Kommunikationer");
  }
}
