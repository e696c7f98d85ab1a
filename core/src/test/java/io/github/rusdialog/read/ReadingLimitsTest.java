package io.github.rusdialog.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.text.SummaryReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Issue 36: what the embedding applications hit at the door — sizes in a unit that shows them, nulls refused by name, no summary refused at once. */
class ReadingLimitsTest {
  @Test
  void sizesAreGivenInAUnitThatShowsThem() {
    assertThat(DialogueReaders.readable(10)).isEqualTo("10 bytes");
    assertThat(DialogueReaders.readable(1)).isEqualTo("1 byte");
    assertThat(DialogueReaders.readable(15_300)).isEqualTo("15.3 kB");
    assertThat(DialogueReaders.readable(32_000_000)).isEqualTo("32.0 MB");
    byte[] text = "Bolagsdagen 13/3 2024\n\nHej hej.\n".getBytes(StandardCharsets.UTF_8);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> DialogueReaders.load()
        .read(new ByteArrayInputStream(text), "möte.txt", ReadOptions.defaults().withMaxBytes(10)));
    assertThat(e.problem()).startsWith("is larger than the limit of 10 bytes for one input");
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> DialogueReaders.load().read((Path) null)).isInstanceOf(InvalidArgumentException.class)
        .hasMessage("file must not be null");
    assertThatThrownBy(() -> SummaryReader.withCatalogue(null)).isInstanceOf(InvalidArgumentException.class)
        .hasMessage("catalogue must not be null");
  }

  @Test
  void aLongTextWithoutATitleIsRefusedAtOnceAtItsFirstLine() throws Exception {
    StringBuilder novel = new StringBuilder("Kapitel ett\n\n");
    for (int i = 0; i < 200_000; i++) {
      novel.append("Det var en gång en by vid älven, och där bodde många människor.\n");
    }
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> SummaryReader.create().read(novel.toString(), "roman.txt"));
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.problem()).contains("has no date, nor do the 50 lines after it", "does not look like a meeting summary");
  }

  @Test
  void anUndatedTitleStillTakesTheIntrosDate() throws Exception {
    String summary = "Bolagsdagen\n\nKort sammanfattning från mötet den 13:e mars 2024. I just det här mötet deltog"
        + " företrädare för:\n\n- Kommunen\n";
    assertThat(SummaryReader.create().read(summary, "möte.txt").meeting().date()).hasToString("2024-03-13");
  }
}
