package io.github.rusdialog.model;

import java.text.Normalizer;
import java.util.Locale;

/** Makes ids from titles: "Kommundialog Överkalix" becomes {@code kommundialog-overkalix}. */
final class Slugs {
  private Slugs() {}

  static String of(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT);
    return decomposed.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
  }
}
