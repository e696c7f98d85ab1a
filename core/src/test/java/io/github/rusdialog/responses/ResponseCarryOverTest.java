package io.github.rusdialog.responses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Challenge;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.Opportunity;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.Response;
import io.github.rusdialog.model.ResponseStatus;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.read.ReadOptions;
import io.github.rusdialog.read.ReadResult;
import io.github.rusdialog.read.ReadWarning;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Issue 27: an answer stays with its input when the meeting is read again — texts corrected, lists
 * re-ordered, items moved — and every answer that cannot be placed is named, never dropped in silence.
 */
class ResponseCarryOverTest {
  private static final Response ADOPTED = Response.of(ResponseStatus.ADOPTED).withReference("Mål 2.3");
  private static final Response NOT_ADOPTED =
      Response.of(ResponseStatus.NOT_ADOPTED, Optional.of("Ligger utanför det regionala uppdraget."), Optional.empty());
  private static final Response NOTED = Response.of(ResponseStatus.NOTED);

  private static PriorityArea priority(int rank, String title, Response response) {
    return PriorityArea.builder().rank(rank).title(title).response(Optional.ofNullable(response)).build();
  }

  private static Opportunity opportunity(String text, Response response) {
    return Opportunity.of(text).withResponse(Optional.ofNullable(response));
  }

  private static Challenge challenge(String text, Response response) {
    return Challenge.of(text).withResponse(Optional.ofNullable(response));
  }

  private static Meeting meeting(List<PriorityArea> priorities, List<AreaInput> areas) {
    return Meeting.builder().title("Bolagsdagen").date(LocalDate.of(2024, 3, 13))
        .priorities(priorities).areas(areas).build();
  }

  private static AreaInput area(String id, List<Opportunity> opportunities, List<Challenge> challenges) {
    return AreaInput.builder().area(id).opportunities(opportunities).challenges(challenges).build();
  }

  private static Dialogue dialogue(Meeting... meetings) {
    return Dialogue.builder().strategicAreas(StrategicAreaCatalogue.norrbotten().areas()).addMeetings(meetings).build();
  }

  /** The meeting as answered: two priorities and three items, four of the five answered. */
  private static Meeting answered() {
    return meeting(List.of(priority(1, "Kompetensförsörjning", ADOPTED), priority(2, "Infrastruktur", null)),
        List.of(area("skills", List.of(opportunity("Samverkan med universitetet.", NOTED)),
                List.of(challenge("Svårt att rekrytera ingenjörer", NOT_ADOPTED))),
            area("accessibility", List.of(), List.of(challenge("Bristande kollektivtrafik", NOTED)))));
  }

  @Test
  void carriesEveryAnswerOntoTheSameMeetingReadAgainWithoutAWarning() throws InvalidInputException {
    Meeting again = answered();
    Meeting unanswered = strip(again);

    ReadResult carried = ResponseCarryOver.carry(dialogue(again), "besvarad.xlsx", dialogue(unanswered));

    assertThat(carried.warnings()).isEmpty();
    assertThat(carried.dialogue()).isEqualTo(dialogue(again));
  }

