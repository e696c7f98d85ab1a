package io.github.rusdialog.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 32: Markdown is parsed once. The reader hands the rules blocks whose kind commonmark-java
 * decided, and their text is never read as markup again: a "#", a list number or "**" that the
 * Markdown made text stays text.
 */
class MarkdownOneParseTest {
  private static final String HEAD = "# Bolagsdagen 13/3 2024\n\nI just det här mötet deltog företrädare för:\n\n"
      + "- Kommunen\n\n## Mest prioriterade områden enligt deltagarna\n\n1. **Boende:** Fler bostäder.\n\n"
      + "## God tillgänglighet genom digital kommunikation och transportsystem\n\nMöjligheter:\n\n";

  private static Meeting read(String markdown) throws InvalidInputException {
    return MarkdownSummaryReader.create().read(markdown, "test.md").meeting();
  }

  private static List<String> opportunities(Meeting meeting) {
    return meeting.areas().stream().map(AreaInput::opportunities).flatMap(List::stream).map(AreaItem::text).toList();
  }

  @Test
  void anHtmlCommentIsReadPastWithAWarningAndOtherHtmlIsRefused() throws Exception {
    var summary = MarkdownSummaryReader.create().read("<!-- Utkast: skickas\ninte ut än -->\n\n" + HEAD
        + "- Tåg.\n\n<!-- fyll på -->\n", "test.md");
    assertThat(opportunities(summary.meeting())).containsExactly("Tåg.");
    assertThat(summary.warnings()).extracting(Object::toString).contains(
        "test.md:1: warning: an HTML comment (\"Utkast: skickas inte ut än\") is not read: Markdown does not show"
            + " comments",
        "test.md:20: warning: an HTML comment (\"fyll på\") is not read: Markdown does not show comments");
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> read("<script>spåra()</script>\n\n" + HEAD + "- Tåg.\n"));
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.problem()).startsWith("this is HTML, which a summary does not have");
  }

  @Test
  void anItemBeginningWithAHashIsAnItemNotAHeading() throws Exception {
    assertThat(opportunities(read(HEAD + "- #Norrbotten behöver fler tåg.\n- \\#Luleå som nav.\n")))
        .containsExactly("#Norrbotten behöver fler tåg.", "#Luleå som nav.");
  }

  @Test
  void anEscapedYearAtAParagraphsStartIsKept() throws Exception {
    assertThat(opportunities(read(HEAD + "2024\\. Det året öppnade den nya banan.\n")))
        .containsExactly("2024. Det året öppnade den nya banan.");
  }

  @Test
  void aListStartingAtAYearIsRefusedSayingHowToEscapeIt() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> read(HEAD + "2024. Det året öppnade den nya banan.\n"));
    assertThat(e.line()).isEqualTo(15);
    assertThat(e.problem()).contains("2024\\.", "numbered list");
  }

  @Test
  void literalAsterisksInAPriorityAreTextNotItsBoldTitle() throws Exception {
    Meeting meeting = read(HEAD.replace("1. **Boende:** Fler bostäder.", "1. \\*\\*Boende\\*\\*: Fler bostäder."));
    PriorityArea first = meeting.priorities().get(0);
    assertThat(first.title()).isEqualTo("**Boende**");
    assertThat(first.description()).contains("Fler bostäder.");
  }

  @Test
  void aBoldTitleIsTheTitleWhereverItsColonIs() throws Exception {
    Meeting meeting = read(HEAD.replace("1. **Boende:** Fler bostäder.", "1. **Boende – med hyresrätter** i hela länet."));
    assertThat(meeting.priorities().get(0).title()).isEqualTo("Boende – med hyresrätter");
    assertThat(meeting.priorities().get(0).description()).contains("i hela länet.");
  }

  @Test
  void aHashInsideAParagraphIsNoHeading() throws Exception {
    assertThat(opportunities(read(HEAD + "\\# Fler tåg mellan Luleå och Boden.\n")))
        .containsExactly("# Fler tåg mellan Luleå och Boden.");
  }
}
