package io.github.rusdialog.text;

import java.util.Objects;

/**
 * Something a summary says that reads but is probably not what its author meant, such as a meeting
 * without participants. Reading succeeds; {@link #toString()} gives the line a command line
 * prints: {@code bolagsdagen.txt:1: warning: the meeting has no priorities …}. Immutable.
 */
public final class SummaryWarning {
  private final String source;
  private final int line;
  private final String message;

  SummaryWarning(String source, int line, String message) {
    this.source = source;
    this.line = line;
    this.message = message;
  }

  /** The input's name, as given to the reader. */
  public String source() {
    return source;
  }

  /** The 1-based line the warning is about. */
  public int line() {
    return line;
  }

  /** What is doubtful and what to check, without the place. */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof SummaryWarning)) {
      return false;
    }
    SummaryWarning that = (SummaryWarning) other;
    return line == that.line && source.equals(that.source) && message.equals(that.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, line, message);
  }

  /** {@code source:line: warning: message}. */
  @Override
  public String toString() {
    return source + ":" + line + ": warning: " + message;
  }
}
