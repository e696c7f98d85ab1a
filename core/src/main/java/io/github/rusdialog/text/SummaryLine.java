package io.github.rusdialog.text;

import io.github.rusdialog.internal.read.SummaryBlocks;
import io.github.rusdialog.model.InvalidArgumentException;

/**
 * One paragraph of a summary as another input form holds it (a Word document), for {@link
 * SummaryReader#read(java.util.List, String)}: the text without list markers, and what the form
 * knows beyond it — a heading style, a bullet, the number a numbered list shows, how much of the
 * start is bold — plus the place errors name ({@code paragraph 14 "Möjligheter:"}). The same rules
 * as for text then decide where it belongs. Immutable; build with {@link #of} and the withers.
 *
 * @since 0.1.0
 */
public final class SummaryLine {
  private final String text;
  private final String place;
  private final boolean heading;
  private final boolean bullet;
  private final int listNumber;
  private final int boldPrefix;
  private final int sourceLine;
  private final String writtenLines;
  private final boolean literal;

  static {
    // The reader modules reach the package-private parts of a paragraph through this door.
    SummaryBlocks.register(new TextRules());
  }

  private SummaryLine(String text, String place, boolean heading, boolean bullet, int listNumber,
      int boldPrefix, int sourceLine, String writtenLines, boolean literal) {
    this.text = InvalidArgumentException.requireNonNull(text, "text");
    this.place = InvalidArgumentException.requireNonNull(place, "place");
    this.heading = heading;
    this.bullet = bullet;
    this.listNumber = listNumber;
    this.boldPrefix = boldPrefix;
    this.sourceLine = sourceLine;
    this.writtenLines = writtenLines;
    this.literal = literal;
  }

  /**
   * {@return a plain paragraph}
   *
   * @param text the paragraph's text
   * @param place how messages name it, e.g. {@code paragraph 3 "Bolagsdagen"}
   */
  public static SummaryLine of(String text, String place) {
    return new SummaryLine(text, place, false, false, 0, 0, 0, null, false);
  }

  /** A paragraph that starts on a line of a text file (Markdown): messages name it {@code file:line}. */
  static SummaryLine atLine(String text, int line) {
    if (line < 1) {
      throw new IllegalArgumentException("line: " + line + " is less than 1");
    }
    return new SummaryLine(text, "line " + line, false, false, 0, 0, line, null, false);
  }

  /**
   * The same paragraph with the lines it was written on: a Markdown paragraph's text has its soft
   * line breaks as spaces, as CommonMark renders them, and {@code lines} has them as line feeds;
   * after "deltog företrädare för:" each written line names a group, as in a text summary.
   */
  SummaryLine withWrittenLines(String lines) {
    InvalidArgumentException.requireNonNull(lines, "lines");
    if (lines.length() != text.length() || !lines.replace('\n', ' ').equals(text.replace('\n', ' '))) {
      throw new IllegalArgumentException("lines: not the text with line feeds for some spaces: " + lines);
    }
    return new SummaryLine(text, place, heading, bullet, listNumber, boldPrefix, sourceLine, lines, literal);
  }

  /**
   * The same paragraph as one whose format has read its markup (Markdown): its kind is what the
   * withers say, and no list marker, {@code #} or {@code **} in its text is read again.
   */
  SummaryLine asLiteral() {
    return new SummaryLine(text, place, heading, bullet, listNumber, boldPrefix, sourceLine, writtenLines, true);
  }

  /** {@return the same paragraph marked as a heading (Title or Heading n style)} */
  public SummaryLine asHeading() {
    return new SummaryLine(text, place, true, bullet, listNumber, boldPrefix, sourceLine, writtenLines, literal);
  }

  /** {@return the same paragraph as a bulleted list item} */
  public SummaryLine asBullet() {
    return new SummaryLine(text, place, heading, true, 0, boldPrefix, sourceLine, writtenLines, literal);
  }

  /**
   * {@return the same paragraph as a numbered list item showing {@code number}}
   *
   * @param number the number the list shows, 1 or more
   * @throws IllegalArgumentException if {@code number} is less than 1
   */
  public SummaryLine asNumbered(int number) {
    if (number < 1) {
      throw new IllegalArgumentException("number: " + number + " is less than 1");
    }
    return new SummaryLine(text, place, heading, false, number, boldPrefix, sourceLine, writtenLines, literal);
  }

  /**
   * {@return the same paragraph with its first {@code chars} characters bold}
   *
   * @param chars how many characters from the start are bold
   */
  public SummaryLine withBoldPrefix(int chars) {
    return new SummaryLine(text, place, heading, bullet, listNumber, Math.max(0, chars), sourceLine,
        writtenLines, literal);
  }

  /** {@return the text as written, without list markers} */
  public String text() {
    return text;
  }

  /** {@return how messages name the paragraph} */
  public String place() {
    return place;
  }

  /** Whether the paragraph is marked as a heading. */
  boolean isHeading() {
    return heading;
  }

  /** {@return the line of the file the paragraph starts on, or 0 when the input has no lines (Word)} */
  int sourceLine() {
    return sourceLine;
  }

  Line toLine(int number) {
    // A paragraph stands on its own: never the indented continuation of the one above.
    return new Line(number, text, false, heading, bullet, listNumber, boldPrefix, writtenLines, literal);
  }

  @Override
  public String toString() {
    return place + (heading ? " heading" : "") + (bullet ? " bullet" : "")
        + (listNumber > 0 ? " number " + listNumber : "") + ": " + text;
  }
}
