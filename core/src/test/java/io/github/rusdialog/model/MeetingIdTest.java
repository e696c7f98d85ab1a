package io.github.rusdialog.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 13: a derived id follows the title and date; an id set explicitly survives copies. */
class MeetingIdTest {
  private static final Meeting BOLAGSDAGEN = Meeting.builder().title("Bolagsdagen")
      .date(LocalDate.of(2024, 3, 13)).build();

  @Test
  void derivesTheIdFromTitleAndDate() {
    assertThat(BOLAGSDAGEN.id()).isEqualTo("bolagsdagen-2024-03-13");
  }

  @Test
  void aCopyWithANewTitleOrDateGetsANewDerivedId() {
    assertThat(Meeting.builder().from(BOLAGSDAGEN).title("Företagsdagen").build().id())
        .isEqualTo("foretagsdagen-2024-03-13");
    assertThat(Meeting.builder().from(BOLAGSDAGEN).date(LocalDate.of(2025, 1, 2)).build().id())
        .isEqualTo("bolagsdagen-2025-01-02");
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
