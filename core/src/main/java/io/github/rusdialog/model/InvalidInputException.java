package io.github.rusdialog.model;

import java.io.IOException;
import java.util.Optional;

/**
 * Thrown when an input file (a summary text, a JSON dialogue) cannot be read into the model. The
 * message says where and what, in a form a person can act on:
 * {@code overkalix.md:14: "Möjligheter:" before any strategic area heading} or
 * {@code dialog.json:12:21: $.dialogue.meetings[0].priorities[0].rank: expected a whole number, got "one"}.
 *
 * <p>A subclass of {@link IOException} so that callers reading files handle one exception type;
 * {@link #source()}, {@link #line()}, {@link #column()} and {@link #path()} give the parts.
 *
 * @since 0.1.0
 */
public class InvalidInputException extends IOException {
  private static final long serialVersionUID = 1L;

  /** The input's name. */
  private final String source;
  /** The 1-based line, or 0. */
  private final int line;
  /** The 1-based column, or 0. */
  private final int column;
  /** The path inside structured input, or null. */
  private final String path;
  /** What is wrong. */
  private final String problem;

  /**
   * Creates the exception.
   *
   * @param source the input's name as the user knows it, e.g. the file name
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param path the path inside structured input ({@code $.dialogue.meetings[0]}), or null
   * @param problem what is wrong
   */
  public InvalidInputException(String source, int line, int column, String path, String problem) {
    this(source, line, column, path, problem, null);
  }

  /**
   * Creates the exception with the underlying cause.
   *
   * @param source the input's name as the user knows it, e.g. the file name
   * @param line the 1-based line, or 0 if unknown
   * @param column the 1-based column, or 0 if unknown
   * @param path the path inside structured input ({@code $.dialogue.meetings[0]}), or null
   * @param problem what is wrong
   * @param cause the exception behind it
   */
  public InvalidInputException(
      String source, int line, int column, String path, String problem, Throwable cause) {
    super(format(InvalidArgumentException.requireNonNull(source, "source"), line, column, path,
        InvalidArgumentException.requireNonNull(problem, "problem")), cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.path = path;
    this.problem = problem;
  }

  private static String format(String source, int line, int column, String path, String problem) {
    StringBuilder message = new StringBuilder(source);
    if (line > 0) {
      message.append(':').append(line);
      if (column > 0) {
        message.append(':').append(column);
      }
    }
    message.append(": ");
    if (path != null) {
      message.append(path).append(": ");
    }
    return message.append(problem).toString();
  }

  /** {@return the input's name, e.g. the file name} */
  public String source() {
    return source;
  }

  /** {@return the 1-based line of the problem, or 0 if unknown} */
  public int line() {
    return line;
  }

  /** {@return the 1-based column of the problem, or 0 if unknown} */
  public int column() {
    return column;
  }

  /** {@return the path inside structured input, e.g. {@code $.dialogue.meetings[0].title}} */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /** {@return what is wrong, without the place} */
  public String problem() {
    return problem;
  }
}
