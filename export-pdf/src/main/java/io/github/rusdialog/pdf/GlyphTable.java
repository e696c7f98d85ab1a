package io.github.rusdialog.pdf;

import com.lowagie.text.pdf.BaseFont;

/**
 * Which characters one font has glyphs for, and their advance widths, looked up once per JVM per
 * character and kept in arrays. The layout measures every word and space, and the glyph check
 * looks at every character; OpenPDF answers each through a map of boxed code points, which was a
 * tenth of a document's time. The widths are OpenPDF's own, summed the same way, so lines break
 * exactly where {@link BaseFont#getWidthPoint(String, float)} would put them.
 *
 * <p>Shared by threads without locks. An entry is one {@code int}, zero until known, so a thread
 * reads either zero (and looks the character up itself, finding the same values) or a complete
 * entry; a block that two threads create at once loses one's entries, which are looked up again.
 * Surrogates are not in the table; OpenPDF is asked about them.
 */
final class GlyphTable {
  private final BaseFont font;
  /** Blocks of 256 characters, by the character's high byte; made when first used. */
  private final int[][] blocks = new int[256][];

  GlyphTable(BaseFont font) {
    this.font = font;
  }

  /** {@return whether the font has a glyph for {@code codePoint}} */
  boolean has(int codePoint) {
    if (codePoint > Character.MAX_VALUE || Character.isSurrogate((char) codePoint)) {
      return font.charExists(codePoint);
    }
    return (entry((char) codePoint) & 1) != 0;
  }

  /** {@return the width of {@code text} at {@code size}, as {@code getWidthPoint} gives it} */
  float points(String text, float size) {
    return units(text) * 0.001f * size;
  }

  /** The width in thousandths of the font size; OpenPDF measures surrogates, paired or not. */
  private int units(String text) {
    int total = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        int end = Character.isHighSurrogate(c) && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1)) ? i + 2 : i + 1;
        total += font.getWidth(text.substring(i, end));
        i = end - 1;
      } else {
        total += (entry(c) >>> 1) - 1;
      }
    }
    return total;
  }

  /** The character's entry: its width plus one, shifted left, and whether it has a glyph. */
  private int entry(char c) {
    int[] block = blocks[c >>> 8];
    if (block == null) {
      block = new int[256];
      blocks[c >>> 8] = block;
    }
    int entry = block[c & 0xFF];
    if (entry == 0) {
      entry = (font.getWidth(c) + 1) << 1 | (font.charExists(c) ? 1 : 0);
      block[c & 0xFF] = entry;
    }
    return entry;
  }
}
