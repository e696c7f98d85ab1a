package io.github.rusdialog.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.testkit.SampleMeetings;
import io.github.rusdialog.testkit.SummaryMutants;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Markdown made by another program: pandoc's conversions of the bundled Word summary (see
 * {@code src/test/resources/pandoc/README.md}) read to the seed meeting. pandoc wraps lines at 72
 * columns and puts each priority's continuation in a block quote inside the list item; the
 * words land where the Word document has them, and only line breaks differ.
 */
class PandocMarkdownTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"commonmark", "gfm", "markdown_strict"})
  void readsPandocsMarkdownOfTheSeedToTheSeed(String flavour) throws Exception {
    Path file = Path.of("src", "test", "resources", "pandoc", "bolagsdagen-" + flavour + ".md");
    Meeting read = MarkdownSummaryReader.create().read(file).meeting();
    Meeting seed = SampleMeetings.seed();
    assertThat(SummaryMutants.structure(read)).isEqualTo(SummaryMutants.structure(seed));
    assertThat(read.summary()).isEqualTo(seed.summary());
    assertThat(read.participants()).isEqualTo(seed.participants());
    for (int i = 0; i < seed.priorities().size(); i++) {
      PriorityArea expected = seed.priorities().get(i);
      PriorityArea actual = read.priorities().get(i);
      assertThat(actual.title()).isEqualTo(expected.title());
      assertThat(actual.stated()).isEqualTo(expected.stated());
      // The block quote is a block of its own: its words follow on a new line.
      assertThat(actual.description().orElseThrow().replaceAll("\\s+", " "))
          .isEqualTo(expected.description().orElseThrow().replaceAll("\\s+", " "));
    }
    assertThat(read.areas()).isEqualTo(seed.areas());
  }
}
