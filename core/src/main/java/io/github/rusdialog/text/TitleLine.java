package io.github.rusdialog.text;

import io.github.rusdialog.internal.read.TextForms;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first line of a summary: the meeting's title and, usually, its date. The title is what comes
 * before the date expression, and the date expression is all that Swedish writes of a date: a
 * weekday ("onsdag", "onsdagen"), "den", the first day of a range ("14 mars–"), the date itself
 * and a time. A title that still holds a piece of a date is refused rather than kept.
 */
final class TitleLine {
  private static final int MAX_LENGTH = 500;
  /** What stands between a title and its date: spaces, commas, colons and dashes of every kind. */
  private static final Pattern TRAILING_SEPARATORS = Pattern.compile("(?:[\\s\\p{Z},:]|" + TextForms.DASH + ")+$");
  /** A weekday or "den" at the end of what comes before the date, folded. */
  private static final Pattern DATE_WORD = Pattern.compile("(?:^|[\\s\\p{Z},])(?:den|" + TextForms.WEEKDAY + ")$");
  /**
   * The first day of a range written before the last day's date, folded: "14 mars–", "14:e mars –",
   * "14/3–", "30 dec 2023–".
   */
  private static final Pattern RANGE_START = Pattern.compile("(?:^|[\\s\\p{Z},])(\\d{1,2})(?::[ae])?\\s{0,2}"
      + "(?:(" + TextForms.MONTH_NAME + ")\\.?|[/.]\\s{0,2}(\\d{1,2}))(?:\\s{1,4}(\\d{4}))?\\s{0,2}" + TextForms.DASH
      + "\\s{0,2}$");
  /** A piece of a date in a title, folded: a day and a month's name ("14 mars"). */
  private static final Pattern DATE_PIECE = Pattern.compile("(?<![\\p{L}\\p{N}])\\d{1,2}(?::[ae])?\\s{0,2}"
      + TextForms.MONTH_NAME + "(?![\\p{L}])");

  final String title;
  /** Null when the line has no date: the intro may give it. */
  final LocalDate date;
  /** The date expression when the meeting spans several days, read as its first day; else null. */
  final String range;

  private TitleLine(String title, LocalDate date, String range) {
    this.title = title;
    this.date = date;
    this.range = range;
  }

  static TitleLine read(Line line, Places places) throws SummaryFormatException {
    String text = line.literal ? line.text : Line.strip(LineClassifier.unwrap(line.text));
    if (text.length() > MAX_LENGTH) {
      throw places.error(line.number, "the first line is not a title line (it is "
          + text.length() + " characters long); start the summary with the title and date,"
          + " e.g. \"Bolagsdagen 13/3 2024\"");
    }
    SummaryDates.Found found;
    try {
      found = SummaryDates.atEnd(text);
    } catch (IllegalArgumentException e) {
      throw places.error(line.number, e.getMessage());
    }
    if (found == null) {
      return new TitleLine(text, null, null);
    }
    LocalDate date = found.date;
    String range = found.range;
    int end = found.start;
    Matcher start = RANGE_START.matcher(TextForms.fold(text.substring(0, end)));
    if (start.find()) {
      date = firstDay(start, found.date, line, places, text);
      // Folding keeps positions, so the first day's digits are at the same place in the text.
      range = text.substring(start.start(1)).strip();
      end = start.start(1);
    }
    String title = stripDateWords(text.substring(0, end));
    if (title.isBlank()) {
      throw places.error(line.number, "the title line \"" + line.text
          + "\" has a date but no title; write the meeting's name before the date,"
          + " e.g. \"Bolagsdagen 13/3 2024\"");
    }
    if (SummaryDates.first(title) != null || DATE_PIECE.matcher(TextForms.fold(title)).find()) {
      throw places.error(line.number, "the title line \"" + line.text + "\" holds a date in its title (\"" + title
          + "\"); write the title, then the meeting's date once, e.g. \"Bolagsdagen 13/3 2024\"");
    }
    return new TitleLine(title, date, range);
  }

  /** What comes before the date, without the separators, weekdays and "den" that belong to the date. */
  private static String stripDateWords(String before) {
    String title = before;
    String previous;
    do {
      previous = title;
      title = TRAILING_SEPARATORS.matcher(title).replaceAll("");
      Matcher word = DATE_WORD.matcher(TextForms.fold(title));
      if (word.find()) {
        title = title.substring(0, word.start());
      }
    } while (!title.equals(previous));
    return title;
  }

  /** The first day of a range "14 mars–15 mars 2024": its own month, or the last day's, and year. */
  private static LocalDate firstDay(Matcher start, LocalDate last, Line line, Places places, String text)
      throws SummaryFormatException {
    int day = Integer.parseInt(start.group(1));
    Integer month = start.group(2) != null ? SummaryDates.month(start.group(2))
        : Integer.valueOf(Integer.parseInt(start.group(3)));
    int year = start.group(4) != null ? Integer.parseInt(start.group(4))
        : month > last.getMonthValue() ? last.getYear() - 1 : last.getYear();
    try {
      LocalDate first = LocalDate.of(year, month, day);
      if (first.isAfter(last)) {
        throw places.error(line.number, "the title line \"" + text + "\" gives a range of days that ends before it"
            + " starts; write the meeting's first and last day in order, e.g. \"14–15 mars 2024\"");
      }
      return first;
    } catch (DateTimeException e) {
      throw places.error(line.number, "the title line \"" + text + "\" gives a range of days whose first day is not"
          + " a date (" + e.getMessage() + "); write it as \"14–15 mars 2024\"");
    }
  }
}
