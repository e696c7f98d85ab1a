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

  /**
   * A space where the forms want one (after a bullet, a list number, a label's colon): any white
   * space or Unicode space separator — U+00A0 no-break space, U+202F narrow no-break space,
   * U+2000–U+200A, the tab.
   */
  public static final String SPACE = "[\\s\\p{Zs}]";

  /** A list bullet as typed at a line's start: a dash of any kind, a bullet or an asterisk. */
  public static final String BULLET = "(?:" + DASH + "|[\u2022*])";

  /**
   * A list number: one to three digits. Four digits at a line's start are a year ("2024. Det året
   * …"), never a list number.
   */
  public static final String ORDINAL = "\\d{1,3}";

  /** What follows a list number: a full stop or a closing parenthesis. */
  public static final String ORDINAL_MARK = "[.)]";

  /**
   * A weekday, folded, as Swedish writes it before a date: "onsdag 8 maj 2024", "onsdagen den 8 maj
   * 2024", "ons 8 maj 2024"; with or without its definite ending, or abbreviated.
   */
  public static final String WEEKDAY = "(?:(?:mandag|tisdag|onsdag|torsdag|fredag|lordag|sondag)(?:en)?"
      + "|(?:man|tis|ons|tors|tor|fre|lor|son)\\.?)";

  /** A month's name or its abbreviation, folded: "mars", "mar", "sept". */
  public static final String MONTH_NAME = "(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober"
      + "|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|okt|nov|dec)";

  /** What ends a sentence: a full stop, a question mark or an exclamation mark. */
  public static final String SENTENCE_END = "[.!?]";

  /** A sentence's end where it ends: before a space or at the end of the text. */
  public static final String SENTENCE_BREAK = SENTENCE_END + "(?:\\s|$)";

  /**
   * The numbers one to twelve in words, folded, as the Swedish style guide writes them in running
   * text ("sex unga"); "en" and "ett" are left out where a count stands before a name, since they
   * are also the articles ("Ett företag").
   */
  public static final String NUMBER_WORD = "(?:tva|tre|fyra|fem|sex|sju|atta|nio|tio|elva|tolv)";

  /** A number word, articles included ("Unga (en)"): where it cannot be an article. */
  public static final String NUMBER_WORD_OR_ONE = "(?:en|ett|" + NUMBER_WORD + ")";

  /** A head count: up to five digits (more people than any meeting holds beyond that) or a number word. */
  public static final String COUNT = "(\\d{1,5}|" + NUMBER_WORD_OR_ONE + ")";

  /** A head count before a name: digits or a number word other than the articles. */
  public static final String COUNT_BEFORE_NAME = "(\\d{1,5}|" + NUMBER_WORD + ")";

  /** The words that may follow a head count ("6 personer", "6 st."), folded. */
  public static final String UNIT = "(?:st|st\\.|stycken|personer|person|pers|pers\\.|deltagare|narvarande)";

  /** The words that make a count approximate ("ca 20", "drygt 20"), folded. */
  public static final String APPROXIMATE_WORD = "(?:ca\\.?|c:a|cirka|ungefar|runt|omkring|drygt|knappt|over|minst"
      + "|max|~)";

  /** An approximate count: "ca 20", "cirka sex", "5–6", "20+". */
  public static final String APPROXIMATE_COUNT = "(?:" + APPROXIMATE_WORD + "\\s*(?:\\d{1,5}|" + NUMBER_WORD_OR_ONE
      + ")|\\d{1,5}\\s*" + DASH + "\\s*\\d{1,5}|\\d{1,5}\\s*\\+)";

  /**
   * {@return the number a head count gives: its digits, or its number word ("sex" is 6)}
   *
   * @param count a match of {@link #COUNT}, folded
   */
  public static int count(String count) {
    switch (count) {
      case "en":
      case "ett":
        return 1;
      case "tva":
        return 2;
      case "tre":
        return 3;
      case "fyra":
        return 4;
      case "fem":
        return 5;
      case "sex":
        return 6;
      case "sju":
        return 7;
      case "atta":
        return 8;
      case "nio":
        return 9;
      case "tio":
        return 10;
      case "elva":
        return 11;
      case "tolv":
        return 12;
      default:
        return Integer.parseInt(count);
    }
  }

  private TextForms() {}

  /**
   * {@return the text in lower case without diacritics, character for character, so that a
   * position in the folded text is the same position in the original}
   *
   * @param text any text
   */
  public static String fold(String text) {
    char[] folded = new char[text.length()];
    for (int i = 0; i < folded.length; i++) {
      char c = text.charAt(i);
      folded[i] = c < FOLDED.length ? FOLDED[c] : foldOne(c);
    }
    return new String(folded);
  }

  /** Every character up to the end of Latin Extended-B folded once: summaries are made of these. */
  private static final char[] FOLDED = new char[0x250];

  static {
    for (char c = 0; c < FOLDED.length; c++) {
      FOLDED[c] = foldOne(c);
    }
  }

  private static char foldOne(char c) {
    if (c >= 0xC0 && !Character.isSurrogate(c)) {
      c = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD).charAt(0);
    }
    return c == '\u00A0' ? ' ' : Character.toLowerCase(c);
  }
}
