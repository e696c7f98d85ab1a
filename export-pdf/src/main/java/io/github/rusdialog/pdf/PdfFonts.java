package io.github.rusdialog.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The embedded fonts of one document: Liberation Sans regular, bold and italic, loaded from
 * {@code openpdf-fonts-extra}. Every {@link Font} the document uses comes from here, so no
 * standard, non-embedded font (which drops letters such as ŋ and ŧ without a word) can slip in.
 */
final class PdfFonts {
  static final String FAMILY = "Liberation Sans";

  private static final byte[] REGULAR = load("LiberationSans-Regular.ttf");
  private static final byte[] BOLD = load("LiberationSans-Bold.ttf");
  private static final byte[] ITALIC = load("LiberationSans-Italic.ttf");

  static final Color TEXT = new Color(0x1A, 0x1A, 0x1A);
  static final Color ACCENT = new Color(0x0B, 0x3D, 0x6B);
  static final Color MUTED = new Color(0x55, 0x55, 0x55);

  final BaseFont regular;
  final BaseFont bold;
  final BaseFont italic;

  PdfFonts() {
    // One BaseFont per document: OpenPDF records the glyphs a document uses in the font object.
    regular = create("LiberationSans-Regular.ttf", REGULAR);
    bold = create("LiberationSans-Bold.ttf", BOLD);
    italic = create("LiberationSans-Italic.ttf", ITALIC);
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

  private static BaseFont create(String name, byte[] ttf) {
    try {
      BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
          BaseFont.NOT_CACHED, ttf, null);
      // The subset prefix ("ABCDEF+LiberationSans") is drawn from a SecureRandom; a seeded
      // SHA1PRNG makes it, and so the whole file, the same for equal input.
      SecureRandom prefix = SecureRandom.getInstance("SHA1PRNG");
      prefix.setSeed(name.getBytes(StandardCharsets.US_ASCII));
      font.setSecureRandom(prefix);
      // OpenPDF builds the CIDSet of a subset before .notdef and the parts of composite glyphs
      // (å, ä, ö) are added, which PDF/A-2 and PDF/UA validators reject; the CIDSet is optional.
      font.setIncludeCidSet(false);
      return font;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the bundled font " + name, e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK lacks SHA1PRNG", e);
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
