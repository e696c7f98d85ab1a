package io.github.rusdialog.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Meeting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 33: a line indented under a bullet item, deeper than that item's marker, is a sub-point of
 * it: kept in the item's text as written, never a sibling item; under a group it is refused at its
 * line, since a group is one name.
 */
class NestingTest {
  @ParameterizedTest(name = "indent {0}")
  @ValueSource(strings = {"  ", "    ", "\t", "   "})
  void aBulletIndentedUnderAnItemIsASubPointOfIt(String indent) throws Exception {
    Meeting meeting = Summaries.read(Summaries.UNDER_OPPORTUNITIES + "- Fler tåg:\n" + indent + "- till Kiruna\n" + indent + "- till Haparanda\n"
        + "- Bättre bussar.\n");
    assertThat(meeting.areas().get(0).opportunities()).extracting(AreaItem::text)
        .containsExactly("Fler tåg:\n- till Kiruna\n- till Haparanda", "Bättre bussar.");
  }

  @Test
  void aNumberedLineIndentedUnderAnItemIsASubPointToo() throws Exception {
    Meeting meeting = Summaries.read(Summaries.UNDER_OPPORTUNITIES + "- Fler tåg:\n\n    1. till Kiruna\n    2. till Haparanda\n");
    assertThat(meeting.areas().get(0).opportunities()).extracting(AreaItem::text)
        .containsExactly("Fler tåg:\n1. till Kiruna\n2. till Haparanda");
  }

  @Test
  void itemsIndentedAlikeAreSiblings() throws Exception {
    Meeting meeting = Summaries.read(Summaries.UNDER_OPPORTUNITIES + "  - Fler tåg.\n  - Bättre bussar.\n");
    assertThat(meeting.areas().get(0).opportunities()).extracting(AreaItem::text)
        .containsExactly("Fler tåg.", "Bättre bussar.");
  }

  @Test
  void aBulletIndentedUnderAGroupIsRefusedAtItsLine() {
    SummaryFormatException e = catchThrowableOfType(SummaryFormatException.class, () -> Summaries.read(
        Summaries.UNDER_OPPORTUNITIES.replace("- Kommunen\n", "- Kommunen\n  - Socialtjänsten\n")));
    assertThat(e.line()).isEqualTo(6);
    assertThat(e.problem()).contains("indented under the group above");
  }
}
