package io.github.rusdialog.docx;

import static io.github.rusdialog.docx.TestDocuments.ACCESSIBILITY;
import static io.github.rusdialog.docx.TestDocuments.TITLE;
import static io.github.rusdialog.docx.TestDocuments.boldRun;
import static io.github.rusdialog.docx.TestDocuments.listItem;
import static io.github.rusdialog.docx.TestDocuments.p;
import static io.github.rusdialog.docx.TestDocuments.run;
import static io.github.rusdialog.docx.TestDocuments.styled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.text.Summary;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What Word holds, mapped to the summary rules: styles, list numbers, bold, breaks, tables. */
class DocxMappingTest {
  static Summary read(TestDocuments document) throws IOException {
    return DocxSummaryReader.create().read(new ByteArrayInputStream(document.bytes()), "test.docx");
  }

  static InvalidInputException failure(TestDocuments document) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(document));
    assertThat(e).as("expected an InvalidInputException").isNotNull();
    return e;
  }

  static List<String> texts(List<? extends AreaItem> items) {
    return items.stream().map(AreaItem::text).collect(Collectors.toList());
  }

  @Test
  void aHeadingStyleMakesAShortLineAHeadingThatMustBeAnArea() {
    InvalidInputException e = failure(TestDocuments.of(TITLE, styled("Rubrik1", ACCESSIBILITY),
        p("Möjligheter:"), p("Tåg."), styled("Rubrik1", "Turism"), p("Fler turister.")));
    assertThat(e.getMessage()).startsWith("test.docx: paragraph 5 \"Turism\": \"Turism\" stands as a heading,"
        + " but is no strategic area of the catalogue");
  }

  @Test
  void readsTheNumbersWordShowsContinuedAcrossListInstancesOfOneDefinition() throws IOException {
    Meeting meeting = read(TestDocuments.of(TITLE, p("Prioriteringar"),
        listItem(1, boldRun("Boende:") + run(" Fler bostäder.")), listItem(1, run("Kultur: Mer kultur.")),
        listItem(2, run("Vård: Närmare vård.")))
        .withDecimalList(1, 0).withDecimalList(2, 0)).meeting();
    assertThat(meeting.priorities()).extracting(PriorityArea::rank).containsExactly(1, 2, 3);
    assertThat(meeting.priorities()).extracting(PriorityArea::title).containsExactly("Boende", "Kultur", "Vård");
  }

  @Test
  void aRestartedListIsReadAsWordShowsIt() {
    InvalidInputException e = failure(TestDocuments.of(TITLE, p("Prioriteringar"),
        listItem(1, run("Boende: Fler bostäder.")), listItem(2, run("Kultur: Mer kultur.")))
        .withDecimalList(1, 0).withDecimalList(2, 1));
    assertThat(e.getMessage()).isEqualTo("test.docx: paragraph 4 \"Kultur: Mer kultur.\": priority 1 is"
        + " numbered twice (also paragraph 3 \"Boende: Fler bostäder.\"); number the priorities 1, 2, 3 …");
  }

  @Test
  void aListStartingAtThreeIsRefusedAsWordShowsThree() {
    InvalidInputException e = failure(TestDocuments.of(TITLE, p("Prioriteringar"),
        listItem(1, run("Boende: Fler bostäder."))).withDecimalList(1, 3));
    assertThat(e.getMessage()).startsWith("test.docx: paragraph 3 \"Boende: Fler bostäder.\": priority 3 comes first");
  }

  @Test
  void boldFromACharacterStyleMakesThePriorityTitle() throws IOException {
    Meeting meeting = read(TestDocuments.of(TITLE, p("Prioriteringar"),
        listItem(1, "<w:r><w:rPr><w:rStyle w:val=\"Stark\"/></w:rPr><w:t>Boende</w:t></w:r>"
            + run(" En tydlig prioritering.")))
        .withDecimalList(1, 0)).meeting();
    assertThat(meeting.priorities().get(0).title()).isEqualTo("Boende");
    assertThat(meeting.priorities().get(0).description()).hasValue("En tydlig prioritering.");
  }

  @Test
  void readsBulletsSoftBreaksTabsAndNoBreakSpacesAsWritten() throws IOException {
    AreaInput area = read(TestDocuments.of(TITLE, styled("Rubrik1", ACCESSIBILITY), p("Möjligheter:"),
        listItem(5, run("Tåg\u00A0och\tbuss") + "<w:r><w:br/></w:r>" + run("andra raden.")),
        listItem(5, run("Cykel."))).withBulletList(5)).meeting().area("accessibility").orElseThrow();
    assertThat(texts(area.opportunities())).containsExactly("Tåg\u00A0och\tbuss\nandra raden.", "Cykel.");
  }

  @Test
  void readsAMojligheterUtmaningarTableRowByRow() throws IOException {
    String table = "<w:tbl " + TestDocuments.W + ">" + row("Möjligheter", "Utmaningar")
        + row("Tåg.", "Bilberoendet.") + row("Drönare.", "") + row("", "Långa avstånd.") + "</w:tbl>";
    AreaInput area = read(TestDocuments.of(TITLE, styled("Rubrik1", ACCESSIBILITY), table))
        .meeting().area("accessibility").orElseThrow();
    assertThat(texts(area.opportunities())).containsExactly("Tåg.", "Drönare.");
    assertThat(texts(area.challenges())).containsExactly("Bilberoendet.", "Långa avstånd.");
  }

  /** Issue 24: the table header takes the label words the text rules take, from the same place. */
  @Test
  void readsATableHeadedWithAnyLabelWordsTheTextRulesKnowInEitherOrder() throws IOException {
    for (String[] header : new String[][] {{"Opportunities", "Challenges"}, {"Mojligheter:", "Utmaningar:"},
        {"**Möjlighet**", "UTMANING"}}) {
      String table = "<w:tbl " + TestDocuments.W + ">" + row(header[0], header[1]) + row("Tåg.", "Bilberoendet.")
          + "</w:tbl>";
      AreaInput area = read(TestDocuments.of(TITLE, styled("Rubrik1", ACCESSIBILITY), table))
          .meeting().area("accessibility").orElseThrow();
      assertThat(texts(area.opportunities())).as(String.join(" | ", header)).containsExactly("Tåg.");
      assertThat(texts(area.challenges())).as(String.join(" | ", header)).containsExactly("Bilberoendet.");
    }
    String reversed = "<w:tbl " + TestDocuments.W + ">" + row("Utmaningar", "Möjligheter") + row("Bilberoendet.", "Tåg.")
        + "</w:tbl>";
    AreaInput area = read(TestDocuments.of(TITLE, styled("Rubrik1", ACCESSIBILITY), reversed))
        .meeting().area("accessibility").orElseThrow();
    assertThat(texts(area.opportunities())).containsExactly("Tåg.");
    assertThat(texts(area.challenges())).containsExactly("Bilberoendet.");
  }

  @Test
  void refusesAnyOtherTableNamingIt() {
    String table = "<w:tbl " + TestDocuments.W + ">" + row("Styrkor", "Svagheter") + row("A.", "B.") + "</w:tbl>";
    InvalidInputException e = failure(TestDocuments.of(TITLE, styled("Rubrik1", ACCESSIBILITY), table));
    assertThat(e.getMessage()).isEqualTo("test.docx: table 1 (after \"God tillgänglighet genom digital"
        + " kommunikation och …\"): a table is read only as two columns under a header row of section labels,"
        + " such as \"Möjligheter | Utmaningar\"; this one has 2 column(s) headed \"Styrkor | Svagheter\". Write its content as"
        + " paragraphs under the labels, or give it that header");
  }

  @Test
  void refusesATableBeforeAnyAreaAtItsHeaderCell() {
    String table = "<w:tbl " + TestDocuments.W + ">" + row("Möjligheter", "Utmaningar") + row("A.", "B.") + "</w:tbl>";
    InvalidInputException e = failure(TestDocuments.of(TITLE, p("Intro."), table));
    assertThat(e.getMessage()).isEqualTo("test.docx: table 1 (after \"Intro.\") row 1 cell 1: \"Möjligheter\""
        + " before any strategic area heading; put it under the heading of the area it belongs to");
  }

  private static String row(String left, String right) {
    return "<w:tr><w:tc>" + cell(left) + "</w:tc><w:tc>" + cell(right) + "</w:tc></w:tr>";
  }

  private static String cell(String text) {
    return "<w:p>" + (text.isEmpty() ? "" : run(text)) + "</w:p>";
  }
}
