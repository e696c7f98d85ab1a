package io.github.rusdialog.text;

import io.github.rusdialog.internal.read.TextForms;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Comparison keys for headings and labels: what is left of a line once the ways people vary a
 * heading are taken away (case, diacritics, Markdown, numbering, surrounding punctuation, "&" for
 * "och", spacing). Keys are only compared, never shown or stored.
 */
final class TextKeys {
  /** Diacritics once decomposed, and the invisible format characters (U+00AD, U+200B, U+2060, U+FEFF). */
  private static final Pattern MARKS = Pattern.compile("[\\p{M}\\p{Cf}]+");
  private static final Pattern HASHES = Pattern.compile("^#{1,6}\\s*");
  private static final Pattern BULLET = Pattern.compile("^" + TextForms.BULLET + TextForms.SPACE + "+");
  private static final Pattern NUMBERING = Pattern.compile("^" + TextForms.ORDINAL + TextForms.ORDINAL_MARK + TextForms.SPACE + "+");
  private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");
  private static final Pattern SPACES = Pattern.compile(TextForms.SPACE + "+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** Words too common to tell one strategic area from another. */
  private static final List<String> STOP_WORDS = List.of("och", "samt", "till", "genom", "for",
      "av", "i", "pa", "med", "den", "det", "de", "en", "ett", "som", "att", "inom", "om", "ur");

  private TextKeys() {}

  /** Lower case, no diacritics, no-break spaces as spaces. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text.replace('\u00A0', ' '), Normalizer.Form.NFD);
    return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
  }

  /**
   * Like {@link #fold} but character for character, so that positions in the folded text are
   * positions in the original: for matching phrases whose place in the line matters.
   */
  static String foldInPlace(String text) {
    return TextForms.fold(text);
  }

  /**
   * The key of a heading or label line: "## 2. **Väl fungerande Kompetensförsörjning &
   * kompetensutveckling:**" and "väl fungerande kompetensforsorjning och kompetensutveckling"
   * have the same key.
   */
  static String key(String line) {
    String text = EMPHASIS.matcher(fold(line)).replaceAll("").strip();
    // Markers come in any order ("## 2. Titel", "2. ## Titel", "- **Titel:**"): strip until none is left.
    String before;
    do {
      before = text;
      text = HASHES.matcher(text).replaceFirst("");
      text = BULLET.matcher(text).replaceFirst("");
      text = NUMBERING.matcher(text).replaceFirst("");
      text = stripEdgePunctuation(text);
    } while (!text.equals(before));
    text = text.replace("&", " och ");
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  /**
   * The text without spaces and sentence punctuation at its ends. A loop, not a regular expression:
   * "[…]+$" is tried at every position of the line, and keys are made for every line read.
   */
  private static String stripEdgePunctuation(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isEdge(text.charAt(start))) {
      start++;
    }
    while (end > start && isEdge(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /** Sentence punctuation, spaces and dashes: "Utmaningar –" is the label "Utmaningar". */
  private static boolean isEdge(char c) {
    return ".:;,!?".indexOf(c) >= 0 || Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR
        || Character.getType(c) == Character.DASH_PUNCTUATION || c == '\u2212';
  }

  /** The words of a key that can tell areas apart, in order. */
  static List<String> significantWords(String key) {
    List<String> words = new ArrayList<>();
    for (String word : NOT_WORD.split(key)) {
      if (!word.isEmpty() && !STOP_WORDS.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  /** Whether two words are the same, allowing an inflected ending ("kompetensforsorjningen"). */
  static boolean sameWord(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String shorter = a.length() < b.length() ? a : b;
    String longer = shorter == a ? b : a;
    return shorter.length() >= 5 && longer.startsWith(shorter) && longer.length() - shorter.length() <= 3;
  }

  /** The number of words in the text, counting runs of letters or digits. */
  static int wordCount(String text) {
    int count = 0;
    for (String word : NOT_WORD.split(text)) {
      if (!word.isEmpty()) {
        count++;
      }
    }
    return count;
  }
}
