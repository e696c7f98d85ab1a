package io.github.rusdialog.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.testkit.SummaryMutants;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The mutation property over CommonMark: a seeded mutant of an example summary, read as Markdown,
 * reads to the original's structure or fails naming a line the change touched. The seed summary's
 * text is CommonMark too, so both examples are mutated. The failing seed is in the test's name.
 * A mutant that removed a blank line between two paragraphs is left out: see {@link #mutants()}.
 */
class MarkdownMutationTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final List<String> SUMMARIES = List.of("kommundialog-overkalix-2024-04-19.md",
      "bolagsdagen-2024-03-13.txt");
  private static final StrategicAreaCatalogue CATALOGUE = StrategicAreaCatalogue.norrbotten();

  /**
   * The seeds, less those whose mutant removed a blank line between two paragraphs: in CommonMark
   * that makes them one paragraph — a different summary, which Markdown defines — and
   * {@code MarkdownSummaryReaderTest} tests what it reads to.
   */
  static Stream<Arguments> mutants() {
    return SUMMARIES.stream().flatMap(name -> IntStream.range(0, 400).mapToObj(seed -> 24_000L + seed)
        .filter(seed -> !joinsParagraphs(name, seed)).map(seed -> Arguments.of(name, seed)));
  }

  private static boolean joinsParagraphs(String summary, long seed) {
    try {
      String original = Files.readString(EXAMPLES.resolve(summary), StandardCharsets.UTF_8);
      return SummaryMutants.mutate(original, seed, CATALOGUE).applied().stream()
          .anyMatch(change -> change.startsWith("removed the blank line"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("mutants")
  void aMutantReadsToTheSameStructureOrFailsAtATouchedLine(String summary, long seed) throws IOException {
    check(summary, seed);
  }

  /** Guards the property against vacuity: most mutants read, some are refused. */
  @Test
  void mostMutantsReadAndSomeAreRefused() throws IOException {
    int read = 0;
    int refused = 0;
    for (String summary : SUMMARIES) {
      for (long seed = 24_000; seed < 24_200; seed++) {
        if (joinsParagraphs(summary, seed)) {
          continue;
        }
        if (check(summary, seed)) {
          read++;
        } else {
          refused++;
        }
      }
    }
    assertThat(read).as("mutants read").isGreaterThan(200);
    assertThat(refused).as("mutants refused").isGreaterThan(20);
  }

  /**
   * Issue 32: per kind of change, every meaning-preserving kind reads whenever it is the only
   * change, and every meaning-changing kind is refused.
   */
  @Test
  void everyKindOfChangeHasItsOutcome() throws IOException {
    SummaryMutants.Tally tally = new SummaryMutants.Tally();
    for (String summary : SUMMARIES) {
      String original = Files.readString(EXAMPLES.resolve(summary), StandardCharsets.UTF_8);
      for (long seed = 24_000; seed < 24_400; seed++) {
        if (!joinsParagraphs(summary, seed)) {
          tally.add(SummaryMutants.mutate(original, seed, CATALOGUE), check(summary, seed));
        }
      }
    }
    tally.assertEveryKind(Map.of("removed blank line", "in CommonMark two paragraphs without a blank line are"
        + " one: a different summary (left out above)",
        "numbering", "in CommonMark \"3. God tillgänglighet …\" is a numbered list item, not a heading: under the"
        + " priorities it would be priority 3, so it is refused where a person would read a heading",
        "priority numbering", "\"•\" is no list marker in CommonMark: \"• 2. …\" under a list item continues that"
        + " item's paragraph, which the Markdown paragraph rule refuses",
        "no-break space", "a CommonMark list marker is followed by a space or a tab: after a no-break space the"
        + " line is a paragraph beginning with \"-\" or \"2.\", which the reader's invariants refuse",
        "item punctuation", "an item of a few words without its full stop, in a paragraph of its own after"
        + " sentences, stands as a heading the catalogue does not know: refused, as a foreign heading must be"));
  }

  private static boolean check(String summary, long seed) throws IOException {
    String original = Files.readString(EXAMPLES.resolve(summary), StandardCharsets.UTF_8);
    MarkdownSummaryReader reader = MarkdownSummaryReader.withCatalogue(CATALOGUE);
    Meeting expected = reader.read(original, summary).meeting();
    SummaryMutants.Mutant mutant = SummaryMutants.mutate(original, seed, CATALOGUE);
    return SummaryMutants.check(expected, mutant, text -> reader.read(text, summary).meeting(),
        summary + " seed " + seed);
  }
}
