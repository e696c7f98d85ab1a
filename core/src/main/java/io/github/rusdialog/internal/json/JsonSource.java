package io.github.rusdialog.internal.json;

/**
 * Where the format reads its tokens from: one Jackson parser or another, adapted in the module
 * that owns it. Syntax errors and safety limits are the parser's to report, as the adapter's own
 * exceptions; this interface sees only well-formed tokens.
 */
public interface JsonSource {
  /** The kinds of token the format tells apart. */
  enum Token {
    START_OBJECT, END_OBJECT, START_ARRAY, END_ARRAY, NAME, STRING, INTEGER, DECIMAL, TRUE, FALSE,
    NULL
  }

  /** {@return the next token, or {@code null} at the end of the input} */
  Token next();

  /** {@return the next property name of the current object, or {@code null} at its end} */
  String nextName();

  /** {@return the current token, or {@code null} before the first and after the last} */
  Token current();

  /** {@return the text of the current string, number or name token} */
  String text();

  /** {@return the current integer token's value} */
  int intValue();

  /** Skips to the end of the object or array whose start is the current token. */
  void skipChildren();

  /**
   * {@return the JSON path of the current token's place, such as {@code $.dialogue.meetings[0]};
   * for a start token, the place of the object or array it starts}
   */
  String path();

  /** {@return where the current token starts, or {@link Place#UNKNOWN}} */
  Place tokenPlace();

  /** {@return where the source stands now, or {@link Place#UNKNOWN}} */
  Place place();

  /**
   * A line and column in the input, both counted from 1; 0 when unknown.
   *
   * @param line the line
   * @param column the column
   */
  record Place(int line, int column) {
    /** No known place. */
    public static final Place UNKNOWN = new Place(0, 0);

    /** Keeps unknown (negative) numbers as 0. */
    public Place {
      line = Math.max(0, line);
      column = Math.max(0, column);
    }

    /** {@return {@code "line L, column C: "}, or "" when unknown} */
    public String prefix() {
      return line > 0 ? "line " + line + ", column " + column + ": " : "";
    }
  }
}
