package io.github.rusdialog.internal.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text file the way people save them: UTF-8 with or without a byte-order mark, UTF-16
 * with one, and the Windows-1252 ("ANSI") Notepad and older Word write — the last only when the
 * bytes cannot be UTF-8 at all: not one multi-byte UTF-8 sequence in them, so that a UTF-8 file
 * with one broken byte is never read as Windows-1252 (every å in it would change).
 */
public final class TextDecoding {
  /** The text and, when it was not UTF-8, the encoding it was read in. */
  public record Decoded(String text, String encoding) {}

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private TextDecoding() {}

  /**
   * {@return the decoded text, or null when the bytes are UTF-8 with errors (the caller names the
   * line and byte)}
   *
   * @param bytes the file's bytes
   */
  public static Decoded decode(byte[] bytes) {
    if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      String text = strict(StandardCharsets.UTF_16, bytes, 0);
      return text == null ? null : new Decoded(text.startsWith("\uFEFF") ? text.substring(1) : text, "UTF-16");
    }
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    String utf8 = strict(StandardCharsets.UTF_8, bytes, start);
    if (utf8 != null) {
      return new Decoded(utf8, null);
    }
    if (start == 0 && !holdsUtf8Sequence(bytes)) {
      String ansi = strict(WINDOWS_1252, bytes, 0);
      if (ansi != null) {
        return new Decoded(ansi, "Windows-1252");
      }
    }
    return null;
  }

  private static String strict(Charset charset, byte[] bytes, int start) {
    try {
      return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** Whether the bytes hold a well-formed multi-byte UTF-8 sequence anywhere. */
  private static boolean holdsUtf8Sequence(byte[] b) {
    for (int i = 0; i < b.length; i++) {
      int lead = b[i] & 0xFF;
      int length = lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3 : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
      if (length == 0 || i + length > b.length) {
        continue;
      }
      boolean continued = true;
      for (int k = 1; k < length; k++) {
        continued &= (b[i + k] & 0xC0) == 0x80;
      }
      if (continued) {
        return true;
      }
    }
    return false;
  }
}
