package io.github.rusdialog.pdf;

import com.lowagie.text.pdf.BaseFont;

/**
 * Which characters one font has glyphs for, and their advance widths, looked up once per JVM and
 * kept in arrays. The layout measures every word and space, and the glyph check looks at every
 * character; OpenPDF answers each through a map of boxed code points, which was a tenth of a
 * document's time. The widths are OpenPDF's own, summed the same way, so lines break exactly where
 * {@link BaseFont#getWidthPoint(String, float)} would put them.
 *
 * <p>Shared by threads without locks: a block of 256 characters is filled before it is published
 * through final fields, so a thread sees either no block (and fills one itself, with the same
 * values) or a complete one. Surrogates are not in the blocks; OpenPDF is asked about them.
 */
final class GlyphTable {
  private final BaseFont font;
  private final Block[] blocks = new Block[256];

  GlyphTable(BaseFont font) {
    this.font = font;
  }

  /** The characters {@code (high << 8) .. (high << 8) + 255}. */
  private static final class Block {
    final int[] widths = new int[256];
    final boolean[] present = new boolean[256];

    Block(BaseFont font, int high) {
      for (int low = 0; low < 256; low++) {
        char c = (char) (high << 8 | low);
        if (!Character.isSurrogate(c)) {
          widths[low] = font.getWidth(String.valueOf(c));
          present[low] = font.charExists(c);
        }
      }
    }
  }

  /** {@return whether the font has a glyph for {@code codePoint}} */
  boolean has(int codePoint) {
    if (codePoint > Character.MAX_VALUE || Character.isSurrogate((char) codePoint)) {
      return font.charExists(codePoint);
    }
    return block(codePoint >>> 8).present[codePoint & 0xFF];
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
        total += block(c >>> 8).widths[c & 0xFF];
      }
    }
    return total;
  }

  private Block block(int high) {
    Block block = blocks[high];
    if (block == null) {
      block = new Block(font, high);
      blocks[high] = block;
    }
    return block;
  }
}
