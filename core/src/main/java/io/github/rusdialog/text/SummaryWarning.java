package io.github.rusdialog.text;

import io.github.rusdialog.model.InvalidArgumentException;
import java.util.Objects;

/**
 * Something a summary says that reads but is probably not what its author meant, such as a meeting
 * without participants. Reading succeeds; {@link #toString()} gives the line a command line
 * prints: {@code bolagsdagen.txt:1: warning: the meeting has no priorities …}. Immutable.
 *
 * @since 0.1.0
 */
public final class SummaryWarning {
  private final String source;
  private final int line;
  private final String place;
  private final String message;

  SummaryWarning(String source, int line, String place, String message) {
    this.source = source;
    this.line = line;
    this.place = place;
    this.message = message;
  }

  /**
   * {@return a warning from another input form's reader (Word) about a place it names, e.g. a picture
   * that is not read: {@code at("bolagsdagen.docx", "paragraph 3 \"Bolagsdagen\"", "…")}}
   *
   * @param source the input's name
   * @param place where in the input, e.g. {@code paragraph 3 "Bolagsdagen"}
   * @param message what is doubtful and what to check
   */
  public static SummaryWarning at(String source, String place, String message) {
    return new SummaryWarning(InvalidArgumentException.requireNonNull(source, "source"), 0,
        InvalidArgumentException.requireNonNull(place, "place"), InvalidArgumentException.requireNonNull(message, "message"));
  }

  /** {@return the input's name, as given to the reader} */
  public String source() {
    return source;
  }

  /**
   * {@return the 1-based line the warning is about; 0 for input without lines (Word), see {@link #place()}}
   */
  public int line() {
    return line;
  }

  /**
   * {@return where the warning is in input without lines, e.g. {@code paragraph 3 "Bolagsdagen"}}
   */
  public java.util.Optional<String> place() {
    return java.util.Optional.ofNullable(place);
  }

  /** {@return what is doubtful and what to check, without the place} */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof SummaryWarning)) {
      return false;
    }
    SummaryWarning that = (SummaryWarning) other;
    return line == that.line && source.equals(that.source) && java.util.Objects.equals(place, that.place)
        && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, place, message);
  }

  /** {@code source:line: warning: message}, or {@code source: place: warning: message}. */
  @Override
  public String toString() {
    return source + (place == null ? ":" + line : ": " + place) + ": warning: " + message;
  }
}
