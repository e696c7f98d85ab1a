package io.github.rusdialog.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.testkit.DialogueGenerator;
import io.github.rusdialog.testkit.DialogueTexts;
import java.io.IOException;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Generated dialogues: every text comes back out of the PDF's text, character for character. */
class PdfRoundTripPropertyTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyTextIsInTheExtractedText(long seed) throws IOException {
    Dialogue dialogue = DialogueGenerator.withSeed(seed).meetings(1 + (int) (seed % 3)).generate();
    String text = Pdfs.bodyText(Pdfs.export(dialogue)).replaceAll("\\s+", "");
    for (Map.Entry<String, String> entry : DialogueTexts.of(dialogue).entrySet()) {
      assertThat(text).as("seed %d: %s", seed, entry.getKey())
          .contains(entry.getValue().replaceAll("\\s+", ""));
    }
  }
}