  @Test
  void anAnswerFollowsItsInputThroughNewOrderNewRanksAndCaseSpacingQuotesDashesAndClosingPunctuation()
      throws InvalidInputException {
    Meeting again = meeting(List.of(priority(1, "INFRASTRUKTUR", null), priority(2, "  kompetensförsörjning!", null),
            PriorityArea.builder().rank(3).title("Ny prioritering").description("Tillkom vid rättningen").build()),
        List.of(area("accessibility", List.of(), List.of(challenge("”Bristande”   kollektivtrafik…", null))),
            area("skills", List.of(opportunity("samverkan med Universitetet", null)),
                List.of(challenge("Svårt att rekrytera ingenjörer.", null)))));

    ReadResult carried = ResponseCarryOver.carry(dialogue(answered()), "besvarad.xlsx", dialogue(again));

    assertThat(carried.warnings()).isEmpty();
    Meeting meeting = carried.dialogue().meetings().get(0);
    assertThat(meeting.priorities()).extracting(PriorityArea::title, PriorityArea::response).containsExactly(
        org.assertj.core.groups.Tuple.tuple("INFRASTRUKTUR", Optional.empty()),
        org.assertj.core.groups.Tuple.tuple("kompetensförsörjning!", Optional.of(ADOPTED)),
        org.assertj.core.groups.Tuple.tuple("Ny prioritering", Optional.empty()));
    assertThat(meeting.areas().get(0).challenges().get(0).response()).hasValue(NOTED);
    assertThat(meeting.areas().get(1).opportunities().get(0).response()).hasValue(NOTED);
    assertThat(meeting.areas().get(1).challenges().get(0).response()).hasValue(NOT_ADOPTED);
    assertThat(meeting).isEqualTo(MeetingInputs.withResponses(again, responses(meeting)));
  }

  @Test
  void aCorrectedSpellingKeepsItsAnswerWithAWarningNamingBothTexts() throws InvalidInputException {
    Meeting answered = meeting(List.of(priority(1, "Kompetensförsörjnig", ADOPTED)), List.of());
    Meeting corrected = meeting(List.of(priority(1, "Kompetensförsörjning", null)), List.of());

    ReadResult carried = ResponseCarryOver.carry(dialogue(answered), "besvarad.xlsx", dialogue(corrected));

    assertThat(carried.dialogue().meetings().get(0).priorities().get(0).response()).hasValue(ADOPTED);
    assertThat(carried.warnings()).extracting(ReadWarning::toString).containsExactly("besvarad.xlsx: meeting"
        + " bolagsdagen-2024-03-13, priority 1: warning: the answer to \"Kompetensförsörjnig\" is carried to"
        + " \"Kompetensförsörjning\" at priority 1, the one close text there; check that it is the same input");
  }

  @Test
  void aRewrittenTextLosesItsAnswerLoudly() throws InvalidInputException {
    Meeting answered = meeting(List.of(), List.of(area("skills", List.of(),
        List.of(challenge("Svårt att rekrytera ingenjörer", NOT_ADOPTED)))));
    Meeting rewritten = meeting(List.of(), List.of(area("skills", List.of(),
        List.of(challenge("Företagen hittar inte den kompetens de behöver", null)))));

    ReadResult carried = ResponseCarryOver.carry(dialogue(answered), "besvarad.xlsx", dialogue(rewritten));

    assertThat(responses(carried.dialogue().meetings().get(0))).containsExactly(Optional.empty());
    assertThat(carried.warnings()).extracting(ReadWarning::toString).containsExactly("besvarad.xlsx: meeting"
        + " bolagsdagen-2024-03-13, area skills, challenge 1: warning: the answer (not-adopted: Ligger utanför det"
        + " regionala uppdraget.) to \"Svårt att rekrytera ingenjörer\" is not carried over: the meeting has no"
        + " input with this text any more, nor one close enough to be its correction. Answer the input again, or"
        + " give it back its text");
  }

  @Test
  void twoTextsEquallyCloseToTheAnsweredOneAreNotAGuessTheAnswerIsReportedInstead() throws InvalidInputException {
    Meeting answered = meeting(List.of(priority(1, "Vätgas", ADOPTED)), List.of());
    Meeting again = meeting(List.of(priority(1, "Vätgasx", null), priority(2, "Vätgasy", null)), List.of());

    ReadResult carried = ResponseCarryOver.carry(dialogue(answered), "besvarad.xlsx", dialogue(again));

    assertThat(responses(carried.dialogue().meetings().get(0))).containsOnly(Optional.empty());
    assertThat(carried.warnings()).singleElement().extracting(ReadWarning::message).asString()
        .contains("is not carried over");
  }

