package io.github.rusdialog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DialogueValidationTest {

  private static Dialogue.Builder dialogue() {
    return Dialogue.builder().name("RUS-dialogen").organiser("Region Norrbotten")
        .strategicAreas(StrategicAreaCatalogue.norrbotten().areas());
  }

  private static Meeting meeting(String title, LocalDate date) {
    return Meeting.builder().title(title).date(date).build();
  }

  @Test
  void ordersMeetingsByDateThenTitle() {
    Meeting b = meeting("B", LocalDate.of(2024, 3, 13));
    Meeting a = meeting("A", LocalDate.of(2024, 3, 13));
    Meeting early = meeting("Z", LocalDate.of(2024, 1, 1));
    assertThat(dialogue().addMeetings(b, a, early).build().meetings()).containsExactly(early, a, b);
  }

  @Test
  void rejectsAnAreaTheDialogueDoesNotDefine() {
    Meeting meeting = Meeting.builder().title("Möte").date(LocalDate.of(2024, 1, 1))
        .addAreas(AreaInput.builder().area("tourism").build()).build();
    assertThatThrownBy(() -> dialogue().addMeetings(meeting).build())
        .isInstanceOf(ModelValidationException.class)
        .hasMessage("meetings[0].areas[0].area: \"tourism\" is not a strategic area of this dialogue;"
            + " known: culture-housing-work-welfare, skills, innovation, accessibility");
  }

  @Test
  void rejectsAPriorityRelatedToAnUnknownArea() {
    Meeting meeting = Meeting.builder().title("Möte").date(LocalDate.of(2024, 1, 1))
        .addPriorities(PriorityArea.builder().rank(1).title("T").addAreas("skills", "tourism").build())
        .build();
    assertThatThrownBy(() -> dialogue().addMeetings(meeting).build())
        .hasMessageStartingWith("meetings[0].priorities[0].areas[1]: \"tourism\" is not a strategic area");
  }

  @Test
  void rejectsTwoMeetingsWithOneId() {
    Meeting first = meeting("Bolagsdagen", LocalDate.of(2024, 3, 13));
    assertThatThrownBy(() -> dialogue().addMeetings(first, first).build())
        .hasMessage("meetings[1].id: \"bolagsdagen-2024-03-13\" is used by two meetings (also meetings[0])");
  }

  @Test
  void rejectsStrategicAreasWithOneId() {
    assertThatThrownBy(() -> Dialogue.builder()
        .addStrategicAreas(StrategicArea.of("a", "Ett"), StrategicArea.of("a", "Två")).build())
        .hasMessage("strategicAreas[1].id: \"a\" is used twice");
  }

  @Test
  void rejectsAnAreaIdThatIsNotASlug() {
    assertThatThrownBy(() -> StrategicArea.of("Kultur och boende", "Kultur"))
        .hasMessageStartingWith("id: \"Kultur och boende\" is not an id");
  }

  @Test
  void looksAreasUpByTitleIgnoringCaseAndSpacing() {
    StrategicAreaCatalogue catalogue = StrategicAreaCatalogue.norrbotten();
    assertThat(catalogue.byTitle("GOD TILLGÄNGLIGHET GENOM  digital\u00A0kommunikation och transportsystem "))
        .map(StrategicArea::id).hasValue("accessibility");
    assertThat(catalogue.byTitle("Turism")).isEmpty();
    assertThat(catalogue.ids())
        .isEqualTo(List.of("culture-housing-work-welfare", "skills", "innovation", "accessibility"));
  }

  @Test
  void mapsCommonSwedishGroupNamesToKinds() {
    assertThat(StakeholderGroup.of("Kommunen").kind()).isEqualTo(StakeholderKind.MUNICIPALITY);
    assertThat(StakeholderGroup.of("Nationella  minoriteter").kind()).isEqualTo(StakeholderKind.MINORITIES);
    assertThat(StakeholderGroup.of("Minoriteter").kind()).isEqualTo(StakeholderKind.MINORITIES);
    assertThat(StakeholderGroup.of("civilsamhälle").kind()).isEqualTo(StakeholderKind.CIVIL_SOCIETY);
    assertThat(StakeholderGroup.of("Unga").kind()).isEqualTo(StakeholderKind.YOUTH);
    assertThat(StakeholderGroup.of("Myndigheter").kind()).isEqualTo(StakeholderKind.AUTHORITIES);
    assertThat(StakeholderGroup.of("Akademi").kind()).isEqualTo(StakeholderKind.ACADEMIA);
    assertThat(StakeholderGroup.of("Region").kind()).isEqualTo(StakeholderKind.REGION);
    assertThat(StakeholderGroup.of("Privatpersoner").kind()).isEqualTo(StakeholderKind.INDIVIDUALS);
    assertThat(StakeholderGroup.of("Näringsliv").kind()).isEqualTo(StakeholderKind.BUSINESS);
    StakeholderGroup unknown = StakeholderGroup.of("Byalaget i Vittangi");
    assertThat(unknown.kind()).isEqualTo(StakeholderKind.OTHER);
    assertThat(unknown.name()).isEqualTo("Byalaget i Vittangi");
  }

  @Test
  void findsKindsAndEnumsByTheirIds() {
    assertThat(StakeholderKind.fromId("civil-society")).hasValue(StakeholderKind.CIVIL_SOCIETY);
    assertThat(Coverage.fromId("not-discussed")).hasValue(Coverage.NOT_DISCUSSED);
    assertThat(Stated.fromId("implied")).hasValue(Stated.IMPLIED);
    assertThat(Stated.fromId("IMPLIED")).isEmpty();
  }
}
