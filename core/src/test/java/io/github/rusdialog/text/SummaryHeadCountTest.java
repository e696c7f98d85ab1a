package io.github.rusdialog.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StakeholderKind;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 24: head counts as summaries write them — after a group, before it, for the whole meeting —
 * land on the group or the meeting; an approximate count is refused at its line, never guessed.
 */
class SummaryHeadCountTest {
  private static final String CUE = "I just det här mötet deltog företrädare för:";

  private static SummaryResult read(String... lines) throws SummaryFormatException {
    List<String> all = new ArrayList<>(List.of("Möte 13/3 2024", "Kort sammanfattning.", CUE));
    all.addAll(List.of(lines));
    Summary summary = SummaryReader.create().read(String.join("\n", all) + "\n", "test.txt");
    return new SummaryResult(summary.meeting(), summary.warnings());
  }

  private record SummaryResult(Meeting meeting, List<SummaryWarning> warnings) {}

  private static Meeting meeting(String... lines) throws SummaryFormatException {
    return read(lines).meeting();
  }

  private static SummaryFormatException failure(String... lines) {
    return catchThrowableOfType(SummaryFormatException.class, () -> read(lines));
  }

  static Stream<Arguments> groupForms() {
    return Stream.of(
        Arguments.of("Unga (6)", "Unga"),
        Arguments.of("Unga (6 st)", "Unga"),
        Arguments.of("Unga (6 personer)", "Unga"),
        Arguments.of("Unga ( 6 pers. )", "Unga"),
        Arguments.of("Unga: 6", "Unga"),
        Arguments.of("Unga: 6 personer", "Unga"),
        Arguments.of("Unga – 6 personer", "Unga"),
        Arguments.of("Unga - 6", "Unga"),
        Arguments.of("- Unga (6)", "Unga"),
        Arguments.of("• Unga: 6 st.", "Unga"),
        Arguments.of("6 unga", "unga"),
        Arguments.of("6 Unga.", "Unga"),
        Arguments.of("6 från Ungdomsrådet", "Ungdomsrådet"),
        Arguments.of("6 representanter från Ungdomsrådet", "Ungdomsrådet"),
        Arguments.of("6 företrädare för Ungdomsrådet", "Ungdomsrådet"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("groupForms")
  void aGroupsHeadCountIsItsAttendees(String line, String name) throws Exception {
    Meeting meeting = meeting(line);
    assertThat(meeting.participants()).containsExactly(StakeholderGroup.of(name).withAttendees(6));
    assertThat(meeting.participants().get(0).kind()).isEqualTo(StakeholderKind.forGroupName(name));
    assertThat(meeting.attendees()).isEmpty();
  }

  @Test
  void countsOnOneLineWithCommasAndOch() throws Exception {
    Meeting meeting = meeting("Kommunen (3), Unga (6) och Samer (2)");
    assertThat(meeting.participants()).extracting(StakeholderGroup::name, group -> group.attendees().getAsInt())
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Kommunen", 3), org.assertj.core.groups.Tuple.tuple("Unga", 6),
            org.assertj.core.groups.Tuple.tuple("Samer", 2));
    assertThat(meeting.participants()).extracting(StakeholderGroup::kind).containsExactly(
        StakeholderKind.MUNICIPALITY, StakeholderKind.YOUTH, StakeholderKind.MINORITIES);
  }

  @Test
  void groupsWithAndWithoutCountsMix() throws Exception {
    assertThat(meeting("- Kommunen", "- Unga (6)").participants())
        .containsExactly(StakeholderGroup.of("Kommunen"), StakeholderGroup.of("Unga").withAttendees(6));
  }

  @Test
  void aCommaInsideParenthesesDoesNotSplitTheGroup() throws Exception {
    assertThat(meeting("Unga (16–25 år, från Luleå), Kommunen").participants()).extracting(StakeholderGroup::name)
        .containsExactly("Unga (16–25 år, från Luleå)", "Kommunen");
  }

  @Test
  void parenthesesThatAreNoCountStayInTheName() throws Exception {
    Meeting meeting = meeting("Unga (16–25 år)", "Region Norrbotten (Regional utveckling)");
    assertThat(meeting.participants()).extracting(StakeholderGroup::name)
        .containsExactly("Unga (16–25 år)", "Region Norrbotten (Regional utveckling)");
    assertThat(meeting.participants()).allSatisfy(group -> assertThat(group.attendees()).isEmpty());
  }

  static Stream<String> totals() {
    return Stream.of("Antal deltagare: 23", "Antal deltagare: 23 personer", "23 deltagare", "Totalt 23 deltagare",
        "Totalt: 23", "Deltagare totalt: 23", "23 personer.", "**Antal deltagare:** 23", "Antal närvarande: 23");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("totals")
  void aTotalAfterTheGroupsIsTheMeetingsAttendees(String total) throws Exception {
    Meeting meeting = meeting("- Kommunen", "- Unga", "", total);
    assertThat(meeting.attendees()).hasValue(23);
    assertThat(meeting.participants()).containsExactly(StakeholderGroup.of("Kommunen"), StakeholderGroup.of("Unga"));
  }

  @Test
  void aTotalInTheIntroOrUnderTheParticipantsLabel() throws Exception {
    String text = "Möte 13/3 2024\nKort sammanfattning.\nAntal deltagare: 23\nDeltagare: Kommunen, Unga (6)\n";
    Meeting meeting = SummaryReader.create().read(text, "test.txt").meeting();
    assertThat(meeting.attendees()).hasValue(23);
    assertThat(meeting.summary()).hasValue("Kort sammanfattning.\nDeltagare:");
    assertThat(meeting.participants()).containsExactly(StakeholderGroup.of("Kommunen"),
        StakeholderGroup.of("Unga").withAttendees(6));

    Meeting labelled = SummaryReader.create().read("Möte 13/3 2024\nKort sammanfattning.\nDeltagare: 23\n",
        "test.txt").meeting();
    assertThat(labelled.attendees()).hasValue(23);
    assertThat(labelled.participants()).isEmpty();
  }

  @Test
  void aTotalAmongTheGroupsOfALine() throws Exception {
    Meeting meeting = meeting("Kommunen, Unga, totalt 23 deltagare");
    assertThat(meeting.attendees()).hasValue(23);
    assertThat(meeting.participants()).extracting(StakeholderGroup::name).containsExactly("Kommunen", "Unga");
  }

  @Test
  void refusesApproximateCountsAtTheirLine() {
    for (String line : List.of("Unga (ca 6)", "Unga: cirka 6 personer", "Unga (5–6)", "ca 20 unga", "Unga (20+)")) {
      assertThat(failure("- Kommunen", line).getMessage()).as(line)
          .startsWith("test.txt:5: ").contains("gives an approximate head count");
    }
    assertThat(failure("- Kommunen", "", "Antal deltagare: ca 25").getMessage())
        .isEqualTo("test.txt:6: \"Antal deltagare: ca 25\" gives an approximate head count: write the number"
            + " of people who took part, e.g. \"Antal deltagare: 23\", or leave it out");
  }

  @Test
  void refusesZeroAndTwoTotals() {
    assertThat(failure("Unga (0)").getMessage()).startsWith("test.txt:4: \"Unga (0)\" gives a head count of 0");
    assertThat(failure("Kommunen", "", "Antal deltagare: 23", "", "24 deltagare").getMessage())
        .isEqualTo("test.txt:8: a second total head count (the first, 23, is on line 6); give the meeting's"
            + " total once");
  }

  @Test
  void refusesATotalAfterThePriorities() {
    assertThat(failure("Kommunen", "", "Mest prioriterade områden enligt deltagarna", "1) Boende: Fler.", "",
        "Antal deltagare: 23").getMessage())
        .isEqualTo("test.txt:9: \"Antal deltagare: 23\" is the meeting's head count; put it with the participants,"
            + " before the priorities");
  }

  @Test
  void warnsWhenTheGroupsCountMoreThanTheTotal() throws Exception {
    SummaryResult result = read("Kommunen (20), Unga (6)", "", "Antal deltagare: 23");
    assertThat(result.meeting().attendees()).hasValue(23);
    assertThat(result.warnings()).extracting(SummaryWarning::toString).anySatisfy(warning -> assertThat(warning)
        .contains("the groups' head counts add up to 26, more than the total of 23"));
  }

  @Test
  void aSummaryWithoutCountsHasNone() throws Exception {
    Meeting meeting = meeting("Kommunen, Agenda 2030-gruppen");
    assertThat(meeting.attendees()).isEqualTo(OptionalInt.empty());
    assertThat(meeting.participants()).extracting(StakeholderGroup::name).containsExactly("Kommunen", "Agenda 2030-gruppen");
  }
}
