package io.github.rusdialog.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The page's stylesheet, read once from this module's resources ({@code rusdialog.css}). */
final class Stylesheet {
  private static final String CSS = load();
  private static final byte[] UTF8 = CSS.getBytes(StandardCharsets.UTF_8);

  private Stylesheet() {}

  static String css() {
    return CSS;
  }

  /** {@return the stylesheet as UTF-8, encoded once; the caller must not change the array} */
  static byte[] utf8() {
    return UTF8;
  }

  private static String load() {
    try (InputStream in = Stylesheet.class.getResourceAsStream("rusdialog.css")) {
      if (in == null) {
        throw new IllegalStateException("rusdialog.css is missing from rusdialog-export-html");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read rusdialog.css", e);
    }
  }
}
