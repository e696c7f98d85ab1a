package io.github.rusdialog.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The glyph table answers exactly as OpenPDF does, for every character of the Basic Multilingual
 * Plane, for surrogates paired and alone, and for text measured by many threads at once: a width
 * one unit off would move a line break, and a glyph wrongly present would let OpenPDF drop a
 * character.
 */
class GlyphTableTest {
  private static final float SIZE = 10.5f;
  private static final String SWEDISH_AND_PUNCTUATION = "åäöÅÄÖéü–—…”’ŋŧ";

  static Stream<Arguments> fonts() {
    PdfFonts fonts = new PdfFonts();
    return Stream.of(Arguments.of("regular", fonts.regular), Arguments.of("bold", fonts.bold),
        Arguments.of("italic", fonts.italic));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fonts")
  void everyCharacterOfTheBasicPlaneHasOpenPdfsWidthAndPresence(String name, BaseFont font) {
    GlyphTable table = new GlyphTable(font);
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      String text = String.valueOf((char) c);
      assertThat(table.points(text, SIZE)).as("width of U+%04X", c).isEqualTo(font.getWidthPoint(text, SIZE));
      assertThat(table.has(c)).as("glyph for U+%04X", c).isEqualTo(font.charExists(c));
    }
    for (int c = 0x10000; c <= 0x1FFFF; c++) {
      assertThat(table.has(c)).as("glyph for U+%04X", c).isEqualTo(font.charExists(c));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fonts")
  void textWithSurrogatesPairedAndAloneMeasuresAsOpenPdfMeasuresIt(String name, BaseFont font) {
    GlyphTable table = new GlyphTable(font);
    Random random = new Random(17);
    for (int i = 0; i < 2_000; i++) {
      String text = randomText(random);
      assertThat(table.points(text, SIZE)).as("width of %s", codePoints(text))
          .isEqualTo(font.getWidthPoint(text, SIZE));
    }
    for (String edge : new String[] {"", "\uD83D", "\uDE00", "a\uD83D", "\uDE00a", "\uD83D\uDE00", "\uD83D\uD83D\uDE00"}) {
      assertThat(table.points(edge, SIZE)).as("width of %s", codePoints(edge))
          .isEqualTo(font.getWidthPoint(edge, SIZE));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fonts")
  void threadsFillingOneTableAtOnceAllGetOpenPdfsWidths(String name, BaseFont font) throws Exception {
    GlyphTable table = new GlyphTable(font);
    ExecutorService threads = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        long seed = t;
        results.add(threads.submit(() -> {
          Random random = new Random(seed);
          List<String> wrong = new ArrayList<>();
          for (int i = 0; i < 3_000; i++) {
            String text = randomText(random);
            if (table.points(text, SIZE) != font.getWidthPoint(text, SIZE)) {
              wrong.add(codePoints(text));
            }
          }
          return wrong;
        }));
      }
      for (Future<List<String>> result : results) {
        assertThat(result.get()).isEmpty();
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /** Mostly Latin and Swedish letters, some anywhere in the plane, some surrogates. */
  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(10);
      if (kind < 5) {
        text.append((char) (0x20 + random.nextInt(0x5F)));
      } else if (kind < 7) {
        text.append(SWEDISH_AND_PUNCTUATION.charAt(random.nextInt(SWEDISH_AND_PUNCTUATION.length())));
      } else if (kind < 8) {
        text.append((char) random.nextInt(Character.MAX_VALUE + 1));
      } else if (kind < 9) {
        text.appendCodePoint(0x10000 + random.nextInt(0x10000));
      } else {
        text.append((char) (Character.MIN_SURROGATE + random.nextInt(0x800)));
      }
    }
    return text.toString();
  }

  private static String codePoints(String text) {
    StringBuilder out = new StringBuilder();
    text.chars().forEach(c -> out.append(String.format("U+%04X ", c)));
    return out.toString().trim();
  }
}
