package io.github.rusdialog.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.StakeholderGroup;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Issue 32: the forms are named once and composed into every rule — a dash is every dash, a list
 * number is an ordinal, not a year.
 */
class SummaryFormsTest {
  /** What follows the title line, up to an item under "Möjligheter:". */
  private static final String UNDER_OPPORTUNITIES = Summaries.AFTER_TITLE + "Möjligheter:\n\n";

  @ParameterizedTest(name = "title and date apart by U+{0}")
  @ValueSource(strings = {"002D", "2010", "2011", "2012", "2013", "2014", "2015", "2212"})
  void aDashOfAnyKindBetweenTitleAndDateIsNoPartOfTheTitle(String codePoint) throws Exception {
    String dash = Character.toString(Integer.parseInt(codePoint, 16));
    Meeting meeting = Summaries.read("Bolagsdagen " + dash + " 13/3 2024" + UNDER_OPPORTUNITIES + "- Fler tåg.\n");
    assertThat(meeting.title()).isEqualTo("Bolagsdagen");
    assertThat(meeting.date()).isEqualTo(LocalDate.of(2024, 3, 13));
  }

  @Test
  void aYearAtAnItemsStartIsTextNotAListNumber() throws Exception {
    Meeting meeting = Summaries.read(Summaries.UNDER_OPPORTUNITIES + "2024. Det året öppnade den nya banan.\n");
    assertThat(meeting.areas().stream().map(AreaInput::opportunities).flatMap(List::stream).map(AreaItem::text))
        .containsExactly("2024. Det året öppnade den nya banan.");
  }

  @Test
  void anEmDashIsABulletAsTheOtherDashesAre() throws Exception {
    Meeting meeting = Summaries.read(Summaries.UNDER_OPPORTUNITIES.replace("- Kommunen", "— Kommunen\n— Unga (6)")
        + "— Fler tåg.\n");
    assertThat(meeting.participants()).extracting(StakeholderGroup::name).containsExactly("Kommunen", "Unga");
    assertThat(meeting.participants().get(1).attendees()).hasValue(6);
    assertThat(meeting.areas().get(0).opportunities()).extracting(AreaItem::text).containsExactly("Fler tåg.");
  }

  @Test
  void aHeadCountAfterAnyDashIsACount() throws Exception {
    Meeting meeting = Summaries.read(Summaries.UNDER_OPPORTUNITIES.replace("- Kommunen", "- Kommunen — 4") + "- Fler tåg.\n");
    assertThat(meeting.participants().get(0).name()).isEqualTo("Kommunen");
    assertThat(meeting.participants().get(0).attendees()).hasValue(4);
  }
}
