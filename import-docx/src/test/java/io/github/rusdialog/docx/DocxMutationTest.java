package io.github.rusdialog.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.testkit.SummaryMutants;
import io.github.rusdialog.text.SummaryFormatException;
import io.github.rusdialog.text.SummaryReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The reader issue's mutation property over the Word form: a seeded mutant of an example
 * summary, written as a Word document, reads to the same structure as its text form, or both fail
 * — the Word reading at the paragraph that shows the line the text reading names.
 */
class DocxMutationTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final List<String> SUMMARIES = List.of("bolagsdagen-2024-03-13.txt",
      "kommundialog-overkalix-2024-04-19.md");
  private static final Pattern PARAGRAPH = Pattern.compile("^paragraph (\\d+) ");

  static Stream<Arguments> mutants() {
    return SUMMARIES.stream().flatMap(name -> IntStream.range(0, 300)
        .mapToObj(seed -> Arguments.of(name, 14_000L + seed)));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("mutants")
  void aMutantInWordReadsAsItsTextOrFailsAtTheSameParagraph(String summary, long seed) throws IOException {
    check(summary, seed);
  }

  /**
   * Issue 32: per kind of change, every meaning-preserving kind reads in Word whenever it is the
   * only change, and every meaning-changing kind is refused.
   */
  @Test
  void everyKindOfChangeHasItsOutcome() throws IOException {
    SummaryMutants.Tally tally = new SummaryMutants.Tally();
    for (String summary : SUMMARIES) {
      String original = Files.readString(EXAMPLES.resolve(summary), StandardCharsets.UTF_8);
      for (long seed = 14_000; seed < 14_300; seed++) {
        tally.add(SummaryMutants.mutate(original, seed, StrategicAreaCatalogue.norrbotten()), check(summary, seed));
      }
    }
    tally.assertEveryKind(Map.of("removed blank line", "two paragraphs joined into one, read as the text form"
        + " reads them, which refuses a line that could be an item of its own or the item's continuation"));
  }

  /** Checks one mutant; true if its Word form read, false if refused at the text form's line. */
  private static boolean check(String summary, long seed) throws IOException {
    String original = Files.readString(EXAMPLES.resolve(summary), StandardCharsets.UTF_8);
    StrategicAreaCatalogue catalogue = StrategicAreaCatalogue.norrbotten();
    SummaryMutants.Mutant mutant = SummaryMutants.mutate(original, seed, catalogue);
    String story = summary + " seed " + seed + " " + mutant;
    Meeting fromText = null;
    SummaryFormatException textError = null;
    // Lines of the text form where a blank line was put back, in the mutant's numbering.
    List<Integer> separated = new ArrayList<>();
    String text = mutant.text();
    while (true) {
      try {
        fromText = SummaryReader.withCatalogue(catalogue).read(text, summary).meeting();
        textError = null;
        break;
      } catch (SummaryFormatException e) {
        textError = e;
      }
      // Text refuses a line right under an item that could be an item of its own or the item's
      // continuation; in Word every paragraph is one, so the Word form reads as the text with a
      // blank line there.
      if (!textError.getMessage().contains("without a blank line") || separated.size() > 20) {
        break;
      }
      List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
      lines.add(textError.line() - 1, "");
      separated.add(textError.line() - separated.size());
      text = String.join("\n", lines);
    }
    DocxRenderer.Rendered docx = DocxRenderer.render(mutant.text());
    try {
      Meeting fromWord = DocxSummaryReader.withCatalogue(catalogue)
          .read(new ByteArrayInputStream(docx.bytes), "mutant.docx").meeting();
      if (textError != null || mutant.mustFail()) {
        fail("the Word form read although the text form failed (" + textError + "): " + story);
      }
      assertThat(SummaryMutants.structure(fromWord)).as(story).isEqualTo(SummaryMutants.structure(fromText));
      return true;
    } catch (InvalidInputException wordError) {
      assertThat(textError).as("the text form read, the Word form failed with %s: %s", wordError.getMessage(),
          story).isNotNull();
      Matcher paragraph = PARAGRAPH.matcher(wordError.path().orElse(""));
      assertThat(paragraph.find()).as("a paragraph named in %s", wordError.getMessage()).isTrue();
      int line = docx.sourceLineOfParagraph(Integer.parseInt(paragraph.group(1)));
      int textLine = textError.line();
      for (int at : separated) {
        if (at < textError.line()) {
          textLine--;
        }
      }
      assertThat(line).as("the line of %s, for the text error %s: %s", wordError.getMessage(),
          textError.getMessage(), story).isEqualTo(textLine);
      return false;
    }
  }
}
