package io.github.rusdialog.text;

/**
 * One line of a summary: its 1-based number, its text stripped at both ends, its indent, and
 * what the input form says of it beyond the text (Word knows headings, list items and bold;
 * plain text says it with {@code #}, {@code -}, {@code 1.} and {@code **} in the text itself).
 */
final class Line {
  final int number;
  final String text;
  final boolean indented;
  /** How far the line is indented, in columns (a tab is four); 0 for forms without indentation (Word). */
  final int indent;
  /** Marked as a heading by the input form (a Word heading style). */
  final boolean heading;
  /** A bulleted list item by the input form; the text holds no bullet. */
  final boolean bullet;
  /** The number a numbered list item shows, or 0; the text holds no number. */
  final int listNumber;
  /** How many characters at the start of the text are bold (Word); 0 for plain text. */
  final int boldPrefix;
  /**
   * The text with the lines it was written on: for a Markdown paragraph its soft line breaks are
   * line feeds here and spaces in {@link #text}, as CommonMark renders them; the same as {@code
   * text} otherwise. A list of groups reads it line by line.
   */
  final String lines;
  /**
   * The input form has read the line's markup (Markdown): its kind is in the fields above, and its
   * text is literal — a "#", "- ", "1. " or "**" in it is text, never read as markup again.
   */
  final boolean literal;

  Line(int number, String raw) {
    this(number, raw, !raw.isEmpty() && isSpace(raw.charAt(0)), false, false, 0, 0, null, false);
  }

  Line(int number, String raw, boolean indented, boolean heading, boolean bullet, int listNumber,
      int boldPrefix, String writtenLines, boolean literal) {
    this.number = number;
    int lead = 0;
    int columns = 0;
    while (lead < raw.length() && isSpace(raw.charAt(lead))) {
      columns += raw.charAt(lead) == '\t' ? 4 : 1;
      lead++;
    }
    this.indent = indented ? columns : 0;
    this.text = strip(raw);
    this.lines = writtenLines == null ? text : strip(writtenLines);
    this.indented = indented;
    this.literal = literal;
    this.heading = heading;
    this.bullet = bullet;
    this.listNumber = listNumber;
    this.boldPrefix = Math.max(0, Math.min(this.text.length(), boldPrefix - lead));
  }

  boolean isBlank() {
    return text.isEmpty();
  }

  /** Strips whitespace including the non-breaking spaces word processors leave. */
  static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
