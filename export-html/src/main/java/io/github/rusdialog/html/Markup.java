package io.github.rusdialog.html;

import io.github.rusdialog.export.ExportException;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes HTML to a stream: markup as given, and every text and attribute value escaped, so that data
 * never becomes markup. The only way data reaches the page is through {@link #text} and {@link
 * #attribute}; the exporter's own tags go through {@link #raw}.
 *
 * <p>A text that HTML cannot carry unaltered fails the export: C1 control characters and DEL
 * (a parser reads {@code &#x80;} as the euro sign) and Unicode non-characters are errors in an HTML
 * document. The model already refuses the other controls, lone surrogates and U+FFFE/U+FFFF.
 */
final class Markup {
  private final Writer out;
  private final String dataLanguage;

  /**
   * @param out where the page goes
   * @param dataLanguage the language tag to mark data texts with, or null when they are in the
   *     page's language
   */
  Markup(Writer out, String dataLanguage) {
    this.out = out;
    this.dataLanguage = dataLanguage;
  }

  /** Writes the exporter's own markup, unescaped. */
  Markup raw(String markup) throws IOException {
    out.write(markup);
    return this;
  }

  /** Writes a text as element content: {@code &}, {@code <} and {@code >} escaped. */
  Markup text(String text) throws IOException {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String entity;
      if (c == '&') {
        entity = "&amp;";
      } else if (c == '<') {
        entity = "&lt;";
      } else if (c == '>') {
        entity = "&gt;";
      } else {
        continue;
      }
      out.write(text, start, i - start);
      out.write(entity);
      start = i + 1;
    }
    out.write(text, start, text.length() - start);
    return this;
  }

  /** Writes {@code  name="value"} with the value escaped for a double-quoted attribute. */
  Markup attribute(String name, String value) throws IOException {
    out.write(' ');
    out.write(name);
    out.write("=\"");
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      String entity;
      if (c == '&') {
        entity = "&amp;";
      } else if (c == '"') {
        entity = "&quot;";
      } else if (c == '<') {
        entity = "&lt;";
      } else {
        continue;
      }
      out.write(value, start, i - start);
      out.write(entity);
      start = i + 1;
    }
    out.write(value, start, value.length() - start);
    out.write('"');
    return this;
  }

  /** Writes one element with a text as its only content: {@code <tag class="…">text</tag>}. */
  Markup element(String tag, String cssClass, String text) throws IOException {
    out.write('<');
    out.write(tag);
    if (cssClass != null) {
      attribute("class", cssClass);
    }
    out.write('>');
    text(text);
    out.write("</");
    out.write(tag);
    out.write('>');
    return this;
  }

  /**
   * Writes a text of the meetings (not a label): in a {@code span} marked with the data's language
   * when the page's labels are in another one (WCAG 3.1.2, language of parts).
   */
  Markup data(String text) throws IOException {
    if (dataLanguage == null) {
      return text(text);
    }
    out.write("<span");
    attribute("lang", dataLanguage);
    out.write('>');
    text(text);
    out.write("</span>");
    return this;
  }

  /** Writes one element holding a text of the meetings, marked with its language as {@link #data} says. */
  Markup dataElement(String tag, String cssClass, String text) throws IOException {
    out.write('<');
    out.write(tag);
    if (cssClass != null) {
      attribute("class", cssClass);
    }
    if (dataLanguage != null) {
      attribute("lang", dataLanguage);
    }
    out.write('>');
    text(text);
    out.write("</");
    out.write(tag);
    out.write('>');
    return this;
  }

  /**
   * Checks that a text can be written to an HTML page unaltered.
   *
   * @param text the text, or null for none
   * @param where the place of the text, for the message
   * @throws ExportException naming the character, its index and the place
   */
  static void requireWritable(String text, String where) {
    if (text == null) {
      return;
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      String problem = null;
      if (c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
        problem = "is a control character an HTML page cannot hold (a browser would show another"
            + " character or nothing)";
      } else if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) {
        problem = "is a Unicode non-character, which an HTML page cannot hold";
      }
      if (problem != null) {
        throw new ExportException(String.format(Locale.ROOT,
            "%s: the character U+%04X at index %d %s; remove or replace it, or export to JSON or Excel,"
                + " which keep it", where, c, i, problem));
      }
      i += Character.charCount(c);
    }
  }
}
