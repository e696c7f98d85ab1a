package io.github.rusdialog.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the date at the end of a summary's title line, in the three forms staff write. */
final class SummaryDates {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("januari", 1), Map.entry("februari", 2), Map.entry("mars", 3),
      Map.entry("april", 4), Map.entry("maj", 5), Map.entry("juni", 6), Map.entry("juli", 7),
      Map.entry("augusti", 8), Map.entry("september", 9), Map.entry("oktober", 10),
      Map.entry("november", 11), Map.entry("december", 12));

  // Bounded repetitions keep matching linear on hostile input. The line is stripped first.
  /** {@code 13/3 2024}, {@code 2024-03-13} or {@code 13 mars 2024} (also "13:e mars 2024"). */
  private static final Pattern DATE_AT_END = Pattern.compile(
      "(?:(?<d1>\\d{1,2})/(?<m1>\\d{1,2})\\s{1,4}(?<y1>\\d{4})"
          + "|(?<y2>\\d{4})-(?<m2>\\d{1,2})-(?<d2>\\d{1,2})"
          + "|(?<d3>\\d{1,2})(?::[ae])?\\s{1,4}(?<m3>\\p{L}{3,9})\\s{1,4}(?<y3>\\d{4}))$");

  private SummaryDates() {}

  /** A date found at the end of a title line, and where it starts. */
  static final class Found {
    final LocalDate date;
    final int start;

    Found(LocalDate date, int start) {
      this.date = date;
      this.start = start;
    }
  }

  /**
   * Finds the date ending {@code line}; null if the line does not end with something date-shaped.
   *
   * @throws IllegalArgumentException with a message for the user if it is date-shaped but no date
   */
  static Found atEnd(String line) {
    Matcher m = DATE_AT_END.matcher(line);
    if (!m.find()) {
      return null;
    }
    String text = m.group().strip();
    int year;
    int month;
    int day;
    if (m.group("d1") != null) {
      year = Integer.parseInt(m.group("y1"));
      month = Integer.parseInt(m.group("m1"));
      day = Integer.parseInt(m.group("d1"));
    } else if (m.group("y2") != null) {
      year = Integer.parseInt(m.group("y2"));
      month = Integer.parseInt(m.group("m2"));
      day = Integer.parseInt(m.group("d2"));
    } else {
      Integer named = MONTHS.get(m.group("m3").toLowerCase(Locale.ROOT));
      if (named == null) {
        // "Möte 3 gruppen 2024" is no date; the caller reports a missing date.
        return null;
      }
      year = Integer.parseInt(m.group("y3"));
      month = named;
      day = Integer.parseInt(m.group("d3"));
    }
    try {
      return new Found(LocalDate.of(year, month, day), m.start());
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("\"" + text + "\" is not a date (" + e.getMessage()
          + "); write it as 13/3 2024, 2024-03-13 or 13 mars 2024");
    }
  }
}
