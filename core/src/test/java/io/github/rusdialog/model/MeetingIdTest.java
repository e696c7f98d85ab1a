package io.github.rusdialog.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Issues 13 and 25: a new meeting's id is derived from its title and date, once; every copy keeps
 * it, wherever the meeting came from.
 */
class MeetingIdTest {
  private static final Meeting BOLAGSDAGEN = Meeting.builder().title("Bolagsdagen")
      .date(LocalDate.of(2024, 3, 13)).build();

  @Test
  void derivesTheIdFromTitleAndDate() {
    assertThat(BOLAGSDAGEN.id()).isEqualTo("bolagsdagen-2024-03-13");
  }

  @Test
  void aCopyWithANewTitleOrDateKeepsTheId() {
    assertThat(Meeting.builder().from(BOLAGSDAGEN).title("Företagsdagen").build().id())
        .isEqualTo("bolagsdagen-2024-03-13");
    assertThat(Meeting.builder().from(BOLAGSDAGEN).date(LocalDate.of(2025, 1, 2)).build().id())
        .isEqualTo("bolagsdagen-2024-03-13");
    assertThat(Meeting.builder().title("Företagsdagen").date(LocalDate.of(2024, 3, 13)).build().id())
        .as("a meeting made new derives its own").isEqualTo("foretagsdagen-2024-03-13");
  }

  /** Issue 25: equal meetings from different sources give equal copies. */
  @Test
  void equalMeetingsGiveEqualCopiesWhateverTheirSource() {
    Meeting fromText = BOLAGSDAGEN;
    Meeting fromJson = Meeting.builder().id("bolagsdagen-2024-03-13").title("Bolagsdagen")
        .date(LocalDate.of(2024, 3, 13)).build();
    assertThat(fromText).isEqualTo(fromJson);
    assertThat(Meeting.builder().from(fromText).title("Ny titel").build())
        .isEqualTo(Meeting.builder().from(fromJson).title("Ny titel").build());
    assertThat(fromText.withTitle("Ny titel")).isEqualTo(fromJson.withTitle("Ny titel"));
    assertThat(fromText.withTitle("Ny titel").id()).isEqualTo("bolagsdagen-2024-03-13");
    assertThat(fromText.toBuilder().date(LocalDate.of(2025, 1, 2)).build().id()).isEqualTo("bolagsdagen-2024-03-13");
  }

  /** Issue 25: with… copies change one field and keep the rest; a null is the model's error. */
  @Test
  void withCopiesChangeOneFieldAndRefuseNullAsTheBuilderDoes() {
    Meeting renamed = BOLAGSDAGEN.withTitle("Företagsdagen").withSummary(java.util.Optional.of("Kort."));
    assertThat(renamed.title()).isEqualTo("Företagsdagen");
    assertThat(renamed.summary()).contains("Kort.");
    assertThat(renamed.date()).isEqualTo(BOLAGSDAGEN.date());
    assertThat(BOLAGSDAGEN.title()).isEqualTo("Bolagsdagen");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> BOLAGSDAGEN.withParticipants(null))
        .isInstanceOf(ModelValidationException.class).hasMessageStartingWith("participants:");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> BOLAGSDAGEN.withTitle(" "))
        .isInstanceOf(ModelValidationException.class);
  }

  @Test
  void anIdSetExplicitlySurvivesCopies() {
    Meeting named = Meeting.builder().from(BOLAGSDAGEN).id("bd-2024").build();
    assertThat(named.id()).isEqualTo("bd-2024");
    assertThat(Meeting.builder().from(named).title("Företagsdagen").build().id()).isEqualTo("bd-2024");
  }

  @Test
  void equalityFollowsTheIdNotHowItCameAbout() {
    Meeting explicit = Meeting.builder().from(BOLAGSDAGEN).id("bolagsdagen-2024-03-13").build();
    assertThat(explicit).isEqualTo(BOLAGSDAGEN).hasSameHashCodeAs(BOLAGSDAGEN);
    assertThat(Meeting.builder().from(BOLAGSDAGEN).id("annan").build()).isNotEqualTo(BOLAGSDAGEN);
  }
}
