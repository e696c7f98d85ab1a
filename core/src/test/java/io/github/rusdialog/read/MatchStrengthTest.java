package io.github.rusdialog.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 32: a source goes to the reader that grades it highest; a tie goes to the first reader by
 * id; strictness and warnings' places are typed, not parsed back out of text.
 */
class MatchStrengthTest {
  private static final byte[] TEXT = "Bolagsdagen 13/3 2024\n\nHej.\n".getBytes(StandardCharsets.UTF_8);

  /** A reader that grades every text source as told and reads it to a dialogue named by its id. */
  private static DialogueReader grading(String id, MatchStrength strength) {
    return new DialogueReader() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public List<String> fileExtensions() {
        return List.of("notes");
      }

      @Override
      public MatchStrength match(DialogueSource source) {
        return source.kind() == DialogueSource.Kind.TEXT ? strength : MatchStrength.NO_MATCH;
      }

      @Override
      public ReadResult read(DialogueSource source, ReadOptions options) {
        return ReadResult.of(Dialogue.builder().name(id).build(),
            List.of(ReadWarning.atLine(source.name(), 3, "read by " + id)));
      }
    };
  }

  private static ReadResult read(DialogueReaders readers, String name, ReadOptions options) throws Exception {
    return readers.read(new ByteArrayInputStream(TEXT), name, options);
  }

  @Test
  void theStrongestMatchReads() throws Exception {
    DialogueReaders readers = DialogueReaders.of(List.of(grading("notes", MatchStrength.FULL_MATCH)));
    assertThat(read(readers, "möte.txt", ReadOptions.defaults()).dialogue().name()).hasValue("notes");
  }

  @Test
  void aWeakerMatchLeavesTextToTheTextReader() throws Exception {
    DialogueReaders readers = DialogueReaders.of(List.of(grading("notes", MatchStrength.WEAK_MATCH)));
    ReadResult result = read(readers, "möte.txt", ReadOptions.defaults());
    assertThat(result.dialogue().meetings()).hasSize(1);
    // Under a name that is not .txt the text reader's match is weak too: the tie goes to the first id.
    assertThat(read(readers, "möte.notes", ReadOptions.defaults()).dialogue().name()).hasValue("notes");
  }

  @Test
  void aReaderThatMatchesNothingIsNeverAsked() throws Exception {
    DialogueReaders readers = DialogueReaders.of(List.of(grading("notes", MatchStrength.NO_MATCH)));
    assertThat(read(readers, "möte.notes", ReadOptions.defaults()).dialogue().meetings()).hasSize(1);
  }

  @Test
  void strictReadingFailsAtTheWarningsTypedLine() {
    DialogueReaders readers = DialogueReaders.of(List.of(grading("notes", MatchStrength.FULL_MATCH)));
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> read(readers, "möte.notes", ReadOptions.defaults().withStrict(true)));
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.problem()).isEqualTo("read by notes (strict reading makes this warning an error)");
  }

  @Test
  void aWarningCarriesItsLineOrItsPlace() {
    ReadWarning atLine = ReadWarning.atLine("möte.txt", 12, "tunn");
    assertThat(atLine.line()).isEqualTo(12);
    assertThat(atLine.place()).isEmpty();
    assertThat(atLine).hasToString("möte.txt:12: warning: tunn");
    ReadWarning atCell = ReadWarning.of("dialog.xlsx", "Prioriteringar!B4", "tom");
    assertThat(atCell.line()).isZero();
    assertThat(atCell).hasToString("dialog.xlsx: Prioriteringar!B4: warning: tom");
    // A place that happens to be digits is a place, not a line: nothing is parsed out of text.
    ReadWarning digits = ReadWarning.of("dialog.json", "2024", "udda");
    assertThat(digits.line()).isZero();
    assertThat(digits.toError().line()).isZero();
    assertThat(digits.toError().getMessage()).contains("2024");
  }
}
