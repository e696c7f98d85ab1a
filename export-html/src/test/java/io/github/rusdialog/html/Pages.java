package io.github.rusdialog.html;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.model.Dialogue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Exports pages for tests and reads them back as a browser's HTML parser does. */
final class Pages {
  static final Instant GENERATED_AT = Instant.parse("2024-03-14T09:30:00Z");

  private Pages() {}

  static ExportOptions.Builder options() {
    return ExportOptions.builder().generatedAt(GENERATED_AT);
  }

  static String export(Dialogue dialogue, ExportOptions options) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      new HtmlExporter().export(dialogue, options, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  static String export(Dialogue dialogue) {
    return export(dialogue, options().build());
  }

  /** A file name for a test page named {@code name}: its letters, cut short, and a hash to keep it unique. */
  static String fileName(String name) {
    String letters = name.replaceAll("[^A-Za-z0-9-]+", "_");
    return letters.substring(0, Math.min(60, letters.length())) + "-" + Integer.toHexString(name.hashCode()) + ".html";
  }

  /** Parses a page or a fragment (a fragment is parsed as the body of a page). */
  static Document parse(String html) {
    return html.startsWith("<!DOCTYPE") ? Jsoup.parse(html) : Jsoup.parseBodyFragment(html);
  }

  /** The text a reader sees: the title and the body's text, with the parser's entity decoding. */
  static String visibleText(byte[] page) {
    Document document = parse(new String(page, StandardCharsets.UTF_8));
    return document.title() + "\n" + document.body().wholeText();
  }

  /** A fragment placed in a minimal page with its stylesheet, as a CMS would host it. */
  static String hosted(String fragment, String language) {
    return "<!DOCTYPE html>\n<html lang=\"" + language + "\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Host</title>\n<style>\n"
        + HtmlExporter.stylesheet() + "</style>\n</head>\n<body>\n<main>\n<h1>Region Testbotten</h1>\n"
        + fragment + "</main>\n</body>\n</html>\n";
  }
}
