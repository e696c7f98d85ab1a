package io.github.rusdialog.read;

import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.model.InvalidInputException;
import java.util.Objects;

/**
 * Something in a source that was read but deserves a look, with its place: a meeting without
 * participants, a workbook row left as the template had it. A place is a line of a text file
 * ({@link #line()}), or another place named as a person finds it ({@link #place()}: a paragraph
 * of a Word document, a cell, a JSON path), or the whole source. {@link ReadOptions#strict()
 * Strict} reading makes the first warning an error ({@link #toError()}). Immutable.
 *
 * @since 0.2.0
 */
public final class ReadWarning {
  private final String source;
  private final int line;
  private final String place;
  private final String message;

  private ReadWarning(String source, int line, String place, String message) {
    this.source = InvalidArgumentException.requireNonNull(source, "source");
    this.line = line;
    this.place = InvalidArgumentException.requireNonNull(place, "place");
    this.message = InvalidArgumentException.requireNonNull(message, "message");
  }

  /**
   * {@return a warning about a place that is not a line, or about the whole source}
   *
   * @param source the source's name, such as the file name as given
   * @param place where in the source as a person finds it: a paragraph ({@code paragraph 3
   *     "Bolagsdagen"}), a cell ({@code Prioriteringar!B4}) or a JSON path; "" for the whole source
   * @param message what deserves a look, and what to do about it
   */
  public static ReadWarning of(String source, String place, String message) {
    return new ReadWarning(source, 0, place, message);
  }

  /**
   * {@return a warning about a line of a text source}
   *
   * @param source the source's name, such as the file name as given
   * @param line the 1-based line
   * @param message what deserves a look, and what to do about it
   * @throws InvalidArgumentException if {@code line} is less than 1
   */
  public static ReadWarning atLine(String source, int line, String message) {
    if (line < 1) {
      throw new InvalidArgumentException("line: " + line + " is less than 1; lines are counted from 1");
    }
    return new ReadWarning(source, line, "", message);
  }

  /** {@return the source's name} */
  public String source() {
    return source;
  }

  /** {@return the 1-based line the warning is about, or 0 when its place is not a line} */
  public int line() {
    return line;
  }

  /**
   * {@return where in the source when that is not a line ({@code paragraph 3 "Bolagsdagen"},
   * {@code Prioriteringar!B4}, a JSON path); "" for a line or the whole source}
   */
  public String place() {
    return place;
  }

  /** {@return what deserves a look} */
  public String message() {
    return message;
  }

  /**
   * {@return the error strict reading makes of this warning: at the same place, with the same
   * message, saying that strict reading made it one}
   */
  public InvalidInputException toError() {
    return new InvalidInputException(source, line, 0, place.isEmpty() ? null : place,
        message + " (strict reading makes this warning an error)");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadWarning && source.equals(((ReadWarning) other).source)
        && line == ((ReadWarning) other).line && place.equals(((ReadWarning) other).place)
        && message.equals(((ReadWarning) other).message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, place, message);
  }

  /**
   * {@return {@code source:line: warning: message} as compilers write them, or {@code source: place:
   * warning: message} where the place is not a line}
   */
  @Override
  public String toString() {
    String at = line > 0 ? ":" + line : place.isEmpty() ? "" : ": " + place;
    return source + at + ": warning: " + message;
  }
}
