package io.github.rusdialog.internal.read;

/**
 * The forms people type, as named regular-expression fragments that every rule of the summary
 * reader — and the workbook's head-count cells — is composed of, so that a form is added once and
 * read everywhere. Fragments match folded text (lower case, no diacritics) where they hold words.
 * Not API.
 */
public final class TextForms {
  /**
   * A dash of any kind people type between words or numbers: hyphen-minus, hyphen, non-breaking
   * hyphen, figure dash, en dash, em dash, horizontal bar, minus sign.
   */
  public static final String DASH = "[-\u2010\u2011\u2012\u2013\u2014\u2015\u2212]";

  /** A list bullet as typed at a line's start: a dash of any kind, a bullet or an asterisk. */
  public static final String BULLET = "(?:" + DASH + "|[\u2022*])";

  /**
   * A list number: one to three digits. Four digits at a line's start are a year ("2024. Det året
   * …"), never a list number.
   */
  public static final String ORDINAL = "\\d{1,3}";

  /** What follows a list number: a full stop or a closing parenthesis. */
  public static final String ORDINAL_MARK = "[.)]";

  /** What ends a sentence: a full stop, a question mark or an exclamation mark. */
  public static final String SENTENCE_END = "[.!?]";

  /** A head count: up to five digits, more people than any meeting holds beyond that. */
  public static final String COUNT = "(\\d{1,5})";

  /** The words that may follow a head count ("6 personer", "6 st."), folded. */
  public static final String UNIT = "(?:st|st\\.|stycken|personer|person|pers|pers\\.|deltagare|narvarande)";

  /** The words that make a count approximate ("ca 20", "drygt 20"), folded. */
  public static final String APPROXIMATE_WORD = "(?:ca\\.?|c:a|cirka|ungefar|runt|omkring|drygt|knappt|over|minst"
      + "|max|~)";

  /** An approximate count: "ca 20", "5–6", "20+". */
  public static final String APPROXIMATE_COUNT = "(?:" + APPROXIMATE_WORD + "\\s*\\d{1,5}|\\d{1,5}\\s*" + DASH
      + "\\s*\\d{1,5}|\\d{1,5}\\s*\\+)";

  private TextForms() {}

  /**
   * {@return the text in lower case without diacritics, character for character, so that a
   * position in the folded text is the same position in the original}
   *
   * @param text any text
   */
  public static String fold(String text) {
    StringBuilder folded = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0xC0 && !Character.isSurrogate(c)) {
        c = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD).charAt(0);
      }
      folded.append(c == '\u00A0' ? ' ' : Character.toLowerCase(c));
    }
    return folded.toString();
  }
}