  @Test
  void twoAnsweredTextsEquallyCloseToOneNewTextAreNotAGuessEither() throws InvalidInputException {
    Meeting answered = meeting(List.of(priority(1, "Vätgasx", ADOPTED), priority(2, "Vätgasy", NOTED)), List.of());
    Meeting again = meeting(List.of(priority(1, "Vätgas", null)), List.of());

    ReadResult carried = ResponseCarryOver.carry(dialogue(answered), "besvarad.xlsx", dialogue(again));

    assertThat(responses(carried.dialogue().meetings().get(0))).containsOnly(Optional.empty());
    assertThat(carried.warnings()).hasSize(2);
  }

  @Test
  void anItemMovedToAnotherAreaOrKindKeepsItsAnswerWithAWarningButAPriorityNeverBecomesAnItem()
      throws InvalidInputException {
    Meeting answered = meeting(List.of(priority(1, "Kollektivtrafik", ADOPTED)),
        List.of(area("skills", List.of(opportunity("Samverkan med universitetet", NOTED)), List.of())));
    Meeting again = meeting(List.of(), List.of(
        area("innovation", List.of(), List.of(challenge("Samverkan med universitetet", null))),
        area("accessibility", List.of(opportunity("Kollektivtrafik", null)), List.of())));

    ReadResult carried = ResponseCarryOver.carry(dialogue(answered), "besvarad.xlsx", dialogue(again));

    Meeting meeting = carried.dialogue().meetings().get(0);
    assertThat(meeting.areas().get(0).challenges().get(0).response()).hasValue(NOTED);
    assertThat(meeting.areas().get(1).opportunities().get(0).response()).isEmpty();
    assertThat(carried.warnings()).extracting(ReadWarning::place, ReadWarning::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple("meeting bolagsdagen-2024-03-13, priority 1", "the answer (adopted, Mål"
            + " 2.3) to \"Kollektivtrafik\" is not carried over: the meeting has no input with this text any more,"
            + " nor one close enough to be its correction. Answer the input again, or give it back its text"),
        org.assertj.core.groups.Tuple.tuple("meeting bolagsdagen-2024-03-13, area skills, opportunity 1", "the"
            + " answer to \"Samverkan med universitetet\" is carried to the same text at area innovation, challenge 1"
            + " of meeting bolagsdagen-2024-03-13; check that it is the same input"));
  }

  @Test
  void inputsThatReadTheSameAreAnsweredInTheirOrder() throws InvalidInputException {
    Meeting answered = meeting(List.of(), List.of(area("skills",
        List.of(opportunity("Fler praktikplatser", ADOPTED), opportunity("Fler praktikplatser", NOTED)), List.of())));
    Meeting again = meeting(List.of(), List.of(area("skills",
        List.of(opportunity("Fler praktikplatser.", null), opportunity("fler praktikplatser", null)), List.of())));

    ReadResult carried = ResponseCarryOver.carry(dialogue(answered), "besvarad.xlsx", dialogue(again));

    assertThat(responses(carried.dialogue().meetings().get(0))).containsExactly(Optional.of(ADOPTED),
        Optional.of(NOTED));
    assertThat(carried.warnings()).isEmpty();
  }

  @Test
  void answersFollowAMeetingWhoseDateWasCorrectedWithAWarningNamingBoth() throws InvalidInputException {
    Meeting other = Meeting.builder().title("Kommundialog").date(LocalDate.of(2024, 4, 19))
        .addPriorities(priority(1, "Bredband", null)).build();
    // Made anew, as reading a summary whose date was corrected makes it: a copy would keep its id.
    Meeting corrected = Meeting.builder().title("Bolagsdagen").date(LocalDate.of(2024, 3, 14))
        .priorities(answered().priorities()).areas(answered().areas()).build();

    ReadResult carried = ResponseCarryOver.carry(dialogue(answered(), other), "besvarad.xlsx",
        dialogue(strip(corrected)));

    assertThat(carried.dialogue()).isEqualTo(dialogue(corrected));
    assertThat(carried.warnings()).extracting(ReadWarning::toString).containsExactly("besvarad.xlsx: meeting"
        + " bolagsdagen-2024-03-13: warning: no meeting read has this meeting's title and date (\"Bolagsdagen\","
        + " 2024-03-13); its answers are carried to \"Bolagsdagen\", 2024-03-14 (meeting bolagsdagen-2024-03-14), its"
        + " one correction: check that it is the same meeting");
  }

