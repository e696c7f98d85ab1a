package io.github.rusdialog.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.StakeholderGroup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 33: every Unicode space separator and the tab is a space where a form wants one (after a
 * bullet, a list number, a label's colon). Invisible format characters are kept in the stored
 * texts, as written, and ignored where labels and headings are compared.
 */
class UnicodeSpacesTest {
  private static Meeting read(String space, String invisible) throws SummaryFormatException {
    String text = "Bolagsdagen 13/3 2024\n\nI just det här mötet deltog företrädare för:\n\n-" + space + "Kommunen\n\n"
        + "Mest prioriterade områden enligt deltagarna\n\n1)" + space + "**Boende:** Fler bostäder.\n\n"
        + "God tillgänglighet genom digital kommunikation och transportsystem\n\nMöjlig" + invisible + "heter:"
        + space + "Fler tåg.\n\nUtmaningar:\n\n•" + space + "Långa" + invisible + " avstånd.\n";
    return SummaryReader.create().read(text, "möte.txt").meeting();
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"0020", "00A0", "202F", "2000", "2002", "2009", "200A", "0009"})
  void everySpaceSeparatorIsASpaceAfterABulletANumberAndALabel(String codePoint) throws Exception {
    Meeting meeting = read(Character.toString(Integer.parseInt(codePoint, 16)), "");
    assertThat(meeting.participants()).extracting(StakeholderGroup::name).containsExactly("Kommunen");
    assertThat(meeting.priorities().get(0).title()).isEqualTo("Boende");
    assertThat(meeting.areas().get(0).opportunities()).extracting(AreaItem::text).containsExactly("Fler tåg.");
    assertThat(meeting.areas().get(0).challenges()).extracting(AreaItem::text).containsExactly("Långa avstånd.");
  }

  @ParameterizedTest(name = "U+{0}")
  @ValueSource(strings = {"00AD", "200B", "2060", "FEFF"})
  void invisibleFormatCharactersAreKeptAndIgnoredInComparisons(String codePoint) throws Exception {
    String invisible = Character.toString(Integer.parseInt(codePoint, 16));
    Meeting meeting = read(" ", invisible);
    assertThat(meeting.areas().get(0).opportunities()).extracting(AreaItem::text).containsExactly("Fler tåg.");
    assertThat(meeting.areas().get(0).challenges()).extracting(AreaItem::text)
        .containsExactly("Långa" + invisible + " avstånd.");
  }
}
