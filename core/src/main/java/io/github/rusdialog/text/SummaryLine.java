package io.github.rusdialog.text;

import java.util.Objects;

/**
 * One paragraph of a summary as another input form holds it (a Word document), for {@link
 * SummaryReader#read(java.util.List, String)}: the text without list markers, and what the form
 * knows beyond it — a heading style, a bullet, the number a numbered list shows, how much of the
 * start is bold — plus the place errors name ({@code paragraph 14 "Möjligheter:"}). The same rules
 * as for text then decide where it belongs. Immutable; build with {@link #of} and the withers.
 */
public final class SummaryLine {
  private final String text;
  private final String place;
  private final boolean heading;
  private final boolean bullet;
  private final int listNumber;
  private final int boldPrefix;

  private SummaryLine(String text, String place, boolean heading, boolean bullet, int listNumber,
      int boldPrefix) {
    this.text = Objects.requireNonNull(text, "text");
    this.place = Objects.requireNonNull(place, "place");
    this.heading = heading;
    this.bullet = bullet;
    this.listNumber = listNumber;
    this.boldPrefix = boldPrefix;
  }

  /**
   * {@return a plain paragraph}
   *
   * @param text the paragraph's text
   * @param place how messages name it, e.g. {@code paragraph 3 "Bolagsdagen"}
   */
  public static SummaryLine of(String text, String place) {
    return new SummaryLine(text, place, false, false, 0, 0);
  }

  /** {@return the same paragraph marked as a heading (Title or Heading n style)} */
  public SummaryLine asHeading() {
    return new SummaryLine(text, place, true, bullet, listNumber, boldPrefix);
  }

  /** {@return the same paragraph as a bulleted list item} */
  public SummaryLine asBullet() {
    return new SummaryLine(text, place, heading, true, 0, boldPrefix);
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
    return new SummaryLine(text, place, heading, false, number, boldPrefix);
  }

  /**
   * {@return the same paragraph with its first {@code chars} characters bold}
   *
   * @param chars how many characters from the start are bold
   */
  public SummaryLine withBoldPrefix(int chars) {
    return new SummaryLine(text, place, heading, bullet, listNumber, Math.max(0, chars));
  }

  /** {@return the text as written, without list markers} */
  public String text() {
    return text;
  }

  /** {@return how messages name the paragraph} */
  public String place() {
    return place;
  }

  Line toLine(int number) {
    // A paragraph stands on its own: never the indented continuation of the one above.
    return new Line(number, text, false, heading, bullet, listNumber, boldPrefix);
  }

  @Override
  public String toString() {
    return place + (heading ? " heading" : "") + (bullet ? " bullet" : "")
        + (listNumber > 0 ? " number " + listNumber : "") + ": " + text;
  }
}
