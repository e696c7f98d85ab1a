package io.github.rusdialog.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rusdialog.model.Meeting;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Feeds the summary reader arbitrary bytes: it must return a meeting or throw its documented
 * {@link SummaryFormatException}, never anything else. A plain {@code mvn test} replays the
 * committed inputs in {@code SummaryReaderFuzzTestInputs/}; fuzz for real with
 * {@code JAZZER_FUZZ=1 mvn -pl core test -Dtest=SummaryReaderFuzzTest} (see the README).
 */
class SummaryReaderFuzzTest {
  private static final SummaryReader READER = SummaryReader.create();

  @FuzzTest(maxDuration = "10m")
  void readsOrRejectsCleanly(byte[] input) throws IOException {
    Meeting meeting;
    try {
      meeting = READER.read(new ByteArrayInputStream(input), "fuzz.txt").meeting();
    } catch (SummaryFormatException e) {
      assertThat(e.getMessage()).startsWith("fuzz.txt:");
      assertThat(e.line()).isPositive();
      return;
    }
    // What was read is a valid model, and reading it is repeatable.
    assertThat(READER.read(new ByteArrayInputStream(input), "fuzz.txt").meeting()).isEqualTo(meeting);
  }
}
