package io.github.rusdialog.text;

import io.github.rusdialog.internal.read.TextForms;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How summaries write head counts: after a group ("Unga (6)", "Unga: 6 personer", "Unga – 6",
 * "6 unga", "3 representanter från Sametinget") and for the whole meeting ("Antal deltagare: 23",
 * "23 deltagare", "Totalt 23 personer"). An approximate count ("ca 20", "5–6 personer") is refused:
 * the model holds the number that came, and guessing one would alter what the summary says.
 */
final class HeadCountForms {
  /** More people than any dialogue meeting holds; a longer number is not a head count. */
  private static final String NUMBER = TextForms.COUNT;
  private static final String UNIT = TextForms.UNIT;
  /** "ca 20", "5–6", "20+": a count that is not the number of people who came. */
  private static final String APPROXIMATE_NUMBER = TextForms.APPROXIMATE_COUNT;

  /** "Unga (6)", "Unga (6 personer)". Folded text, so the unit matches without diacritics. */
  private static final Pattern IN_PARENTHESES = Pattern.compile(inParentheses(NUMBER));
  /** "Unga: 6", "Unga: 6 personer", "Unga – 6 st". */
  private static final Pattern AFTER_SEPARATOR = Pattern.compile(afterSeparator(NUMBER));
  /** "6 unga", "2 från Sametinget", "3 representanter från Sametinget". */
  private static final Pattern BEFORE_NAME = Pattern.compile(TextForms.COUNT_BEFORE_NAME
      + "\\s+(?:(?:personer|representanter|foretradare|deltagare|st\\.?)\\s+(?:fran|for|ur)\\s+"
      + "|(?:fran|ur)\\s+)?(\\S.*)");
  private static final Pattern APPROXIMATE = Pattern.compile(inParentheses(APPROXIMATE_NUMBER) + "|"
      + afterSeparator(APPROXIMATE_NUMBER) + "|" + APPROXIMATE_NUMBER + "\\s+\\S.*");
  private static final Pattern TOTAL = Pattern.compile(total(NUMBER, NUMBER));
  private static final Pattern APPROXIMATE_TOTAL = Pattern.compile(total(APPROXIMATE_NUMBER, APPROXIMATE_NUMBER));

  private HeadCountForms() {}

  private static String inParentheses(String number) {
    return "(.*\\S)\\s*\\(\\s*" + number + "(?:\\s*" + UNIT + ")?\\s*\\)";
  }

  private static String afterSeparator(String number) {
    return "(.*\\S)\\s*(?::|\\s" + TextForms.DASH + ")\\s*" + number + "(?:\\s*" + UNIT + ")?";
  }

  /** "Antal deltagare: 23", "Deltagare totalt: 23", "Totalt: 23", "23 deltagare", "Totalt 23 personer". */
  private static String total(String labelled, String counted) {
    return "(?:totalt\\s+)?(?:antal\\s+(?:deltagare|narvarande)|deltagare\\s+totalt|totalt(?:\\s+antal)?)"
        + "\\s*:?\\s*" + labelled + "(?:\\s*" + UNIT + ")?\\.?"
        + "|(?:totalt\\s+)?" + counted + "\\s+(?:deltagare|personer|narvarande)(?:\\s+totalt)?\\.?";
  }

  /** A group's name as written without its head count, and the count if one was given. */
  record CountedName(String name, OptionalInt attendees) {}

  /**
   * The meeting's total if {@code text} is nothing but a total: "Antal deltagare: 23", "23
   * deltagare", "Totalt 23 personer".
   */
  static OptionalInt total(String text) {
    Matcher total = TOTAL.matcher(folded(text));
    if (!total.matches()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(TextForms.count(total.group(1) != null ? total.group(1) : total.group(2)));
  }

  /** Whether {@code text} is a total given approximately: "Antal deltagare: ca 25", "20–25 deltagare". */
  static boolean approximateTotal(String text) {
    return APPROXIMATE_TOTAL.matcher(folded(text)).matches();
  }

  private static String folded(String text) {
    return TextKeys.foldInPlace(Line.strip(text)).replace('*', ' ').strip();
  }

  /**
   * Splits a head count off a group as written. Positions in the folded text are positions in the
   * original ({@link TextKeys#foldInPlace}), so the name keeps its spelling and case.
   *
   * @return the name and count, or {@code null} if the count is approximate
   */
  static CountedName ofGroup(String written) {
    String folded = TextKeys.foldInPlace(written);
    for (Pattern form : new Pattern[] {IN_PARENTHESES, AFTER_SEPARATOR}) {
      Matcher counted = form.matcher(folded);
      if (counted.matches()) {
        return counted(written.substring(0, counted.end(1)), counted.group(2));
      }
    }
    Matcher before = BEFORE_NAME.matcher(folded);
    if (before.matches()) {
      return counted(written.substring(before.start(2)), before.group(1));
    }
    if (APPROXIMATE.matcher(folded).matches()) {
      return null;
    }
    return new CountedName(written, OptionalInt.empty());
  }

  private static CountedName counted(String name, String number) {
    return new CountedName(Line.strip(name), OptionalInt.of(TextForms.count(number)));
  }
}