  @Test
  void answersFollowAMeetingWhoseTitleWasCorrectedThoughAnInputChangedToo() throws InvalidInputException {
    Meeting corrected = Meeting.builder().title("Bolagsdagen i Luleå").date(LocalDate.of(2024, 3, 13))
        .priorities(List.of(priority(1, "Kompetensförsörjnig", null), priority(2, "Infrastruktur", null)))
        .areas(strip(answered()).areas()).build();

    ReadResult carried = ResponseCarryOver.carry(dialogue(answered()), "besvarad.xlsx", dialogue(corrected));

    assertThat(carried.dialogue().meetings().get(0).priorities().get(0).response()).hasValue(ADOPTED);
    assertThat(carried.warnings()).extracting(ReadWarning::toString).anySatisfy(warning -> assertThat(warning)
        .contains("its answers are carried to \"Bolagsdagen i Luleå\", 2024-03-13"));
  }

  @Test
  void twoCandidateCorrectionsOrNoneAreNoGuess() throws InvalidInputException {
    Meeting luleå = Meeting.builder().title("Bolagsdagen i Luleå").date(LocalDate.of(2024, 3, 13))
        .priorities(strip(answered()).priorities()).areas(strip(answered()).areas()).build();
    Meeting piteå = Meeting.builder().title("Bolagsdagen i Piteå").date(LocalDate.of(2024, 3, 13))
        .priorities(strip(answered()).priorities()).build();
    ReadResult two = ResponseCarryOver.carry(dialogue(answered()), "besvarad.xlsx", dialogue(luleå, piteå));
    assertThat(two.dialogue()).isEqualTo(dialogue(luleå, piteå));
    assertThat(two.warnings()).extracting(ReadWarning::toString).containsExactly("besvarad.xlsx: meeting"
        + " bolagsdagen-2024-03-13: warning: 4 answers to meeting bolagsdagen-2024-03-13 are not carried over: no"
        + " meeting read holds this meeting's title and date, nor is one meeting read its one correction (the same"
        + " date, or most of its answered inputs unchanged); answer its inputs again, or give it back its title and"
        + " date");

    Meeting reworded = Meeting.builder().title("Företagsdagen").date(LocalDate.of(2024, 3, 14))
        .addPriorities(priority(1, "Bredband", null)).build();
    ReadResult none = ResponseCarryOver.carry(dialogue(answered()), "besvarad.xlsx", dialogue(reworded));
    assertThat(none.dialogue()).isEqualTo(dialogue(reworded));
    assertThat(none.warnings()).hasSize(1);
  }

