package io.github.rusdialog.excel;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Makes an Excel table's column names unique ignoring case, which Excel requires (it "repairs" the
 * file otherwise), and single-line. Only header cells are affected; data cells keep the text.
 */
final class HeaderNames {
  private final Set<String> used = new HashSet<>();

  String unique(String wanted) {
    String base = wanted.replaceAll("\\s+", " ").strip();
    String name = base;
    for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = base + " (" + n + ")";
    }
    return name;
  }
}
