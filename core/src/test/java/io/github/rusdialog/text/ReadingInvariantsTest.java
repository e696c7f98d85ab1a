package io.github.rusdialog.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.model.AreaItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Issue 33: the reader checks its own result. Forms no rule names — a double marker, a table row
 * written with pipes, bold inside an item, a group whose name begins with a number — fail at their
 * line instead of landing as text nobody meant.
 */
class ReadingInvariantsTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "`- - Fler tåg.`|begins with a list marker",
      "`\\| Fler tåg \\| Långa avstånd \\|`|table row",
      "`- Fler **snabba** tåg.`|holds ** or __",
      "`- Fler __snabba__ tåg.`|holds ** or __",
      "`- [ ] Fler tåg.`|marker a summary does not read",
      "`a) Fler tåg.`|marker a summary does not read",
      "`ii. Fler tåg.`|marker a summary does not read",
      "`> Fler tåg.`|marker a summary does not read"})
  void anItemThatBreaksAnInvariantIsRefusedAtItsLine(String item, String problem) {
    SummaryFormatException e = catchThrowableOfType(SummaryFormatException.class,
        () -> SummaryReader.create().read(Summaries.UNDER_OPPORTUNITIES + item.replace("\\|", "|") + "\n", "möte.txt"));
    assertThat(e.line()).isEqualTo(15);
    assertThat(e.problem()).contains(problem);
  }

  @Test
  void aGroupWhoseNameBeginsWithANumberIsRefused() {
    SummaryFormatException e = catchThrowableOfType(SummaryFormatException.class,
        () -> SummaryReader.create().read(Summaries.UNDER_OPPORTUNITIES.replace("- Kommunen", "- 6 7 unga"), "möte.txt"));
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.problem()).contains("begins with a number");
  }

  @Test
  void aHeadCountWrittenAnotherWayAfterAGroupIsRefused() {
    SummaryFormatException e = catchThrowableOfType(SummaryFormatException.class,
        () -> SummaryReader.create().read(Summaries.UNDER_OPPORTUNITIES.replace("- Kommunen", "- Unga x6"), "möte.txt"));
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.problem()).contains("head count written another way");
  }

  @Test
  void aLettersClosingIsRefusedNotFiledAsAnItem() {
    SummaryFormatException e = catchThrowableOfType(SummaryFormatException.class,
        () -> SummaryReader.create().read(Summaries.UNDER_OPPORTUNITIES + "- Fler tåg.\n\nMed vänlig hälsning\nAnna Svensson\n", "möte.txt"));
    assertThat(e.line()).isEqualTo(17);
    assertThat(e.problem()).contains("closes a letter");
  }

  @Test
  void aLabelFollowedByADashIsTheLabel() throws Exception {
    var area = SummaryReader.create().read(Summaries.UNDER_OPPORTUNITIES + "- Fler tåg.\n\nUtmaningar –\n\n- Långa avstånd.\n", "möte.txt")
        .meeting().areas().get(0);
    assertThat(area.challenges()).extracting(AreaItem::text).containsExactly("Långa avstånd.");
  }

  @Test
  void whatTheInvariantsAllowReads() throws Exception {
    var area = SummaryReader.create().read(Summaries.UNDER_OPPORTUNITIES + "- 3D-teknik i skolan.\n- Fler tåg *nu*.\n- 2 * 3 bussar.\n",
        "möte.txt").meeting().areas().get(0);
    assertThat(area.opportunities()).extracting(AreaItem::text)
        .containsExactly("3D-teknik i skolan.", "Fler tåg *nu*.", "2 * 3 bussar.");
  }
}
