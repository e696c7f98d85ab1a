package io.github.rusdialog.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The embedded fonts of a document: Liberation Sans regular, bold and italic, loaded from
 * {@code openpdf-fonts-extra}. Every {@link Font} the document uses comes from here, so no
 * standard, non-embedded font (which drops letters such as ŋ and ŧ without a word) can slip in.
 *
 * <p>The three fonts are parsed once per JVM, on the first PDF, and shared by every document and
 * thread: OpenPDF keeps the glyphs a document uses in the writer's per-document font details, not
 * in the font, and reads the font file through a private copy of its reader when subsetting. The
 * one shared thing it changes per document, the subset tag, comes from {@link SubsetTag}. Widths
 * and whether a glyph exists are answered from each font's {@link GlyphTable}, shared the same way.
 */
final class PdfFonts {
  static final String FAMILY = "Liberation Sans";

  /** The parsed fonts, made when the first document needs them (not when the exporter loads). */
  private static final class Shared {
    static final BaseFont REGULAR = create("LiberationSans-Regular.ttf");
    static final BaseFont BOLD = create("LiberationSans-Bold.ttf");
    static final BaseFont ITALIC = create("LiberationSans-Italic.ttf");
    static final GlyphTable REGULAR_GLYPHS = new GlyphTable(REGULAR);
    static final GlyphTable BOLD_GLYPHS = new GlyphTable(BOLD);
    static final GlyphTable ITALIC_GLYPHS = new GlyphTable(ITALIC);

    /** {@return the table of one of the three fonts, or null for any other font} */
    static GlyphTable of(BaseFont font) {
      if (font == REGULAR) {
        return REGULAR_GLYPHS;
      } else if (font == BOLD) {
        return BOLD_GLYPHS;
      } else if (font == ITALIC) {
        return ITALIC_GLYPHS;
      }
      return null;
    }
  }

  static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
  static final Color ACCENT = new Color(0x0B, 0x3D, 0x6B);
  static final Color MUTED = new Color(0x55, 0x55, 0x55);

  final BaseFont regular;
  final BaseFont bold;
  final BaseFont italic;

  PdfFonts() {
    regular = Shared.REGULAR;
    bold = Shared.BOLD;
    italic = Shared.ITALIC;
  }

  Font regular(float size) {
    return new Font(regular, size, Font.NORMAL, TEXT);
  }

  Font regular(float size, Color color) {
    return new Font(regular, size, Font.NORMAL, color);
  }

  Font bold(float size) {
    return new Font(bold, size, Font.NORMAL, TEXT);
  }

  Font bold(float size, Color color) {
    return new Font(bold, size, Font.NORMAL, color);
  }

  Font italic(float size) {
    return new Font(italic, size, Font.NORMAL, TEXT);
  }

  /** {@return the width of {@code text} in {@code font}, in points} */
  static float width(String text, Font font) {
    return width(text, font.getBaseFont(), font.getSize());
  }

  /** {@return the width of {@code text} in {@code font} at {@code size}, in points} */
  static float width(String text, BaseFont font, float size) {
    GlyphTable glyphs = Shared.of(font);
    return glyphs == null ? font.getWidthPoint(text, size) : glyphs.points(text, size);
  }

  /** {@return whether {@code font} has a glyph for {@code codePoint}} */
  static boolean hasGlyph(BaseFont font, int codePoint) {
    GlyphTable glyphs = Shared.of(font);
    return glyphs == null ? font.charExists(codePoint) : glyphs.has(codePoint);
  }

  private static BaseFont create(String name) {
    try {
      BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
          BaseFont.NOT_CACHED, load(name), null);
      font.setSecureRandom(new SubsetTag(name));
      // OpenPDF builds the CIDSet of a subset before .notdef and the parts of composite glyphs
      // (å, ä, ö) are added, which PDF/A-2 and PDF/UA validators reject; the CIDSet is optional.
      font.setIncludeCidSet(false);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled font " + name, e);
    }
  }

  private static byte[] load(String file) {
    String resource = "liberation/" + file;
    // Through the class loader: the fonts are resources of another module (openpdf-fonts-extra),
    // which Class.getResourceAsStream does not search from a named module.
    try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Font " + resource
            + " is missing: com.github.librepdf:openpdf-fonts-extra must be on the class path");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled font " + resource, e);
    }
  }
}
