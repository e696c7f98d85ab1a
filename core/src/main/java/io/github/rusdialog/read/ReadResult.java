package io.github.rusdialog.read;

import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidArgumentException;
import java.util.List;
import java.util.Objects;

/**
 * What reading gave: the dialogue, and the warnings of every input in the order they were read.
 * Immutable.
 *
 * @since 0.2.0
 */
public final class ReadResult {
  private final Dialogue dialogue;
  private final List<ReadWarning> warnings;

  private ReadResult(Dialogue dialogue, List<ReadWarning> warnings) {
    this.dialogue = InvalidArgumentException.requireNonNull(dialogue, "dialogue");
    this.warnings = List.copyOf(InvalidArgumentException.requireNonNull(warnings, "warnings"));
  }

  /**
   * {@return a result}
   *
   * @param dialogue the dialogue read
   * @param warnings the warnings, in the order found
   */
  public static ReadResult of(Dialogue dialogue, List<ReadWarning> warnings) {
    return new ReadResult(dialogue, warnings);
  }

  /** {@return the dialogue read} */
  public Dialogue dialogue() {
    return dialogue;
  }

  /** {@return the warnings, in the order found; empty when none} */
  public List<ReadWarning> warnings() {
    return warnings;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadResult && dialogue.equals(((ReadResult) other).dialogue)
        && warnings.equals(((ReadResult) other).warnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(dialogue, warnings);
  }

  @Override
  public String toString() {
    return "ReadResult[" + dialogue.meetings().size() + " meetings, " + warnings.size() + " warnings]";
  }
}
