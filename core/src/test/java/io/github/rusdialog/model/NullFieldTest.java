package io.github.rusdialog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Issue 13: a null where the model needs a value fails like any other invalid value, naming the field. */
class NullFieldTest {
  private static final LocalDate DAY = LocalDate.of(2024, 3, 13);

  static Stream<Arguments> nulls() {
    return Stream.of(
        Arguments.of("title", (Supplier<Object>) () -> Meeting.builder().title(null).date(DAY).build()),
        Arguments.of("date", (Supplier<Object>) () -> Meeting.builder().title("Möte").date(null).build()),
        Arguments.of("id", (Supplier<Object>) () -> Meeting.builder().id(null)),
        Arguments.of("participants[0]", (Supplier<Object>) () -> Meeting.builder().title("Möte").date(DAY)
            .addParticipants((StakeholderGroup) null).build()),
        Arguments.of("name", (Supplier<Object>) () -> StakeholderGroup.of(null)),
        Arguments.of("kind", (Supplier<Object>) () -> StakeholderGroup.of("Unga", null)),
        Arguments.of("title", (Supplier<Object>) () -> PriorityArea.builder().rank(1).title(null).build()),
        Arguments.of("stated", (Supplier<Object>) () -> PriorityArea.builder().rank(1).title("T").stated(null).build()),
        Arguments.of("area", (Supplier<Object>) () -> AreaInput.builder().area(null).build()),
        Arguments.of("coverage", (Supplier<Object>) () -> AreaInput.builder().area("skills").coverage(null).build()),
        Arguments.of("opportunities[0]", (Supplier<Object>) () -> AreaInput.builder().area("skills")
            .addOpportunities((Opportunity) null).build()),
        Arguments.of("text", (Supplier<Object>) () -> Opportunity.of(null)),
        Arguments.of("id", (Supplier<Object>) () -> StrategicArea.of(null, "Titel")),
        Arguments.of("meetings[0]", (Supplier<Object>) () -> Dialogue.builder().addMeetings((Meeting) null).build()),
        // Optional fields: the setters take null and build() reports it, like the required ones.
        Arguments.of("summary", (Supplier<Object>) () -> Meeting.builder().title("Möte").date(DAY)
            .summary((String) null).build()),
        Arguments.of("summary", (Supplier<Object>) () -> Meeting.builder().title("Möte").date(DAY)
            .summary((java.util.Optional<String>) null).build()),
        Arguments.of("description", (Supplier<Object>) () -> PriorityArea.builder().rank(1).title("T")
            .description((String) null).build()),
        Arguments.of("note", (Supplier<Object>) () -> AreaInput.builder().area("skills").note((String) null).build()),
        Arguments.of("name", (Supplier<Object>) () -> Dialogue.builder().name((String) null).build()),
        Arguments.of("organiser", (Supplier<Object>) () -> Dialogue.builder().organiser((String) null).build()),
        Arguments.of("meeting", (Supplier<Object>) () -> Meeting.builder().from(null)));
  }

  @org.junit.jupiter.api.Test
  void aNullLaterReplacedByAValueIsForgotten() {
    Meeting meeting = Meeting.builder().title("Möte").date(DAY).summary((String) null).summary("Inledning.").build();
    assertThat(meeting.summary()).contains("Inledning.");
    assertThat(Meeting.builder().title("Möte").date(DAY).summary("x").summary(java.util.Optional.empty()).build()
        .summary()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nulls")
  void aNullIsAValidationErrorNamingTheField(String field, Supplier<Object> build) {
    ModelValidationException e = catchThrowableOfType(ModelValidationException.class, build::get);
    assertThat(e).as("a ModelValidationException for %s", field).isNotNull();
    assertThat(e.field()).isEqualTo(field);
  }
}
