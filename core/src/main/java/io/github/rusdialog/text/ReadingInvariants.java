package io.github.rusdialog.text;

import io.github.rusdialog.internal.read.TextForms;
import java.util.regex.Pattern;

/**
 * What holds for every correct reading, checked on each text as it is stored, so that a form no
 * rule names fails loudly at its line instead of landing somewhere unseen: no stored text begins
 * with a list marker; no text holds markup the format would have read ({@code **bold**}, a table
 * row {@code | … |}) unless the format has read its markup already (Markdown's literal texts); no
 * group's name begins with a number. The title's invariant (no weekday, "den" or piece of a date)
 * is {@link TitleLine}'s.
 */
final class ReadingInvariants {
  private static final Pattern LIST_MARKER = Pattern.compile("^(?:" + TextForms.BULLET + "|" + TextForms.ORDINAL
      + TextForms.ORDINAL_MARK + ")" + TextForms.SPACE + "+\\S");
  /**
   * A marker no rule reads, at the start of a line of a stored text: a task box ("[ ]", "[x]"), a
   * letter or roman numeral ("a)", "ii."), an e-mail quote ("> ").
   */
  private static final Pattern FOREIGN_MARKER = Pattern.compile("(?m)^(?:\\[[ xX]\\]|[a-zåäö]\\)|[ivx]{1,4}[.)]"
      + "|>)" + TextForms.SPACE + "+\\S");
  /** A head count written another way after a group's name: "Unga x6", "Unga ×6". */
  private static final Pattern TIMES_COUNT = Pattern.compile("[\\s\\p{Zs}][x×*]\\s?\\d{1,5}$");
  private static final Pattern BOLD = Pattern.compile("(\\*\\*|__)\\S(?:.*?\\S)?\\1", Pattern.DOTALL);
  private static final Pattern TABLE_ROW = Pattern.compile("(?m)^\\s*\\|.*\\|\\s*$");
  /** A number as a word of its own at the start of a name: "7 unga", "tre unga"; not "3D-teknik", nor "En förening". */
  private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:\\d+|" + TextForms.NUMBER_WORD + ")(?:"
      + TextForms.SPACE + "|$)");

  private ReadingInvariants() {}

  /**
   * Refuses a stored text (an item, a priority's title or description, a note) that breaks an
   * invariant.
   *
   * @param what what the text is, for the message: "the item", "the priority's title"
   * @param literal whether the format has read the text's markup already (Markdown)
   */
  static void requireText(String text, String what, boolean literal, int line, Places places)
      throws SummaryFormatException {
    if (literal) {
      return;
    }
    if (LIST_MARKER.matcher(text).lookingAt()) {
      throw places.error(line, what + " " + Places.quote(text) + " begins with a list marker after its own: write"
          + " one marker (\"- \" or \"1. \") before it");
    }
    if (FOREIGN_MARKER.matcher(text).find()) {
      throw places.error(line, what + " " + Places.quote(text) + " has a line that starts with a marker a summary"
          + " does not read (a task box \"[ ]\", a letter or roman numeral \"a)\", \"ii.\", a quote \">\"):"
          + " number the items 1., 2., 3. or put \"- \" before each, and remove the rest");
    }
    if (text.indexOf('|') >= 0 && TABLE_ROW.matcher(text).find()) {
      throw places.error(line, what + " " + Places.quote(text) + " is a table row written with \"|\"; a summary's"
          + " texts hold no tables: write each cell as an item under \"Möjligheter:\" or \"Utmaningar:\"");
    }
    if ((text.contains("**") || text.contains("__")) && BOLD.matcher(text).find()) {
      throw places.error(line, what + " " + Places.quote(text) + " holds ** or __ around words, which marks bold"
          + " in a summary; a stored text keeps no markup: remove the marks (bold belongs only to a priority's"
          + " title, \"1) **Title:** description\")");
    }
  }

  /** Refuses a group's name that begins with a number or a number word: a count read as part of the name. */
  static void requireGroupName(String name, int line, Places places) throws SummaryFormatException {
    if (TIMES_COUNT.matcher(name).find()) {
      throw places.error(line, "the group " + Places.quote(name) + " ends with a head count written another way;"
          + " write it in parentheses, e.g. \"Unga (6)\", or leave it out");
    }
    if (LEADING_NUMBER.matcher(TextForms.fold(name)).find()) {
      throw places.error(line, "the group " + Places.quote(name) + " begins with a number; write the group's"
          + " name first and the number of people after it in parentheses, e.g. \"Unga (6)\"");
    }
  }
}
