package io.github.rusdialog.read;

import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.text.SummaryWarning;
import java.util.Objects;

/**
 * Something in an input that was read but deserves a look, with its place: a meeting without
 * participants, a workbook row left as the template had it. {@link ReadOptions#strict() Strict}
 * reading makes every warning an error. Immutable.
 *
 * @since 0.2.0
 */
public final class ReadWarning {
  private final String source;
  private final String place;
  private final String message;

  private ReadWarning(String source, String place, String message) {
    this.source = InvalidArgumentException.requireNonNull(source, "source");
    this.place = InvalidArgumentException.requireNonNull(place, "place");
    this.message = InvalidArgumentException.requireNonNull(message, "message");
  }

  /**
   * {@return a warning}
   *
   * @param source the input's name, such as the file name as given
   * @param place where in the input: a line number ({@code "12"}), a cell ({@code "Prioriteringar!B4"}),
   *     a paragraph or a JSON path; "" for the whole input
   * @param message what deserves a look, and what to do about it
   */
  public static ReadWarning of(String source, String place, String message) {
    return new ReadWarning(source, place, message);
  }

  /**
   * {@return the warning of a summary or workbook reader, as a read warning}
   *
   * @param warning the reader's warning
   */
  public static ReadWarning of(SummaryWarning warning) {
    InvalidArgumentException.requireNonNull(warning, "warning");
    String place = warning.place().orElse(warning.line() > 0 ? String.valueOf(warning.line()) : "");
    return new ReadWarning(warning.source(), place, warning.message());
  }

  /** {@return the input's name} */
  public String source() {
    return source;
  }

  /** {@return where in the input, "" for the whole input} */
  public String place() {
    return place;
  }

  /** {@return what deserves a look} */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadWarning && source.equals(((ReadWarning) other).source)
        && place.equals(((ReadWarning) other).place) && message.equals(((ReadWarning) other).message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, place, message);
  }

  /**
   * {@return {@code source:line: warning: message} as compilers write them, or {@code source: place:
   * warning: message} where the place is not a line}
   */
  @Override
  public String toString() {
    String at = place.isEmpty() ? "" : place.chars().allMatch(Character::isDigit) ? ":" + place : ": " + place;
    return source + at + ": warning: " + message;
  }
}
