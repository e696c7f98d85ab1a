package io.github.rusdialog.text;

import io.github.rusdialog.internal.read.TextForms;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a meeting's date in the forms staff write: {@code 13/3 2024}, {@code 13/3-2024}, {@code
 * 13.3.2024}, {@code 2024-03-13}, {@code 13 mars 2024}, {@code 13 mar 2024}, {@code 13:e mars 2024},
 * optionally followed by a time ({@code kl. 13–16}); a range of days ({@code 14–15 mars 2024})
 * gives its first day.
 */
final class SummaryDates {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("januari", 1), Map.entry("jan", 1), Map.entry("februari", 2), Map.entry("feb", 2),
      Map.entry("mars", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
      Map.entry("maj", 5), Map.entry("juni", 6), Map.entry("jun", 6), Map.entry("juli", 7),
      Map.entry("jul", 7), Map.entry("augusti", 8), Map.entry("aug", 8), Map.entry("september", 9),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oktober", 10), Map.entry("okt", 10),
      Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

  // Bounded repetitions keep matching linear on hostile input.
  private static String dayRange(String group) {
    return "(?<" + group + ">\\s{0,2}" + TextForms.DASH + "\\s{0,2}\\d{1,2}(?::[ae])?)?";
  }

  private static final String DATE =
      "(?:(?<d1>\\d{1,2})" + dayRange("r1") + "\\s{0,2}[/.]\\s{0,2}(?<m1>\\d{1,2})(?:\\s{1,4}|\\s{0,2}[-.]\\s{0,2})(?<y1>\\d{4})"
          + "|(?<y2>\\d{4})-(?<m2>\\d{1,2})-(?<d2>\\d{1,2})"
          + "|(?<d3>\\d{1,2})(?::[ae])?" + dayRange("r3") + "\\s{1,4}(?<m3>\\p{L}{3,9})\\.?\\s{1,4}(?<y3>\\d{4}))";
  private static final String TIME =
      "(?:,?\\s{1,4}(?:kl\\.?|klockan)\\s{0,4}\\d{1,2}(?:[.:]\\d{2})?(?:\\s{0,2}" + TextForms.DASH + "\\s{0,2}\\d{1,2}(?:[.:]\\d{2})?)?)?";
  // A date may follow a dash: "Bolagsdagen—13/3 2024", and a range's last day ("14 mars–15 mars 2024"),
  // whose first day TitleLine finds before it.
  private static final Pattern DATE_AT_END = Pattern.compile("(?<![\\d/.])" + DATE + TIME + "[.]?$");
  private static final Pattern DATE_ANYWHERE = Pattern.compile("(?<![\\d/.])" + DATE + "(?!\\d)");

  private SummaryDates() {}

  /** A date found in a line, and where its text starts. */
  static final class Found {
    final LocalDate date;
    final int start;
    /** The date expression when it spans several days ("14–15 mars 2024"), else null. */
    final String range;

    Found(LocalDate date, int start, String range) {
      this.date = date;
      this.start = start;
      this.range = range;
    }
  }

  /** {@return the number of a month's folded name or abbreviation, or null} */
  static Integer month(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT));
  }

  /**
   * Finds the date ending {@code line} (a time after it included); null if the line does not end
   * with something date-shaped.
   *
   * @throws IllegalArgumentException with a message for the user if it is date-shaped but no date
   */
  static Found atEnd(String line) {
    Matcher m = DATE_AT_END.matcher(line);
    return m.find() ? date(m) : null;
  }

  /** The first date anywhere in {@code text}, e.g. "den 13:e mars 2024" in an intro; or null. */
  static Found first(String text) {
    Matcher m = DATE_ANYWHERE.matcher(text);
    while (m.find()) {
      try {
        Found found = date(m);
        if (found != null) {
          return found;
        }
      } catch (IllegalArgumentException e) {
        // An intro may hold numbers that look like dates; only a real date counts there.
      }
    }
    return null;
  }

  private static Found date(Matcher m) {
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
      boolean range = m.group("r1") != null || m.group("r3") != null;
      return new Found(LocalDate.of(year, month, day), m.start(), range ? text : null);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("\"" + text + "\" is not a date (" + e.getMessage()
          + "); write it as 13/3 2024, 2024-03-13 or 13 mars 2024");
    }
  }
}
