package io.github.rusdialog.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Meeting;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 34: a region's compilation — several meetings in one text, perhaps under a cover — reads as
 * its meetings, each by the rules of a file of its own; what is not a meeting's start stays where
 * it is.
 */
class CompilationTest {
  private static final Path SEED = Path.of("..", "examples", "bolagsdagen-2024-03-13.txt");
  private static final SummaryReader READER = SummaryReader.create();

  private static String seed(String title) throws Exception {
    return Files.readString(SEED, StandardCharsets.UTF_8).replace("Bolagsdagen 13/3 2024", title);
  }

  private static int lines(String text) {
    return (int) text.chars().filter(c -> c == '\n').count();
  }

  @Test
  void aCoverGivesTheDialoguesNameAndDescriptionAndEachMeetingReadsAsItsOwnFile() throws Exception {
    String cover = "Sammanställningar från kommundialogerna 2024\n\nRegion Norrbotten, våren 2024\n"
        + "Underlag till RUS\n\n";
    String text = cover + seed("Bolagsdagen 13/3 2024") + "\n\n" + seed("Kommundialog Kiruna onsdag den 8 maj 2024");
    SummaryDocument document = READER.readDocument(text, "samman.txt");
    assertThat(document.summaries()).extracting(Summary::meeting).containsExactly(
        READER.read(seed("Bolagsdagen 13/3 2024"), "a.txt").meeting(),
        READER.read(seed("Kommundialog Kiruna onsdag den 8 maj 2024"), "b.txt").meeting());
    assertThat(document.title()).hasValue("Sammanställningar från kommundialogerna 2024");
    assertThat(document.description()).hasValue("Region Norrbotten, våren 2024\nUnderlag till RUS");
    var dialogue = document.toDialogue();
    assertThat(dialogue.name()).hasValue("Sammanställningar från kommundialogerna 2024");
    assertThat(dialogue.description()).hasValue("Region Norrbotten, våren 2024\nUnderlag till RUS");
    assertThat(dialogue.organiser()).hasValue("Region Norrbotten");

    SummaryFormatException one = catchThrowableOfType(SummaryFormatException.class,
        () -> READER.read(cover + seed("Bolagsdagen 13/3 2024"), "samman.txt"));
    assertThat(one.problem()).startsWith("the document has a cover with text before its meeting (\"Region"
        + " Norrbotten, våren 2024\" …); read it with readDocument");
    assertThat(READER.read("Sammanställning\n\n" + seed("Bolagsdagen 13/3 2024"), "samman.txt").dialogueName())
        .hasValue("Sammanställning");
  }

  @Test
  void aCoverHoldingAMeetingsPartsIsAFirstMeetingWithoutADateAndRefused() throws Exception {
    String undated = seed("Bolagsdagen 13/3 2024").replaceFirst("Bolagsdagen 13/3 2024", "Bolagsdagen");
    SummaryFormatException e = catchThrowableOfType(SummaryFormatException.class,
        () -> READER.readDocument(undated + "\n\n" + seed("Kommundialog Kiruna 8/5 2024"), "samman.txt"));
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.problem()).startsWith("\"Bolagsdagen\" has no date, and a meeting with a dated title starts at"
        + " line ").contains("is part of a meeting: if \"Bolagsdagen\" is the first meeting's title, end it with the"
        + " meeting's date");
  }

  @Test
  void twoMeetingsWithOneIdAreRefusedAtTheSecond() throws Exception {
    String first = seed("Bolagsdagen 13/3 2024");
    SummaryFormatException e = catchThrowableOfType(SummaryFormatException.class,
        () -> READER.readDocument(first + "\n\n" + first, "samman.txt"));
    assertThat(e.line()).isEqualTo(lines(first) + 5);
    assertThat(e.problem()).isEqualTo("\"Bolagsdagen 13/3 2024\" starts a meeting with the same id,"
        + " \"bolagsdagen-2024-03-13\", as the meeting at line 3: two meetings of one day need titles of their"
        + " own; if it is the same meeting, keep one of the two");
  }

  @Test
  void anErrorOrAWarningOfALaterMeetingNamesItsLineInTheWholeTextAndTheMeeting() throws Exception {
    String first = seed("Bolagsdagen 13/3 2024");
    String second = seed("Kommundialog Kiruna 8/5 2024").replace("Utmaningar:", "Svagheter:");
    SummaryFormatException e = catchThrowableOfType(SummaryFormatException.class,
        () -> READER.readDocument(first + "\n\n" + second, "samman.txt"));
    int svagheter = lines(first) + 2 + List.of(second.split("\n", -1)).indexOf("Svagheter:") + 1;
    assertThat(e.line()).isEqualTo(svagheter);
    assertThat(e.problem()).startsWith("meeting 2 of 2 (\"Kommundialog Kiruna 8/5 2024\"): ");

    String noPriorities = "Kommundialog Kiruna 8/5 2024\n\nI just det här mötet deltog företrädare för:\n\n"
        + "- Kommunen\n\nGod tillgänglighet genom digital kommunikation och transportsystem\n\nMöjligheter:\n\n- Tåg.\n";
    SummaryDocument read = READER.readDocument(first + "\n\n" + noPriorities, "samman.txt");
    assertThat(read.warnings()).extracting(SummaryWarning::toString).containsExactly("samman.txt:" + (lines(first) + 3)
        + ": warning: meeting 2 of 2 (\"Kommundialog Kiruna 8/5 2024\"): the meeting has no priorities: list them"
        + " numbered under \"Mest prioriterade områden enligt deltagarna\"");
  }

  @Test
  void aDatedLineThatNoMeetingFollowsStaysWhereItIs() throws Exception {
    String text = seed("Bolagsdagen 13/3 2024").replace("Möjligheter:\n", "Möjligheter:\n\nUppföljning 13/9 2024\n\n");
    SummaryDocument document = READER.readDocument(text, "samman.txt");
    assertThat(document.summaries()).hasSize(1);
    assertThat(document.summaries().get(0).meeting().areas().stream().map(AreaInput::opportunities)
        .flatMap(List::stream).map(AreaItem::text)).contains("Uppföljning 13/9 2024");
  }

  @Test
  void aMeetingWithoutParticipantsAfterTheFirstStartsAtItsHeading() throws Exception {
    String first = seed("Bolagsdagen 13/3 2024");
    Meeting second = READER.readDocument(first + "\n\n# Kommundialog Kiruna 8/5 2024\n\n"
        + "God tillgänglighet genom digital kommunikation och transportsystem\n\nMöjligheter:\n\n- Tåg.\n",
        "samman.txt").summaries().get(1).meeting();
    assertThat(second.title()).isEqualTo("Kommundialog Kiruna");
    assertThat(second.areas().get(0).opportunities()).extracting(AreaItem::text).containsExactly("Tåg.");
  }
}
