package io.github.rusdialog.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 25: every model type with a builder copies itself into one. */
class ToBuilderTest {
  private final PriorityArea priority = PriorityArea.builder().rank(1).title("Boende").description("Fler hus.")
      .addAreas("skills").build();
  private final AreaInput area = AreaInput.builder().area("skills").note("Not:").addChallenges(Challenge.of("Lärare."))
      .build();
  private final Meeting meeting = Meeting.builder().title("Bolagsdagen").date(LocalDate.of(2024, 3, 13))
      .summary("Intro.").addParticipants(StakeholderGroup.of("Unga")).addPriorities(priority).addAreas(area).build();

  @Test
  void anUnchangedCopyIsEqual() {
    assertThat(priority.toBuilder().build()).isEqualTo(priority);
    assertThat(area.toBuilder().build()).isEqualTo(area);
    assertThat(meeting.toBuilder().build()).isEqualTo(meeting);
    Dialogue dialogue = Dialogue.builder().name("RUS-dialogen").strategicAreas(StrategicAreaCatalogue.norrbotten().areas())
        .addMeetings(meeting).build();
    assertThat(dialogue.toBuilder().build()).isEqualTo(dialogue);
  }

  @Test
  void aChangedCopyChangesOnlyWhatIsSetAndKeepsTheMeetingsId() {
    Meeting retitled = meeting.toBuilder().title("Företagsdagen").build();
    assertThat(retitled.title()).isEqualTo("Företagsdagen");
    assertThat(retitled.id()).isEqualTo(meeting.id());
    assertThat(retitled.priorities()).isEqualTo(meeting.priorities());
    assertThat(priority.toBuilder().description("Fler hyresrätter.").build().areas()).containsExactly("skills");
  }
}
