package io.github.rusdialog.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The page's stylesheet, read once from this module's resources ({@code rusdialog.css}). */
final class Stylesheet {
  private static final String CSS = load();

  private Stylesheet() {}

  static String css() {
    return CSS;
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
