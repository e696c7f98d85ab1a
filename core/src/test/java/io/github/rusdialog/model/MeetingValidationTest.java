package io.github.rusdialog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MeetingValidationTest {

  private static Meeting.Builder meeting() {
    return Meeting.builder().title("Bolagsdagen").date(LocalDate.of(2024, 3, 13));
  }

  private static PriorityArea priority(int rank) {
    return PriorityArea.builder().rank(rank).title("Område " + rank).build();
  }

  @Test
  void derivesTheIdFromTitleAndDate() {
    assertThat(meeting().build().id()).isEqualTo("bolagsdagen-2024-03-13");
    assertThat(Meeting.builder().title("Kommundialog Överkalix").date(LocalDate.of(2024, 4, 19))
        .build().id()).isEqualTo("kommundialog-overkalix-2024-04-19");
    assertThat(Meeting.builder().title("会议").date(LocalDate.of(2024, 4, 19)).build().id())
        .isEqualTo("2024-04-19");
  }

  @Test
  void rejectsARankBeyondTheNumberOfPriorities() {
    assertThatThrownBy(() -> meeting().addPriorities(priority(1), priority(2), priority(4)).build())
        .isInstanceOf(ModelValidationException.class)
        .hasMessage("priorities[2].rank: 4, but the meeting has 3 priorities: ranks must be exactly 1..3");
  }

  @Test
  void rejectsADuplicateRank() {
    assertThatThrownBy(() -> meeting().addPriorities(priority(1), priority(1)).build())
        .hasMessage("priorities[1].rank: 1 is used twice (also priorities[0])");
  }

  @Test
  void rejectsARankBelowOne() {
    assertThatThrownBy(() -> priority(0))
        .hasMessage("rank: 0 is not a rank: ranks start at 1");
  }

  @Test
  void keepsPrioritiesInRankOrder() {
    Meeting meeting = meeting().addPriorities(priority(2), priority(3), priority(1)).build();
    assertThat(meeting.priorities()).extracting(PriorityArea::rank).containsExactly(1, 2, 3);
  }

  @Test
  void rejectsParticipantsListedTwiceIgnoringCase() {
    assertThatThrownBy(() -> meeting()
        .addParticipants(StakeholderGroup.of("Kommunen"), StakeholderGroup.of("Unga"),
            StakeholderGroup.of("KOMMUNEN")).build())
        .isInstanceOf(ModelValidationException.class)
        .hasMessage("participants[2].name: \"KOMMUNEN\" is listed twice (also participants[0])");
  }

  @Test
  void rejectsTwoInputsForOneArea() {
    assertThatThrownBy(() -> meeting()
        .addAreas(AreaInput.builder().area("skills").build(), AreaInput.builder().area("skills").build())
        .build())
        .hasMessage("areas[1].area: \"skills\" has two inputs (also areas[0]); merge them into one");
  }

  @Test
  void rejectsItemsUnderAnAreaThatWasNotDiscussed() {
    assertThatThrownBy(() -> AreaInput.builder().area("skills").coverage(Coverage.NOT_DISCUSSED)
        .addChallenges(Challenge.of("Brist på lärare.")).build())
        .isInstanceOf(ModelValidationException.class)
        .hasMessageStartingWith("coverage: not-discussed, but the area has 0 opportunities, 1 challenges");
  }

  @ParameterizedTest(name = "rejects blank text {0}")
  @ValueSource(strings = {"", " ", "\n\t "})
  void rejectsBlankTexts(String blank) {
    assertThatThrownBy(() -> Opportunity.of(blank)).hasMessage("text: must not be blank");
    assertThatThrownBy(() -> meeting().title(blank).build()).hasMessage("title: must not be blank");
    assertThatThrownBy(() -> PriorityArea.builder().rank(1).title("T").description(blank).build())
        .hasMessage("description: must not be blank");
  }

  @Test
  void rejectsControlCharactersThatExcelCannotHold() {
    assertThatThrownBy(() -> Challenge.of("Klocka\u0007 ringer"))
        .isInstanceOf(ModelValidationException.class)
        .hasMessage("text: control character U+0007 is not allowed (only tab and line breaks are),"
            + " at index 6 of \"Klocka\\u0007 ringer\"");
    assertThatThrownBy(() -> Challenge.of("a\u0000b")).hasMessageContaining("U+0000");
  }

  /** Issue 25: CRLF (what a browser sends from a text area) and a lone CR are line feeds in the model. */
  @Test
  void keepsCarriageReturnsAsLineFeeds() {
    assertThat(Challenge.of("Rad ett\r\nRad två\rRad tre\r\n").text()).isEqualTo("Rad ett\nRad två\nRad tre");
    assertThat(Opportunity.of("a\r\nb")).isEqualTo(Opportunity.of("a\nb"));
    assertThat(Insight.of("a\rb").text()).isEqualTo("a\nb");
    Meeting meeting = meeting().title("Möte\r\nett").summary("Intro\r\nrad två").build();
    assertThat(meeting.title()).isEqualTo("Möte\nett");
    assertThat(meeting.summary()).hasValue("Intro\nrad två");
    PriorityArea priority = PriorityArea.builder().rank(1).title("T\r\n").description("a\r\nb").build();
    assertThat(priority.title()).isEqualTo("T");
    assertThat(priority.description()).hasValue("a\nb");
    assertThat(StakeholderGroup.of("Unga\r\nföreningen").name()).isEqualTo("Unga\nföreningen");
    assertThat(AreaInput.builder().area("skills").note("Not\r\nrad").build().note()).hasValue("Not\nrad");
    assertThat(StrategicArea.of("skills", "Kompetens\r\n").title()).isEqualTo("Kompetens");
    Dialogue dialogue = Dialogue.builder().name("RUS\r\n2024").organiser("Region\rNorrbotten").build();
    assertThat(dialogue.name()).hasValue("RUS\n2024");
    assertThat(dialogue.organiser()).hasValue("Region\nNorrbotten");
  }

  @Test
  void rejectsLoneSurrogatesAndNonCharacters() {
    assertThatThrownBy(() -> Insight.of("a\uD800b")).hasMessageContaining("lone surrogate U+D800");
    assertThatThrownBy(() -> Insight.of("a\uDC00")).hasMessageContaining("lone surrogate U+DC00");
    assertThatThrownBy(() -> Insight.of("x\uFFFE")).hasMessageContaining("non-character U+FFFE");
    assertThatThrownBy(() -> Insight.of("x\uFFFF")).hasMessageContaining("non-character U+FFFF");
  }

  @Test
  void keepsTabsNewlinesAndCharactersOutsideTheBasicPlane() {
    String text = "Rad ett\n\tRad två 😀 𝔘";
    assertThat(Insight.of(text).text()).isEqualTo(text);
  }

  @Test
  void trimsTextsAtTheEndsOnly() {
    assertThat(Opportunity.of("  Bilberoendet.  \n").text()).isEqualTo("Bilberoendet.");
    Meeting meeting = meeting().title(" Bolagsdagen ").summary(" Kort  sammanfattning ").build();
    assertThat(meeting.title()).isEqualTo("Bolagsdagen");
    assertThat(meeting.summary()).hasValue("Kort  sammanfattning");
    assertThat(meeting).isEqualTo(meeting().summary("Kort  sammanfattning").build());
  }

  @Test
  void rejectsAnIdThatIsNotASlug() {
    assertThatThrownBy(() -> meeting().id("Bolags dagen").build())
        .hasMessageStartingWith("id: \"Bolags dagen\" is not an id");
  }

  @Test
  void findsTheInputOfAnArea() {
    AreaInput skills = AreaInput.builder().area("skills").build();
    Meeting meeting = meeting().addAreas(skills).build();
    assertThat(meeting.area("skills")).contains(skills);
    assertThat(meeting.area("innovation")).isEmpty();
    assertThat(meeting.areas()).isEqualTo(List.of(skills));
  }
}
