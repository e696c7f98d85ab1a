package io.github.rusdialog.responses;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The text part of an input's identity: two texts are the same input's when they read the same
 * once case, spacing, quotes, the kind of dash and closing punctuation are set aside — what a
 * person correcting a summary changes without changing what was said.
 */
final class InputText {
  private static final String CLOSING = ".!?;:,…";

  private InputText() {}

  /**
   * The text as it is compared: NFKC, case folded, one space between words, no quotes, no invisible
   * format characters, '-' for every dash.
   */
  static String normalise(String text) {
    String composed = Normalizer.normalize(text, Normalizer.Form.NFKC);
    StringBuilder out = new StringBuilder(composed.length());
    boolean space = false;
    for (int i = 0; i < composed.length(); ) {
      int c = composed.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = out.length() > 0;
        continue;
      }
      int type = Character.getType(c);
      // Invisible format characters (soft hyphen, zero-width space, word joiner, BOM) are kept in texts
      // and ignored in every comparison.
      if (type == Character.FORMAT) {
        continue;
      }
      if (c == '"' || c == '\'' || type == Character.INITIAL_QUOTE_PUNCTUATION
          || type == Character.FINAL_QUOTE_PUNCTUATION) {
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(type == Character.DASH_PUNCTUATION ? '-' : c);
    }
    int end = out.length();
    while (end > 0 && (CLOSING.indexOf(out.charAt(end - 1)) >= 0 || out.charAt(end - 1) == ' ')) {
      end--;
    }
    // Upper case first, then lower: a simple case fold, so "ß" and "SS", "ı" and "I" read the same.
    return out.substring(0, end).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
  }

  /**
   * The edit distance (Levenshtein, in code points) between two texts, or {@code limit + 1} when it
   * is more than {@code limit}: only close texts matter, so only the band of cells within {@code
   * limit} of the diagonal is computed, and a row whose every cell is past the limit ends it.
   */
  static int distance(int[] x, int[] y, int limit) {
    int far = limit + 1;
    if (Math.abs(x.length - y.length) > limit) {
      return far;
    }
    int[] previous = new int[y.length + 1];
    int[] current = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) {
      previous[j] = Math.min(j, far);
    }
    for (int i = 1; i <= x.length; i++) {
      int from = Math.max(1, i - limit);
      int to = Math.min(y.length, i + limit);
      current[from - 1] = from == 1 ? Math.min(i, far) : far;
      int rowMinimum = current[from - 1];
      for (int j = from; j <= to; j++) {
        int substitution = previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1);
        current[j] = Math.min(far, Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1));
        rowMinimum = Math.min(rowMinimum, current[j]);
      }
      if (to < y.length) {
        current[to + 1] = far;
      }
      if (rowMinimum > limit) {
        return far;
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length];
  }

  /**
   * How far a corrected text may be from the answered one: a quarter of the longer text's characters,
   * so a text of fewer than four (such as "IT") must read the same.
   */
  static int tolerance(int[] a, int[] b) {
    return Math.max(a.length, b.length) / 4;
  }
}
