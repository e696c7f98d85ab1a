package io.github.rusdialog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 13: every way of building invalid model data fails with ModelValidationException naming the field. */
class MissingFieldTest {
  @Test
  void aMeetingWithoutTitleAndDateNamesBoth() {
    ModelValidationException e = catchThrowableOfType(ModelValidationException.class,
        () -> Meeting.builder().build());
    assertThat(e.field()).isEqualTo("title, date");
    assertThat(e.getMessage()).isEqualTo("title, date: required, but not set; a meeting needs title and date");
  }

  @Test
  void aPriorityWithoutTitleNamesIt() {
    ModelValidationException e = catchThrowableOfType(ModelValidationException.class,
        () -> PriorityArea.builder().rank(1).build());
    assertThat(e.field()).isEqualTo("title");
  }

  @Test
  void anAreaInputWithoutAreaNamesIt() {
    ModelValidationException e = catchThrowableOfType(ModelValidationException.class,
        () -> AreaInput.builder().build());
    assertThat(e.field()).isEqualTo("area");
  }

  @Test
  void aDialogueWithoutStrategicAreasPointsToTheCatalogue() {
    Meeting meeting = Meeting.builder().title("Möte").date(LocalDate.of(2024, 3, 13))
        .addAreas(AreaInput.builder().area("skills").build()).build();
    ModelValidationException e = catchThrowableOfType(ModelValidationException.class,
        () -> Dialogue.builder().addMeetings(meeting).build());
    assertThat(e.getMessage()).isEqualTo("meetings[0].areas[0].area: \"skills\" is not a strategic area of"
        + " this dialogue, which has none: give the dialogue its strategic areas, e.g."
        + " strategicAreas(StrategicAreaCatalogue.norrbotten().areas())");
  }
}
