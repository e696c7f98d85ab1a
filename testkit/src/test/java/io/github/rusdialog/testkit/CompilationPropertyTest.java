package io.github.rusdialog.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.text.Summary;
import io.github.rusdialog.text.SummaryDocument;
import io.github.rusdialog.text.SummaryReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 34's property: a compilation of meetings — three summaries changed the way people change
 * them ({@link SummaryMutants}), one after another, with or without a cover — reads as those
 * meetings, each equal to the meeting its own file reads to; and when one of them is refused on
 * its own, the compilation is refused too, at a line of that meeting. Each case is one seed.
 */
class CompilationPropertyTest {
  private static final Path SEED = Path.of("..", "examples", "bolagsdagen-2024-03-13.txt");
  private static final String[] PLACES = {"Kiruna", "Gällivare", "Luleå"};
  private static final SummaryReader READER = SummaryReader.create();

  static LongStream seeds() {
    return LongStream.range(34_000, 34_150);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aCompilationReadsAsItsMeetingsReadAlone(long seed) throws IOException {
    check(seed);
  }

  /** Guards the property against vacuity: most compilations read, and some hold a refused meeting. */
  @Test
  void mostCompilationsReadAndSomeAreRefused() throws IOException {
    long read = seeds().filter(seed -> {
      try {
        return check(seed);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }).count();
    assertThat(read).as("compilations read").isBetween(40L, 140L);
  }

  /** Checks one seed's compilation; whether all three meetings read. */
  private static boolean check(long seed) throws IOException {
    String original = Files.readString(SEED, StandardCharsets.UTF_8);
    boolean cover = seed % 2 == 0;
    StringBuilder compilation = new StringBuilder(cover ? "Sammanställningar från kommundialogerna 2024\n\n" : "");
    List<Meeting> alone = new ArrayList<>();
    int refusedMeeting = -1;
    int[] firstLines = new int[PLACES.length + 1];
    for (int k = 0; k < PLACES.length; k++) {
      String text = retitled(SummaryMutants.mutate(original, seed * PLACES.length + k,
          StrategicAreaCatalogue.norrbotten()).text(), "Kommundialog " + PLACES[k] + " " + (k + 8) + "/5 2024");
      firstLines[k] = (int) compilation.chars().filter(c -> c == '\n').count() + 1;
      compilation.append(text).append("\n\n");
      try {
        alone.add(READER.read(text, "alone.txt").meeting());
      } catch (InvalidInputException e) {
        refusedMeeting = refusedMeeting < 0 ? k : refusedMeeting;
      }
    }
    firstLines[PLACES.length] = Integer.MAX_VALUE;
    if (refusedMeeting >= 0) {
      InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
          () -> READER.readDocument(compilation.toString(), "samman.txt"));
      assertThat(e).as("the compilation holds a meeting refused on its own").isNotNull();
      assertThat(e.line()).as(e.getMessage()).isBetween(firstLines[refusedMeeting], firstLines[refusedMeeting + 1]);
      return false;
    }
    SummaryDocument document = READER.readDocument(compilation.toString(), "samman.txt");
    assertThat(document.summaries()).extracting(Summary::meeting).containsExactlyElementsOf(alone);
    assertThat(document.title()).isEqualTo(cover ? java.util.Optional.of("Sammanställningar från kommundialogerna 2024")
        : java.util.Optional.empty());
    return true;
  }

  /** The summary with its first line, the title line, replaced. */
  private static String retitled(String summary, String title) {
    String[] lines = summary.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (!lines[i].isBlank()) {
        lines[i] = title;
        break;
      }
    }
    return String.join("\n", lines);
  }
}
