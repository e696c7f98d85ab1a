package io.github.rusdialog.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 33: "Inga", "Inga synpunkter", "Inget", "–" as a section's only content say it has none:
 * kept with the area's note under its label, never an input the region is asked to answer.
 */
class EmptySectionsTest {
  private static AreaInput area(String body) throws SummaryFormatException {
    return SummaryReader.create().read(Summaries.TITLE + Summaries.AFTER_TITLE + body, "möte.txt").meeting().areas().get(0);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Inga", "Inga synpunkter", "Inget.", "–", "-", "Inga förslag framkom.", "Saknas"})
  void aSectionThatSaysItHasNoneHasNoItems(String none) throws Exception {
    AreaInput onItsLine = area("Möjligheter: " + none + "\n\nUtmaningar:\n\n- Långa avstånd.\n");
    assertThat(onItsLine.opportunities()).isEmpty();
    assertThat(onItsLine.challenges()).extracting(AreaItem::text).containsExactly("Långa avstånd.");
    assertThat(onItsLine.note()).hasValue("Möjligheter: " + none);
    AreaInput asABullet = area("Möjligheter:\n\n- " + none + "\n\nUtmaningar:\n\n- " + none + "\n");
    assertThat(asABullet.opportunities()).isEmpty();
    assertThat(asABullet.challenges()).isEmpty();
    assertThat(asABullet.note()).hasValue("Möjligheter: " + none + "\nUtmaningar: " + none);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Inga bussar på kvällen.", "Ingen tar ansvar för vägarna.", "Inget bredband i byarna."})
  void anItemThatBeginsWithNoIsAnItem(String item) throws Exception {
    assertThat(area("Utmaningar:\n\n- " + item + "\n").challenges()).extracting(AreaItem::text).containsExactly(item);
  }
}
