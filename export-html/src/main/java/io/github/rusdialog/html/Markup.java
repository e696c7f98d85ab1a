package io.github.rusdialog.html;

import io.github.rusdialog.export.ExportException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Writes HTML to a stream as UTF-8: markup as given, and every text and attribute value escaped,
 * so that data never becomes markup. The only way data reaches the page is through {@link #text},
 * {@link #data} and {@link #attribute}; the exporter's own tags go through {@link #raw}.
 *
 * <p>Each piece is encoded on its own with {@link String#getBytes} into a byte buffer written out
 * in chunks. Gathering the page in a {@code StringBuilder} and encoding it at the end, or writing
 * it through a {@code BufferedWriter}, was twice as slow: one character outside Latin-1 ("–")
 * makes a whole gathered text UTF-16, which the JDK encodes character by character, and a JDK
 * writer takes a lock per call.
 *
 * <p>A text that HTML cannot carry unaltered fails the export: C1 control characters and DEL
 * (a parser reads {@code &#x80;} as the euro sign) and Unicode non-characters are errors in an HTML
 * document. The model already refuses the other controls, lone surrogates and U+FFFE/U+FFFF.
 */
final class Markup {
  /** As large as an OutputStreamWriter's buffer: a larger one costs a small page its zeroing. */
  private static final int CHUNK = 8 * 1024;

  private final OutputStream stream;
  private final byte[] buffer = new byte[CHUNK];
  private int position;
  private final String dataLanguage;

  /**
   * @param stream where the page goes, as UTF-8; written in chunks, so it needs no buffer of its own
   * @param dataLanguage the language tag to mark data texts with, or null when they are in the
   *     page's language
   */
  Markup(OutputStream stream, String dataLanguage) {
    this.stream = stream;
    this.dataLanguage = dataLanguage;
  }

  /** Writes what is gathered to the stream and flushes it. */
  void flush() throws IOException {
    drain();
    stream.flush();
  }

  private void drain() throws IOException {
    stream.write(buffer, 0, position);
    position = 0;
  }

  /** Writes bytes that are already UTF-8 markup, such as the stylesheet. */
  Markup raw(byte[] markup) throws IOException {
    return put(markup);
  }

  /** Writes the exporter's own markup, unescaped. */
  Markup raw(String markup) throws IOException {
    int length = markup.length();
    // Tags and attribute names are short and ASCII: copied char by char, without an array each.
    if (length <= 32 && position + length <= buffer.length) {
      int start = position;
      for (int i = 0; i < length; i++) {
        char c = markup.charAt(i);
        if (c >= 0x80) {
          position = start;
          return put(markup.getBytes(StandardCharsets.UTF_8));
        }
        buffer[position++] = (byte) c;
      }
      return this;
    }
    return put(markup.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes a text as element content: {@code &}, {@code <} and {@code >} escaped. */
  Markup text(String text) throws IOException {
    // indexOf is a vectorised JDK intrinsic: most texts have nothing to escape and are copied whole.
    if (text.indexOf('&') < 0 && text.indexOf('<') < 0 && text.indexOf('>') < 0) {
      return raw(text);
    }
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '&') {
        escaped.append("&amp;");
      } else if (c == '<') {
        escaped.append("&lt;");
      } else if (c == '>') {
        escaped.append("&gt;");
      } else {
        escaped.append(c);
      }
    }
    return raw(escaped.toString());
  }

  /** Writes {@code  name="value"} with the value escaped for a double-quoted attribute. */
  Markup attribute(String name, String value) throws IOException {
    raw(" ").raw(name).raw("=\"");
    if (value.indexOf('&') < 0 && value.indexOf('"') < 0 && value.indexOf('<') < 0) {
      return raw(value).raw("\"");
    }
    StringBuilder escaped = new StringBuilder(value.length() + 16);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '&') {
        escaped.append("&amp;");
      } else if (c == '"') {
        escaped.append("&quot;");
      } else if (c == '<') {
        escaped.append("&lt;");
      } else {
        escaped.append(c);
      }
    }
    return raw(escaped.toString()).raw("\"");
  }

  /**
   * Copies UTF-8 bytes into the buffer, or straight to the stream when they do not fit. {@link
   * String#getBytes} is the JDK's fastest way to UTF-8; it would write a lone surrogate as
   * {@code ?}, but the model refuses lone surrogates and {@link #requireWritable} checks again.
   */
  private Markup put(byte[] bytes) throws IOException {
    if (bytes.length > buffer.length - position) {
      drain();
      if (bytes.length > buffer.length) {
        stream.write(bytes);
        return this;
      }
    }
    System.arraycopy(bytes, 0, buffer, position, bytes.length);
    position += bytes.length;
    return this;
  }

  /** Writes one element with a text as its only content: {@code <tag class="…">text</tag>}. */
  Markup element(String tag, String cssClass, String text) throws IOException {
    raw("<").raw(tag);
    if (cssClass != null) {
      attribute("class", cssClass);
    }
    return raw(">").text(text).raw("</").raw(tag).raw(">");
  }

  /**
   * Writes a text of the meetings (not a label): in a {@code span} marked with the data's language
   * when the page's labels are in another one (WCAG 3.1.2, language of parts).
   */
  Markup data(String text) throws IOException {
    if (dataLanguage == null) {
      return text(text);
    }
    return raw("<span").attribute("lang", dataLanguage).raw(">").text(text).raw("</span>");
  }

  /** Writes one element holding a text of the meetings, marked with its language as {@link #data} says. */
  Markup dataElement(String tag, String cssClass, String text) throws IOException {
    raw("<").raw(tag);
    if (cssClass != null) {
      attribute("class", cssClass);
    }
    if (dataLanguage != null) {
      attribute("lang", dataLanguage);
    }
    return raw(">").text(text).raw("</").raw(tag).raw(">");
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
      char unit = text.charAt(i);
      // Most characters are below DEL or between the C1 controls and the surrogates: one compare each.
      if (unit < 0x7F || (unit > 0x9F && unit < 0xD800)) {
        i++;
        continue;
      }
      int c = text.codePointAt(i);
      String problem = null;
      if (Character.isSurrogate(text.charAt(i)) && Character.charCount(c) == 1) {
        problem = "is a lone surrogate, not a character";
      } else if (c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
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
