package io.github.rusdialog.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.text.Summary;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 33: YAML front matter as Jekyll, pandoc and Obsidian write it is read for its title and
 * date, as the title line; other keys are skipped with a warning; it is never text in the title
 * or the intro. commonmark-java would read it as a rule and a setext heading.
 */
class FrontMatterTest {
  private static final String BODY = "I just det här mötet deltog företrädare för:\n\n- Kommunen\n";

  private static Summary read(String markdown) throws InvalidInputException {
    return MarkdownSummaryReader.create().read(markdown, "möte.md");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"---\ntitle: Bolagsdagen\ndate: 2024-03-13\n---\n", "---\ntitle: \"Bolagsdagen\"\ndate: '13 mars 2024'\n...\n",
      "---\ndate: 2024-03-13\ntitle: Bolagsdagen\n---\n"})
  void theTitleAndDateAreTheTitleLine(String front) throws Exception {
    Summary summary = read(front + "\n" + BODY);
    Meeting meeting = summary.meeting();
    assertThat(meeting.title()).isEqualTo("Bolagsdagen");
    assertThat(meeting.date()).isEqualTo(LocalDate.of(2024, 3, 13));
    assertThat(meeting.summary()).hasValue("I just det här mötet deltog företrädare för:");
    assertThat(summary.warnings()).noneMatch(warning -> warning.message().contains("front matter"));
  }

  @Test
  void otherKeysAreSkippedWithAWarningAndLinesKeepTheirNumbers() throws Exception {
    Summary summary = read("---\ntags: [rus, 2024]\nauthor: Anna\n---\n\n# Bolagsdagen 13/3 2024\n\n" + BODY);
    assertThat(summary.meeting().title()).isEqualTo("Bolagsdagen");
    assertThat(summary.warnings()).first().satisfies(warning -> {
      assertThat(warning.line()).isEqualTo(1);
      assertThat(warning.message()).contains("tags, author", "not read");
    });
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> read("---\ntags: [rus]\n---\n\n# Bolagsdagen 13/3 2024\n\nMöjligheter:\n"));
    assertThat(e.line()).isEqualTo(7);
  }

  @Test
  void aTitleGivenTwiceIsRefusedAtTheFrontMattersTitle() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> read("---\ntitle: Bolagsdagen\ndate: 2024-03-13\n---\n\n# Bolagsdagen 13/3 2024\n\n" + BODY));
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.problem()).contains("heading on line 6 gives one too");
  }

  @Test
  void aDateWithoutATitleIsRefused() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> read("---\ndate: 2024-03-13\n---\n\n" + BODY));
    assertThat(e.problem()).contains("a date but no title");
  }

  @Test
  void aRuleAtTheTopWithoutAnEndIsNoFrontMatter() throws Exception {
    Meeting meeting = read("---\n\n# Bolagsdagen 13/3 2024\n\n" + BODY).meeting();
    assertThat(meeting.title()).isEqualTo("Bolagsdagen");
  }
}
