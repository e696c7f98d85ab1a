package io.github.rusdialog.excel;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes sheet names Excel accepts: at most 31 characters, none of {@code []:*?/\}, not starting or
 * ending with an apostrophe, and unique ignoring case ("Bolagsdagen", "Bolagsdagen (2)").
 */
final class SheetNames {
  static final int MAX_LENGTH = 31;

  private final Set<String> used = new HashSet<>();

  /** Reserves a name that must be used exactly as given, such as a fixed sheet's label. */
  String reserve(String name) {
    return unique(name);
  }

  /** A valid, unused name made from {@code wanted}. */
  String unique(String wanted) {
    String base = clean(wanted);
    String name = base;
    for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      name = cut(base, MAX_LENGTH - suffix.length()) + suffix;
    }
    return name;
  }

  private static String clean(String wanted) {
    StringBuilder name = new StringBuilder();
    wanted.codePoints().forEach(c -> {
      if ("[]:*?/\\".indexOf(c) >= 0 || Character.isISOControl(c)) {
        name.append(' ');
      } else {
        name.appendCodePoint(c);
      }
    });
    String cleaned = name.toString().replaceAll("\\s+", " ").strip().replaceAll("^'+|'+$", "").strip();
    if (cleaned.isEmpty()) {
      cleaned = "Blad";
    }
    // "History" is reserved by Excel.
    if (cleaned.equalsIgnoreCase("history")) {
      cleaned = cleaned + " 1";
    }
    return cut(cleaned, MAX_LENGTH);
  }

  /** Cuts to at most {@code length} chars without splitting a surrogate pair. */
  private static String cut(String text, int length) {
    if (text.length() <= length) {
      return text;
    }
    int end = length;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end).strip();
  }
}
