package io.github.rusdialog.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Issue 33: Markdown as editors write it. A GFM table of two columns headed "Möjligheter |
 * Utmaningar" is read as the Word reader reads that table; any other table is refused at its line,
 * and so is a row with more cells than the header (GFM would drop them); struck-through text is
 * refused, since deleted words are not input.
 */
class GfmTest {
  private static final String HEAD = "# Bolagsdagen 13/3 2024\n\nI just det här mötet deltog företrädare för:\n\n"
      + "- Kommunen\n\n## Mest prioriterade områden enligt deltagarna\n\n1. **Boende:** Fler bostäder.\n\n"
      + "## God tillgänglighet genom digital kommunikation och transportsystem\n\n";

  private static AreaInput area(String markdown) throws InvalidInputException {
    return MarkdownSummaryReader.create().read(HEAD + markdown, "möte.md").meeting().areas().get(0);
  }

  @Test
  void aTableOfOpportunitiesAndChallengesReadsAsTheWordReaderReadsIt() throws Exception {
    AreaInput area = area("| Möjligheter | Utmaningar |\n|---|---|\n| Fler tåg. | Långa avstånd. |\n"
        + "| Fiber i byarna. | |\n| **Samåkning** i glesbygd. | Få bussar \\| på kvällen. |\n");
    assertThat(area.opportunities()).extracting(AreaItem::text)
        .containsExactly("Fler tåg.", "Fiber i byarna.", "Samåkning i glesbygd.");
    assertThat(area.challenges()).extracting(AreaItem::text).containsExactly("Långa avstånd.", "Få bussar | på kvällen.");
  }

  @Test
  void anyOtherTableIsRefusedAtItsLine() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> area("| Styrkor | Svagheter |\n|---|---|\n| a | b |\n"));
    assertThat(e.line()).isEqualTo(13);
    assertThat(e.problem()).contains("two columns under a header row of section labels");
  }

  @Test
  void aRowWithMoreCellsThanTheHeaderIsRefusedNotCut() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> area("| Möjligheter | Utmaningar |\n|---|---|\n| Fler tåg. | Långa avstånd. | Och mer. |\n"));
    assertThat(e.line()).isEqualTo(15);
    assertThat(e.problem()).contains("3 cells");
  }

  @Test
  void struckThroughTextIsRefusedAndALoneTildeIsText() throws Exception {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> area("Möjligheter:\n\n- Fler ~~snabba~~ tåg.\n"));
    assertThat(e.problem()).contains("struck-through");
    assertThat(area("Möjligheter:\n\n- Fler tåg för ~20 resenärer till ~30 kr.\n").opportunities())
        .extracting(AreaItem::text).containsExactly("Fler tåg för ~20 resenärer till ~30 kr.");
  }
}
