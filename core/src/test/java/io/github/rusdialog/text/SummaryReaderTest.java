package io.github.rusdialog.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Coverage;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StakeholderKind;
import io.github.rusdialog.model.Stated;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SummaryReaderTest {
  private static final SummaryReader READER = SummaryReader.create();
  private static final String ACCESSIBILITY =
      "God tillgänglighet genom digital kommunikation och transportsystem";
  private static final String SKILLS = "Väl fungerande kompetensförsörjning och kompetensutveckling";
  private static final String INNOVATION = "Innovation och förnyelse samt entreprenörskap och företagande";

  private static Meeting read(String text) throws SummaryFormatException {
    return READER.read(text, "test.txt").meeting();
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static SummaryFormatException failure(String text) {
    SummaryFormatException e = catchThrowableOfType(SummaryFormatException.class, () -> read(text));
    assertThat(e).as("expected a SummaryFormatException").isNotNull();
    return e;
  }

  private static List<String> texts(List<? extends AreaItem> items) {
    return items.stream().map(AreaItem::text).collect(Collectors.toList());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "Bolagsdagen 13/3 2024|Bolagsdagen|2024-03-13",
    "Bolagsdagen 2024-03-13|Bolagsdagen|2024-03-13",
    "Bolagsdagen 13 mars 2024|Bolagsdagen|2024-03-13",
    "Bolagsdagen den 13:e mars 2024|Bolagsdagen|2024-03-13",
    "Bolagsdagen 13.3.2024|Bolagsdagen|2024-03-13",
    "Bolagsdagen 13/3-2024|Bolagsdagen|2024-03-13",
    "Bolagsdagen 13 mar 2024|Bolagsdagen|2024-03-13",
    "Bolagsdagen 13 mars 2024 kl. 13–16|Bolagsdagen|2024-03-13",
    "Bolagsdagen, 13 mars 2024, kl 9.30-12|Bolagsdagen|2024-03-13",
    "Länsdagarna 14–15 mars 2024|Länsdagarna|2024-03-14",
    "Länsdagarna 14-15/3 2024|Länsdagarna|2024-03-14",
    "Möte 7 på 2024-03-13|Möte 7 på|2024-03-13",
    "# Kommundialog Överkalix 19/4 2024|Kommundialog Överkalix|2024-04-19",
    "**Ungdomsdialog Kiruna – 1 december 2024**|Ungdomsdialog Kiruna|2024-12-01",
  })
  void readsTheTitleAndTheDateForms(String line, String title, String date) throws IOException {
    Meeting meeting = read(line + "\n");
    assertThat(meeting.title()).isEqualTo(title);
    assertThat(meeting.date()).isEqualTo(LocalDate.parse(date));
  }

  @Test
  void readsGroupsFromTheIntroLine() throws IOException {
    Meeting meeting = read(lines("Möte 13/3 2024", "",
        "I just det här mötet deltog företrädare för: Kommunen, Näringsliv, Byalaget och Unga"));
    assertThat(meeting.summary()).hasValue("I just det här mötet deltog företrädare för:");
    assertThat(meeting.participants()).containsExactly(StakeholderGroup.of("Kommunen"),
        StakeholderGroup.of("Näringsliv"), StakeholderGroup.of("Byalaget", StakeholderKind.OTHER),
        StakeholderGroup.of("Unga"));
  }

  @ParameterizedTest(name = "bullet {0}")
  @ValueSource(strings = {"-", "•", "*"})
  void readsGroupsAsBullets(String bullet) throws IOException {
    Meeting meeting = read(lines("Möte 13/3 2024", "Intro. I mötet deltog företrädare för:",
        bullet + " Kommunen", bullet + " Nationella minoriteter"));
    assertThat(meeting.participants()).extracting(StakeholderGroup::kind)
        .containsExactly(StakeholderKind.MUNICIPALITY, StakeholderKind.MINORITIES);
  }

  @Test
  void readsPrioritiesInEveryNotation() throws IOException {
    Meeting meeting = read(lines("Möte 13/3 2024", "MEST PRIORITERADE OMRÅDEN ENLIGT DELTAGARNA",
        "- 1) **Boende:** Fler bostäder.",
        "2. **Kultur**: Mer kultur.",
        "• 3) Vård: Närmare vård.",
        "4. Kollektivtrafik",
        "5) __Unga:__ Även om det inte direkt nämns, en underförstådd prioritering."));
    assertThat(meeting.priorities()).extracting(PriorityArea::title)
        .containsExactly("Boende", "Kultur", "Vård", "Kollektivtrafik", "Unga");
    assertThat(meeting.priorities()).extracting(p -> p.description().orElse(null))
        .containsExactly("Fler bostäder.", "Mer kultur.", "Närmare vård.", null,
            "Även om det inte direkt nämns, en underförstådd prioritering.");
    assertThat(meeting.priorities()).extracting(PriorityArea::stated).containsExactly(
        Stated.EXPLICIT, Stated.EXPLICIT, Stated.EXPLICIT, Stated.EXPLICIT, Stated.IMPLIED);
  }

  @Test
  void readsAreaHeadingsInAnyCaseWithOrWithoutHash() throws IOException {
    Meeting meeting = read(lines("Möte 13/3 2024",
        ACCESSIBILITY.toUpperCase(java.util.Locale.ROOT), "Möjligheter:", "Tåg.",
        "### " + SKILLS.toLowerCase(java.util.Locale.ROOT), "## Utmaningar", "- Lärare.",
        "**" + INNOVATION + "**", "**Möjligheter:**", "* AI."));
    assertThat(meeting.areas()).extracting(AreaInput::area)
        .containsExactly("accessibility", "skills", "innovation");
    assertThat(texts(meeting.area("skills").orElseThrow().challenges())).containsExactly("Lärare.");
    assertThat(texts(meeting.area("innovation").orElseThrow().opportunities())).containsExactly("AI.");
  }

  @Test
  void readsItemsAsParagraphsOrAnyBullet() throws IOException {
    AreaInput area = read(lines("Möte 13/3 2024", ACCESSIBILITY,
        "Möjligheter", "", "Ett stycke.", "", "- Streck.", "• Punkt.", "* Stjärna.", "– Tankstreck.",
        "Utmaningar:", "-30 grader på vintern.", "", "=HYPERLINK(\"x\")", "", "@namn"))
        .area("accessibility").orElseThrow();
    assertThat(texts(area.opportunities()))
        .containsExactly("Ett stycke.", "Streck.", "Punkt.", "Stjärna.", "Tankstreck.");
    assertThat(texts(area.challenges())).containsExactly("-30 grader på vintern.", "=HYPERLINK(\"x\")", "@namn");
  }

  @Test
  void joinsIndentedContinuationLinesKeepingTheLineBreak() throws IOException {
    AreaInput area = read(lines("Möte 13/3 2024", ACCESSIBILITY, "Möjligheter:",
        "- Första raden", "  fortsätter här.", "- Nästa.")).area("accessibility").orElseThrow();
    assertThat(texts(area.opportunities())).containsExactly("Första raden\nfortsätter här.", "Nästa.");
  }

  @Test
  void makesItemsUnderAnIndirectNoteInsights() throws IOException {
    AreaInput skills = read(lines("Möte 13/3 2024", SKILLS,
        "Detta område nämns inte direkt i svaren, men relaterade insikter kan inkludera:",
        "Breddat utbildningsutbud.", "- Mångkulturellt näringsliv.")).area("skills").orElseThrow();
    assertThat(skills.coverage()).isEqualTo(Coverage.INDIRECT);
    assertThat(skills.note()).hasValue("Detta område nämns inte direkt i svaren, men relaterade insikter kan inkludera:");
    assertThat(texts(skills.insights())).containsExactly("Breddat utbildningsutbud.", "Mångkulturellt näringsliv.");
  }

  @Test
  void marksAnAreaNotDiscussed() throws IOException {
    AreaInput innovation = read(lines("Möte 13/3 2024", "## " + INNOVATION,
        "Detta område diskuterades inte vid mötet.")).area("innovation").orElseThrow();
    assertThat(innovation.coverage()).isEqualTo(Coverage.NOT_DISCUSSED);
    assertThat(innovation.itemCount()).isZero();
  }

  @Test
  void acceptsCrlfByteOrderMarkNonBreakingSpacesTrailingSpacesAndNoFinalNewline() throws IOException {
    String text = "\uFEFFMöte\u00A013/3 2024  \r\n\r\nIntro. Här deltog företrädare för:\u00A0\r\n"
        + "Kommunen \r\n" + ACCESSIBILITY.replace(' ', '\u00A0') + "\r\n\u00A0Möjligheter:\u00A0\r\n"
        + "- Tåg.   \r\nUtmaningar:\r\nBil.";
    Meeting fromString = read(text);
    Meeting fromBytes = READER.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        "test.txt").meeting();
    Meeting fromReader = READER.read(new StringReader(text), "test.txt").meeting();
    assertThat(fromString).isEqualTo(fromBytes).isEqualTo(fromReader);
    assertThat(fromString.title()).isEqualTo("Möte");
    assertThat(fromString.participants()).extracting(StakeholderGroup::name).containsExactly("Kommunen");
    AreaInput area = fromString.area("accessibility").orElseThrow();
    assertThat(texts(area.opportunities())).containsExactly("Tåg.");
    assertThat(texts(area.challenges())).containsExactly("Bil.");
  }

  @Test
  void readsTenMegabytesOfItems() throws IOException {
    StringBuilder text = new StringBuilder(lines("Stor dialog 13/3 2024", ACCESSIBILITY, "Möjligheter:"));
    String item = "- Ett förslag om bättre bussförbindelser mellan byarna längs älvdalen, nummer ";
    int count = 0;
    while (text.length() < 10_000_000) {
      text.append(item).append(count++).append('\n');
    }
    AreaInput area = read(text.toString()).area("accessibility").orElseThrow();
    assertThat(area.opportunities()).hasSize(count);
    assertThat(area.opportunities().get(count - 1).text()).endsWith("nummer " + (count - 1));
  }

  // Errors: each names the line and says what to do.

  @Test
  void rejectsAnEmptySummary() {
    assertThat(failure("").getMessage()).isEqualTo("test.txt:1: the summary is empty; it should start"
        + " with a title line such as \"Bolagsdagen 13/3 2024\"");
    assertThat(failure("\n  \n\n").line()).isEqualTo(1);
  }

  @Test
  void rejectsATitleWithoutDate() {
    SummaryFormatException e = failure(lines("", "Bolagsdagen", "Text"));
    assertThat(e.getMessage()).isEqualTo("test.txt:2: the title line \"Bolagsdagen\" has no date, nor does"
        + " the intro; end the title with the meeting's date, e.g. \"Bolagsdagen 13/3 2024\", \"2024-03-13\""
        + " or \"13 mars 2024\"");
  }

  @Test
  void rejectsADateThatIsNotADate() {
    SummaryFormatException e = failure(lines("Bolagsdagen 31/2 2024"));
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.getMessage()).startsWith("test.txt:1: \"31/2 2024\" is not a date (")
        .endsWith("); write it as 13/3 2024, 2024-03-13 or 13 mars 2024");
    assertThat(failure(lines("Bolagsdagen 2024-13-01")).getMessage()).contains("\"2024-13-01\" is not a date");
  }

  @Test
  void rejectsADateWithoutTitle() {
    assertThat(failure(lines("13/3 2024")).getMessage())
        .isEqualTo("test.txt:1: the title line \"13/3 2024\" has a date but no title; write the meeting's"
            + " name before the date, e.g. \"Bolagsdagen 13/3 2024\"");
  }

  @Test
  void rejectsASectionBeforeAnyArea() {
    assertThat(failure(lines("Möte 13/3 2024", "Intro.", "", "Möjligheter:", "- Tåg.")).getMessage())
        .isEqualTo("test.txt:4: \"Möjligheter:\" before any strategic area heading; put it under the"
            + " heading of the area it belongs to");
  }

  @Test
  void rejectsAGapInThePriorityNumbering() {
    assertThat(failure(lines("Möte 13/3 2024", "Mest prioriterade områden enligt deltagarna",
        "1) **A:** a", "3) **C:** c")).getMessage())
        .isEqualTo("test.txt:4: priority 3 follows priority 1; number the priorities 1, 2, 3 … without gaps");
    assertThat(failure(lines("Möte 13/3 2024", "Mest prioriterade områden enligt deltagarna",
        "2) **B:** b")).getMessage()).isEqualTo("test.txt:3: priority 2 comes first; number the"
            + " priorities 1, 2, 3 … without gaps");
  }

  @Test
  void rejectsADuplicateInThePriorityNumbering() {
    assertThat(failure(lines("Möte 13/3 2024", "Mest prioriterade områden enligt deltagarna",
        "1) **A:** a", "2) **B:** b", "2) **C:** c")).getMessage())
        .isEqualTo("test.txt:5: priority 2 is numbered twice (also line 4); number the priorities 1, 2, 3 …");
  }

  @Test
  void rejectsTheSameAreaTwice() {
    assertThat(failure(lines("Möte 13/3 2024", ACCESSIBILITY, "Möjligheter:", "Tåg.", "",
        "# " + ACCESSIBILITY.toUpperCase(java.util.Locale.ROOT))).getMessage())
        .isEqualTo("test.txt:6: the strategic area \"" + ACCESSIBILITY + "\" appears twice (also line 2);"
            + " merge the two parts");
  }

  @Test
  void rejectsALineThatFitsNowhere() {
    assertThat(failure(lines("Möte 13/3 2024", "Mest prioriterade områden enligt deltagarna",
        "1) **A:** a", "", "Lösryckt mening.")).getMessage())
        .isEqualTo("test.txt:5: \"Lösryckt mening.\" fits nowhere: under the priorities heading (line 2)"
            + " write numbered priorities such as \"1) **Title:** description\", or a strategic area heading");
  }

  @Test
  void rejectsAHeadingThatIsNoStrategicArea() {
    assertThat(failure(lines("Möte 13/3 2024", "## Turism och besöksnäring")).getMessage())
        .startsWith("test.txt:2: \"## Turism och besöksnäring\" stands as a heading, but is no strategic"
            + " area of the catalogue; known areas: \"Goda möjligheter");
  }

  @Test
  void rejectsTextUnderAnAreaThatWasNotDiscussed() {
    assertThat(failure(lines("Möte 13/3 2024", INNOVATION, "Detta område diskuterades inte vid mötet.",
        "- Ändå en punkt.")).getMessage())
        .isEqualTo("test.txt:4: \"- Ändå en punkt.\" is under \"" + INNOVATION + "\" (line 2), whose"
            + " note says it was not discussed; remove the note or the text");
  }

  @Test
  void rejectsAGroupListedTwice() {
    assertThat(failure(lines("Möte 13/3 2024", "Här deltog företrädare för:", "Kommunen", "Unga",
        "- kommunen")).getMessage())
        .isEqualTo("test.txt:5: the group \"kommunen\" is listed twice (also line 3)");
  }

  @Test
  void rejectsASecondPrioritiesHeading() {
    assertThat(failure(lines("Möte 13/3 2024", "Mest prioriterade områden enligt deltagarna",
        "1) A", "## MEST PRIORITERADE OMRÅDEN ENLIGT DELTAGARNA")).getMessage())
        .isEqualTo("test.txt:4: a second priorities heading (the first is on line 2); put all priorities"
            + " under one heading");
  }

  @Test
  void readsInputThatCannotBeUtf8AsWindows1252WithAWarning() throws Exception {
    // Issue 33: bytes without a single UTF-8 sequence are Windows-1252 ("ANSI"), said in a warning;
    // UTF-8 with a broken byte is still refused at its line (EncodingsAndEmailTest).
    byte[] latin1 = lines("Möte 13/3 2024", "Här deltog företrädare för:", "Närings liv")
        .getBytes(StandardCharsets.ISO_8859_1);
    Summary summary = READER.read(new ByteArrayInputStream(latin1), "latin1.txt");
    assertThat(summary.meeting().title()).isEqualTo("Möte");
    assertThat(summary.meeting().participants().get(0).name()).isEqualTo("Närings liv");
    assertThat(summary.warnings().get(0).toString()).startsWith("latin1.txt:1: warning: the file is not UTF-8");
  }

  @Test
  void rejectsBinaryInputNamingTheLineAndColumn() {
    byte[] binary = {'M', 'o', 0, 1, 2, '\n'};
    SummaryFormatException e = catchThrowableOfType(SummaryFormatException.class,
        () -> READER.read(new ByteArrayInputStream(binary), "data.txt"));
    assertThat(e.getMessage()).isEqualTo("data.txt:1: control character U+0000 at column 3; a summary is"
        + " plain text (is this a binary file?)");
    assertThat(failure("Möte 13/3 2024\nText\uD800\n").getMessage()).contains("test.txt:2: lone surrogate U+D800");
  }

  @Test
  void rejectsAnOverlongFirstLine() {
    assertThat(failure("x".repeat(10_000) + " 13/3 2024").getMessage())
        .startsWith("test.txt:1: the first line is not a title line (it is 10010 characters long)");
  }
}
