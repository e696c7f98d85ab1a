package io.github.rusdialog.responses;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The text part of an input's identity: what reads the same, and how far apart two texts are. */
class InputTextTest {
  @ParameterizedTest(name = "\"{0}\" reads as \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "Svårt att rekrytera ingenjörer|svårt att rekrytera ingenjörer",
      "  ”Svårt  att\u00a0rekrytera\tingenjörer.”  |svårt att rekrytera ingenjörer",
      "'Svårt att rekrytera ingenjörer'!?…|svårt att rekrytera ingenjörer",
      "Öst–västlig förbindelse — snart|öst-västlig förbindelse - snart",
      "STRASSE|strasse",
      "Straße|strasse",
      "KIRKKO ıI|kirkko ii",
      "ﬁber på ＬＡＮＤＥＴ|fiber på landet",
      "Kompetens: 100 %|kompetens: 100 %",
      "Unga (6)|unga (6)",
      "...|''"})
  void readsTheSameOnceCaseSpacingQuotesDashesAndClosingPunctuationAreSetAside(String text, String normalised) {
    assertThat(InputText.normalise(text)).isEqualTo(normalised);
  }

  static LongStream seeds() {
    return LongStream.range(0, 400);
  }

  /** The banded, cut-short distance agrees with the textbook one wherever it is within the limit. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theBandedDistanceIsTheEditDistanceWithinTheLimit(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int[] x = word(random, random.nextInt(30));
    int[] y = random.nextBoolean() ? word(random, random.nextInt(30)) : edit(random, x);
    int limit = random.nextInt(12);
    int exact = levenshtein(x, y);
    assertThat(InputText.distance(x, y, limit)).isEqualTo(exact <= limit ? exact : limit + 1);
  }

  private static int[] word(SplittableRandom random, int length) {
    return random.ints(length, 'a', 'e').toArray();
  }

  private static int[] edit(SplittableRandom random, int[] x) {
    StringBuilder text = new StringBuilder(new String(x, 0, x.length));
    for (int n = random.nextInt(6); n > 0; n--) {
      int at = random.nextInt(text.length() + 1);
      switch (random.nextInt(3)) {
        case 0 -> text.insert(at, (char) random.nextInt('a', 'e'));
        case 1 -> { if (at < text.length()) text.deleteCharAt(at); }
        default -> { if (at < text.length()) text.setCharAt(at, (char) random.nextInt('a', 'e')); }
      }
    }
    return text.codePoints().toArray();
  }

  private static int levenshtein(int[] x, int[] y) {
    int[][] d = new int[x.length + 1][y.length + 1];
    for (int i = 0; i <= x.length; i++) {
      for (int j = 0; j <= y.length; j++) {
        d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(d[i - 1][j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1),
            Math.min(d[i - 1][j], d[i][j - 1]) + 1);
      }
    }
    return d[x.length][y.length];
  }
}
