package io.github.rusdialog.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.read.DialogueReaders;
import io.github.rusdialog.read.ReadOptions;
import io.github.rusdialog.read.ReadResult;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 33: a summary saved as UTF-8 with or without a byte-order mark or as UTF-16 with one reads
 * alike; one saved as Windows-1252 ("ANSI") reads with a warning naming it; a UTF-8 file with a
 * broken byte is refused at its line; an e-mail saved as text is named as one.
 */
class EncodingsAndEmailTest {
  private static final String SUMMARY = "Bolagsdagen 13/3 2024\n\nI just det här mötet deltog företrädare för:\n\n"
      + "- Kommunen\n- Näringsliv i Älvsbyn\n";

  private static Summary read(byte[] bytes) throws Exception {
    return SummaryReader.create().read(new ByteArrayInputStream(bytes), "möte.txt");
  }

  @Test
  void utf8WithOrWithoutABomAndUtf16WithOneReadAlike() throws Exception {
    Summary plain = read(SUMMARY.getBytes(StandardCharsets.UTF_8));
    byte[] bom = ("\uFEFF" + SUMMARY).getBytes(StandardCharsets.UTF_8);
    assertThat(read(bom)).isEqualTo(plain);
    assertThat(read(SUMMARY.getBytes(StandardCharsets.UTF_16)).meeting()).isEqualTo(plain.meeting());
    assertThat(read(("\uFEFF" + SUMMARY).getBytes(StandardCharsets.UTF_16LE)).meeting()).isEqualTo(plain.meeting());
    ReadResult door = DialogueReaders.load().read(new ByteArrayInputStream(SUMMARY.getBytes(StandardCharsets.UTF_16)),
        "möte.txt", ReadOptions.defaults());
    assertThat(door.dialogue().meetings()).containsExactly(plain.meeting());
  }

  @Test
  void windows1252IsReadWithAWarningNamingIt() throws Exception {
    Summary ansi = read(SUMMARY.getBytes(Charset.forName("windows-1252")));
    assertThat(ansi.meeting()).isEqualTo(read(SUMMARY.getBytes(StandardCharsets.UTF_8)).meeting());
    assertThat(ansi.warnings()).first().satisfies(warning -> {
      assertThat(warning.line()).isEqualTo(1);
      assertThat(warning.message()).contains("Windows-1252", "save it as UTF-8");
    });
  }

  @Test
  void utf8WithABrokenByteIsRefusedAtItsLineNeverReadAsWindows1252() {
    byte[] utf8 = SUMMARY.getBytes(StandardCharsets.UTF_8);
    byte[] broken = java.util.Arrays.copyOf(utf8, utf8.length + 9);
    System.arraycopy("- Unga \u00ff\n".getBytes(StandardCharsets.ISO_8859_1), 0, broken, utf8.length, 9);
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(broken));
    assertThat(e.line()).isEqualTo(7);
    assertThat(e.problem()).contains("not valid UTF-8");
  }

  @Test
  void anEmailSavedAsTextIsNamedAsOne() {
    String mail = "From: Anna Svensson <anna@example.se>\nTo: rus@example.se\nSubject: Sammanfattning\n\n" + SUMMARY;
    SummaryFormatException e = catchThrowableOfType(SummaryFormatException.class,
        () -> SummaryReader.create().read(mail, "mejl.txt"));
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.problem()).contains("e-mail saved as text");
    String swedish = "Från: Anna Svensson\nSkickat: den 14 mars 2024 09:12\nTill: RUS\nÄmne: Bolagsdagen\n\n" + SUMMARY;
    assertThat(catchThrowableOfType(SummaryFormatException.class, () -> SummaryReader.create().read(swedish,
        "mejl.txt")).problem()).contains("e-mail saved as text");
  }
}
