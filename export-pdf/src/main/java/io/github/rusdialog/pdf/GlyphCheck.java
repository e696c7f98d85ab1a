package io.github.rusdialog.pdf;

import com.lowagie.text.pdf.BaseFont;
import io.github.rusdialog.export.ExportException;
import io.github.rusdialog.internal.texts.DialogueTextWalker;
import io.github.rusdialog.model.Dialogue;
import java.util.Locale;

/**
 * Checks, before anything is drawn, that the font a text is drawn in has a glyph for each of its
 * characters. OpenPDF leaves a character out without a word when the font lacks it; this makes
 * the export fail instead, naming the character (U+XXXX), meeting and item.
 */
final class GlyphCheck {
  private final PdfFonts fonts;

  GlyphCheck(PdfFonts fonts) {
    this.fonts = fonts;
  }

  void check(Dialogue dialogue, String title) {
    require(fonts.bold, title, "the document title");
    DialogueTextWalker.walk(dialogue, text -> {
      if (text.shown()) {
        return;
      }
      switch (text.field()) {
        case TITLE:
        case PRIORITY_TITLE:
          // Set in bold as a heading, and in regular type where it is quoted (contents, feedback).
          require(fonts.bold, text.value(), text.where());
          require(fonts.regular, text.value(), text.where());
          break;
        case AREA_TITLE:
          require(fonts.bold, text.value(), text.where());
          break;
        case NOTE:
        case RESPONSE_TEXT:
        case RESPONSE_REFERENCE:
          require(fonts.italic, text.value(), text.where());
          break;
        default:
          require(fonts.regular, text.value(), text.where());
      }
    });
  }

  /** Checks {@code text}, if there is one. */
  private static void require(BaseFont font, String text, String where) {
    if (text == null) {
      return;
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c != '\n' && c != '\t' && !PdfFonts.hasGlyph(font, c)) {
        throw new ExportException(String.format(Locale.ROOT,
            "%s: the character U+%04X \"%s\" at index %d is not in the PDF font %s and would be"
                + " left out; remove or replace it, or export to JSON or Excel, which keep it",
            where, c, new String(Character.toChars(c)), i, PdfFonts.FAMILY));
      }
      i += Character.charCount(c);
    }
  }
}
