package io.github.rusdialog.text;

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

  private SummaryLine(String text, String place, boolean heading, boolean bullet, int listNumber,
      int boldPrefix, int sourceLine, String writtenLines) {
    this.text = InvalidArgumentException.requireNonNull(text, "text");
    this.place = InvalidArgumentException.requireNonNull(place, "place");
    this.heading = heading;
    this.bullet = bullet;
    this.listNumber = listNumber;
    this.boldPrefix = boldPrefix;
    this.sourceLine = sourceLine;
    this.writtenLines = writtenLines;
  }

  /**
   * {@return a plain paragraph}
   *
   * @param text the paragraph's text
   * @param place how messages name it, e.g. {@code paragraph 3 "Bolagsdagen"}
   */
  public static SummaryLine of(String text, String place) {
    return new SummaryLine(text, place, false, false, 0, 0, 0, null);
  }

  /**
   * {@return a plain paragraph that starts on a line of a text file (Markdown): messages name it
   * {@code file:line}, as for a text summary}
   *
   * @param text the paragraph's text
   * @param line the 1-based line of the file it starts on
   * @throws IllegalArgumentException if {@code line} is less than 1
   * @since 0.2.0
   */
  public static SummaryLine atLine(String text, int line) {
    if (line < 1) {
      throw new IllegalArgumentException("line: " + line + " is less than 1");
    }
    return new SummaryLine(text, "line " + line, false, false, 0, 0, line, null);
  }

  /**
   * {@return the same paragraph with the lines it was written on: a Markdown paragraph's text has its
   * soft line breaks as spaces, as CommonMark renders them, and {@code lines} has them as line
   * feeds; after "deltog företrädare för:" each written line names a group, as in a text summary}
   *
   * @param lines the text with its soft line breaks as line feeds
   * @throws IllegalArgumentException if {@code lines} is not the text with some spaces as line feeds
   * @since 0.2.0
   */
  public SummaryLine withWrittenLines(String lines) {
    if (lines.length() != text.length() || !lines.replace('\n', ' ').equals(text.replace('\n', ' '))) {
      throw new IllegalArgumentException("lines: not the text with line feeds for some spaces: " + lines);
    }
    return new SummaryLine(text, place, heading, bullet, listNumber, boldPrefix, sourceLine, lines);
  }

  /** {@return the same paragraph marked as a heading (Title or Heading n style)} */
  public SummaryLine asHeading() {
    return new SummaryLine(text, place, true, bullet, listNumber, boldPrefix, sourceLine, writtenLines);
  }

  /** {@return the same paragraph as a bulleted list item} */
  public SummaryLine asBullet() {
    return new SummaryLine(text, place, heading, true, 0, boldPrefix, sourceLine, writtenLines);
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
    return new SummaryLine(text, place, heading, false, number, boldPrefix, sourceLine, writtenLines);
  }

  /**
   * {@return the same paragraph with its first {@code chars} characters bold}
   *
   * @param chars how many characters from the start are bold
   */
  public SummaryLine withBoldPrefix(int chars) {
    return new SummaryLine(text, place, heading, bullet, listNumber, Math.max(0, chars), sourceLine,
        writtenLines);
  }

  /** {@return the text as written, without list markers} */
  public String text() {
    return text;
  }

  /** {@return how messages name the paragraph} */
  public String place() {
    return place;
  }

  /** {@return the line of the file the paragraph starts on, or 0 when the input has no lines (Word)} */
  int sourceLine() {
    return sourceLine;
  }

  Line toLine(int number) {
    // A paragraph stands on its own: never the indented continuation of the one above.
    return new Line(number, text, false, heading, bullet, listNumber, boldPrefix, writtenLines);
  }

  @Override
  public String toString() {
    return place + (heading ? " heading" : "") + (bullet ? " bullet" : "")
        + (listNumber > 0 ? " number " + listNumber : "") + ": " + text;
  }
}
