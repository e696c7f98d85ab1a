package io.github.rusdialog.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.StakeholderGroup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 33: the style guide writes the numbers one to twelve in words in running text, so "sex
 * unga" is a head count as "6 unga" is; approximate counts in words are refused as in digits.
 */
class NumberWordsTest {
  private static Meeting read(String groups) throws SummaryFormatException {
    return SummaryReader.create().read("Bolagsdagen 13/3 2024\n\nI just det här mötet deltog företrädare för:\n\n"
        + groups + "\n", "möte.txt").meeting();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"- sex unga|unga|6", "- Tre representanter från Sametinget|Sametinget|3",
      "- Unga (sex)|Unga|6", "- Unga: tolv personer|Unga|12", "- Två från Näringslivet|Näringslivet|2",
      "- Unga – åtta|Unga|8", "- Kommunen (en)|Kommunen|1"})
  void aNumberWordIsAHeadCount(String line, String name, int count) throws Exception {
    StakeholderGroup group = read(line).participants().get(0);
    assertThat(group.name()).isEqualTo(name);
    assertThat(group.attendees()).hasValue(count);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"- Ett företag i Kiruna", "- En förening", "- Sexualupplysningen", "- Tiohundra AB"})
  void anArticleOrAWordThatBeginsLikeANumberIsPartOfTheName(String line) throws Exception {
    StakeholderGroup group = read(line).participants().get(0);
    assertThat(group.name()).isEqualTo(line.substring(2));
    assertThat(group.attendees()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"- Unga (cirka sex)", "- ungefär tio unga"})
  void anApproximateCountInWordsIsRefused(String line) {
    SummaryFormatException e = catchThrowableOfType(SummaryFormatException.class, () -> read(line));
    assertThat(e.problem()).contains("approximate head count");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {"Totalt tolv personer|12", "Antal deltagare: nio|9"})
  void aTotalInWordsIsTheMeetingsTotal(String line, int total) throws Exception {
    assertThat(read("- Kommunen\n\n" + line).attendees()).hasValue(total);
  }
}