  @Test
  void anInputAnsweredDifferentlyOnBothSidesIsRefusedAndTheSameAnswerOnBothIsFine() throws InvalidInputException {
    Meeting answeredTwice = MeetingInputs.withResponses(answered(), responses(answered()));
    assertThat(ResponseCarryOver.carry(dialogue(answered()), "besvarad.xlsx", dialogue(answeredTwice)).warnings())
        .isEmpty();

    Meeting otherwise = meeting(List.of(priority(1, "Kompetensförsörjning", NOTED)), List.of());
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> ResponseCarryOver.carry(dialogue(answered()), "besvarad.xlsx", dialogue(otherwise)));
    assertThat(e.getMessage()).isEqualTo("besvarad.xlsx: meeting bolagsdagen-2024-03-13, priority 1:"
        + " \"Kompetensförsörjning\" is answered here (adopted, Mål 2.3) and differently in the input read again, at"
        + " priority 1 (noted); a response is not replaced without a person choosing: remove one of the two");
  }

  @Test
  void anAnsweredInputWithoutAnyAnswerIsMostLikelyTheWrongFileAndSaysSo() throws InvalidInputException {
    ReadResult carried = ResponseCarryOver.carry(dialogue(strip(answered())), "bolagsdagen-2024-03-13.txt",
        dialogue(answered()));
    assertThat(carried.dialogue()).isEqualTo(dialogue(answered()));
    assertThat(carried.warnings()).extracting(ReadWarning::toString).containsExactly("bolagsdagen-2024-03-13.txt:"
        + " warning: holds no answers to carry over; give the workbook or JSON file in which the region's"
        + " responses were recorded");
  }

  @Test
  void aTextOfFewerThanFourLettersMustReadTheSame() throws InvalidInputException {
    Meeting answered = meeting(List.of(priority(1, "IT", ADOPTED)), List.of());
    Meeting again = meeting(List.of(priority(1, "IS", null)), List.of());
    ReadResult carried = ResponseCarryOver.carry(dialogue(answered), "besvarad.xlsx", dialogue(again));
    assertThat(responses(carried.dialogue().meetings().get(0))).containsExactly(Optional.empty());
    assertThat(carried.warnings()).singleElement().extracting(ReadWarning::message).asString()
        .contains("is not carried over");
  }

  @Test
  void strictOptionsMakeTheFirstWarningAnError() {
    Meeting corrected = meeting(List.of(priority(1, "Kompetensförsörjnig", null)), List.of());
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> ResponseCarryOver.carry(
        dialogue(answered()), "besvarad.xlsx", dialogue(corrected), ReadOptions.defaults().withStrict(true)));
    assertThat(e.source()).isEqualTo("besvarad.xlsx");
    assertThat(e.path()).hasValue("meeting bolagsdagen-2024-03-13, priority 1");
    assertThat(e.problem()).endsWith("(strict reading makes this warning an error)");
  }

  @Test
  void aPlaceWithTooManyChangedTextsToCompareReportsEveryAnswerInsteadOfTakingLong() throws InvalidInputException {
    List<Opportunity> before = new ArrayList<>();
    List<Opportunity> after = new ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      String text = "Möjlighet nummer " + i + " " + "med en lång förklaring ".repeat(12);
      before.add(opportunity(text, NOTED));
      after.add(opportunity(text + "och en rättelse", null));
    }
    ReadResult carried = ResponseCarryOver.carry(dialogue(meeting(List.of(), List.of(area("skills", before,
        List.of())))), "besvarad.xlsx", dialogue(meeting(List.of(), List.of(area("skills", after, List.of())))));

    assertThat(carried.warnings()).hasSize(1_500).allSatisfy(warning ->
        assertThat(warning.message()).contains("is not carried over"));
  }

  @Test
  void aFewChangedTextsInOnePlaceEachFindTheirOwn() throws InvalidInputException {
    List<Opportunity> before = new ArrayList<>();
    List<Opportunity> after = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      before.add(opportunity("Möjlighet nummer " + i + " för länets företag", NOTED));
      after.add(opportunity("Möjlighet nummer " + i + " för länets företagare", null));
    }
    Collections.reverse(after);
    ReadResult carried = ResponseCarryOver.carry(dialogue(meeting(List.of(), List.of(area("skills", before,
        List.of())))), "besvarad.xlsx", dialogue(meeting(List.of(), List.of(area("skills", after, List.of())))));

    assertThat(responses(carried.dialogue().meetings().get(0))).containsOnly(Optional.of(NOTED));
    assertThat(carried.warnings()).hasSize(20);
  }

  private static Meeting strip(Meeting meeting) {
    return MeetingInputs.withResponses(meeting,
        Collections.nCopies(MeetingInputs.of(meeting).size(), Optional.empty()));
  }

  private static List<Optional<Response>> responses(Meeting meeting) {
    return MeetingInputs.of(meeting).stream().map(MeetingInputs.Entry::response).toList();
  }
}
