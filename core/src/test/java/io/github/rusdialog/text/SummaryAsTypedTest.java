package io.github.rusdialog.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.StakeholderGroup;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 24: text as people type and paste it — lines broken by hand, labels with their first item
 * on the same line, numbered lists under a label, priorities written "Title – description" — is
 * read as a person reads it, or refused at the line.
 */
class SummaryAsTypedTest {
  private static final String ACCESSIBILITY = "God tillgänglighet genom digital kommunikation och transportsystem";
  private static final String PRIORITIES = "Mest prioriterade områden enligt deltagarna";

  private static Meeting read(String... lines) throws SummaryFormatException {
    return SummaryReader.create().read(String.join("\n", lines) + "\n", "test.txt").meeting();
  }

  private static SummaryFormatException failure(String... lines) {
    return catchThrowableOfType(SummaryFormatException.class, () -> read(lines));
  }

  private static List<String> texts(List<? extends AreaItem> items) {
    return items.stream().map(AreaItem::text).collect(Collectors.toList());
  }

  private static AreaInput area(Meeting meeting) {
    return meeting.area("accessibility").orElseThrow();
  }

  @Test
  void aBulletContinuedOnTheNextLineWithoutIndentIsOneItem() throws Exception {
    AreaInput area = area(read("Möte 13/3 2024", ACCESSIBILITY, "Möjligheter:",
        "- Norrbottniabanan, robusta spårbundna", "transportlösningar och drönare.", "- Fiber."));
    assertThat(texts(area.opportunities()))
        .containsExactly("Norrbottniabanan, robusta spårbundna\ntransportlösningar och drönare.", "Fiber.");
  }

  @Test
  void aParagraphItemBrokenMidSentenceIsOneItem() throws Exception {
    AreaInput area = area(read("Möte 13/3 2024", ACCESSIBILITY, "Utmaningar:", "", "Långa avstånd och",
        "glesa turer.", "", "Bilberoendet."));
    assertThat(texts(area.challenges())).containsExactly("Långa avstånd och\nglesa turer.", "Bilberoendet.");
  }

  @Test
  void refusesALineThatCouldBeAnItemOfItsOwnOrTheItemsContinuation() {
    assertThat(failure("Möte 13/3 2024", ACCESSIBILITY, "Utmaningar:", "Bilberoendet.", "Glesa turer.")
        .getMessage()).isEqualTo("test.txt:5: \"Glesa turer.\" follows the item above (line 4) without a blank"
            + " line: if it continues that item, indent it; if it is an item of its own, put a blank line"
            + " before it or a bullet (\"- \") before each item");
  }

  @Test
  void aPriorityContinuedOnTheNextLineKeepsItsText() throws Exception {
    PriorityArea priority = read("Möte 13/3 2024", PRIORITIES, "1) **Boende:** Fler hyresrätter", "för unga.",
        "2) **Vård:** Nära.").priorities().get(0);
    assertThat(priority.description()).hasValue("Fler hyresrätter\nför unga.");
  }

  @Test
  void aLabelWithItsFirstItemOnTheSameLine() throws Exception {
    AreaInput area = area(read("Möte 13/3 2024", ACCESSIBILITY, "Möjligheter: Digitala verktyg för samåkning.",
        "", "Fiber i byarna.", "", "**Utmaningar:** Långa avstånd.", "", "- Glesa turer."));
    assertThat(texts(area.opportunities())).containsExactly("Digitala verktyg för samåkning.", "Fiber i byarna.");
    assertThat(texts(area.challenges())).containsExactly("Långa avstånd.", "Glesa turer.");
    assertThat(area.insights()).isEmpty();
  }

  @Test
  void aNumberedListUnderALabelKeepsTheNumbersOutOfTheText() throws Exception {
    AreaInput area = area(read("Möte 13/3 2024", ACCESSIBILITY, "Möjligheter:", "1. Fler bussar.",
        "2) Anropsstyrd trafik.", "Utmaningar:", "1. Avstånd."));
    assertThat(texts(area.opportunities())).containsExactly("Fler bussar.", "Anropsstyrd trafik.");
    assertThat(texts(area.challenges())).containsExactly("Avstånd.");
  }

  @Test
  void aPriorityWithADashBetweenTitleAndDescription() throws Exception {
    List<PriorityArea> priorities = read("Möte 13/3 2024", PRIORITIES, "1) Boende – fler hyresrätter för unga",
        "2) Vård - nära vårdcentraler", "3) **Kultur** – föreningslivet", "4) Skola: -30 grader").priorities();
    assertThat(priorities).extracting(PriorityArea::title).containsExactly("Boende", "Vård", "Kultur", "Skola");
    assertThat(priorities).extracting(p -> p.description().orElse(null)).containsExactly(
        "fler hyresrätter för unga", "nära vårdcentraler", "föreningslivet", "-30 grader");
  }

  @Test
  void participantsAfterADeltagareLabelOnTheSameLine() throws Exception {
    Meeting meeting = read("Möte 13/3 2024", "Kort om mötet.", "", "Deltagare: Kommunen, Näringsliv och Unga",
        "", PRIORITIES, "1) A");
    assertThat(meeting.participants()).extracting(StakeholderGroup::name)
        .containsExactly("Kommunen", "Näringsliv", "Unga");
    assertThat(meeting.summary()).hasValue("Kort om mötet.\nDeltagare:");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "Vid mötet deltog kommunen, näringslivet och unga.",
    "Deltagare vid mötet var kommunen, näringslivet och unga.",
    "Deltagare var kommunen och unga.",
    "Närvarande var kommunen, näringslivet och unga.",
    "Med på mötet fanns kommunen, näringslivet och unga.",
    "Kommunen, näringslivet och unga var representerade.",
    "Mötet hade deltagit kommunen och unga.",
    "Narvarande var kommunen och unga.",
  })
  void refusesParticipantsNamedOnlyInASentenceAtItsLine(String sentence) {
    assertThat(failure("Möte 13/3 2024", sentence, "", PRIORITIES, "1) A").getMessage()).isEqualTo("test.txt:2: \""
        + sentence + "\" says who took part, but no groups are listed, and a sentence is not read as a list of"
        + " groups: write them after a label, such as \"Deltagare: Kommunen, Näringsliv och Unga\", or end the"
        + " sentence with \"deltog företrädare för:\" and put each group on a line of its own");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "Deltagarna lämnade många förslag.",
    "Det var med glädje vi tog emot förslagen.",
    "Mötet hölls i Kiruna.",
  })
  void aSentenceAboutTheParticipantsThatNamesNoneIsIntroText(String sentence) throws Exception {
    Summary summary = SummaryReader.create().read(String.join("\n", "Möte 13/3 2024", sentence, "", PRIORITIES,
        "1) A"), "test.txt");
    assertThat(summary.meeting().summary()).hasValue(sentence);
  }
}
