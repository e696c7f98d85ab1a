package io.github.rusdialog.text;

import io.github.rusdialog.internal.read.TextForms;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** The first line of a summary: the meeting's title and, usually, its date. */
final class TitleLine {
  private static final int MAX_LENGTH = 500;
  /** What stands between a title and its date: spaces, commas, colons and dashes of every kind. */
  private static final Pattern TRAILING_SEPARATORS = Pattern.compile("(?:[\\s\\p{Z},:]|" + TextForms.DASH + ")+$");
  private static final Pattern DEN = Pattern.compile("(?i)[\\s\\p{Z},]+den$");

  final String title;
  /** Null when the line has no date: the intro may give it. */
  final LocalDate date;

  private TitleLine(String title, LocalDate date) {
    this.title = title;
    this.date = date;
  }

  static TitleLine read(Line line, Places places) throws SummaryFormatException {
    String text = line.literal ? line.text : Line.strip(LineClassifier.unwrap(line.text));
    if (text.length() > MAX_LENGTH) {
      throw places.error(line.number, "the first line is not a title line (it is "
          + text.length() + " characters long); start the summary with the title and date,"
          + " e.g. \"Bolagsdagen 13/3 2024\"");
    }
    SummaryDates.Found date;
    try {
      date = SummaryDates.atEnd(text);
    } catch (IllegalArgumentException e) {
      throw places.error(line.number, e.getMessage());
    }
    if (date == null) {
      return new TitleLine(text, null);
    }
    // "Bolagsdagen den 13:e mars 2024": "den" belongs to the date, not the title.
    String title = TRAILING_SEPARATORS.matcher(DEN.matcher(TRAILING_SEPARATORS.matcher(text.substring(0, date.start))
        .replaceAll("")).replaceAll("")).replaceAll("");
    if (title.isBlank()) {
      throw places.error(line.number, "the title line \"" + line.text
          + "\" has a date but no title; write the meeting's name before the date,"
          + " e.g. \"Bolagsdagen 13/3 2024\"");
    }
    return new TitleLine(title, date.date);
  }
}
