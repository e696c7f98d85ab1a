package io.github.rusdialog.pdf;

import com.lowagie.text.pdf.BaseFont;
import io.github.rusdialog.export.ExportException;
import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.Response;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StrategicArea;
import java.util.List;
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
    require(fonts.bold, title, "the document title", null);
    require(fonts.regular, dialogue.name().orElse(null), "the dialogue's name", null);
    require(fonts.regular, dialogue.organiser().orElse(null), "the organiser", null);
    for (StrategicArea area : dialogue.strategicAreas()) {
      require(fonts.bold, area.title(), "the strategic area \"" + area.id() + "\"", null);
    }
    for (Meeting meeting : dialogue.meetings()) {
      require(fonts.bold, meeting.title(), "title", meeting);
      require(fonts.regular, meeting.title(), "title", meeting);
      require(fonts.regular, meeting.summary().orElse(null), "summary", meeting);
      List<StakeholderGroup> groups = meeting.participants();
      for (int i = 0; i < groups.size(); i++) {
        require(fonts.regular, groups.get(i).name(), "participants[" + i + "]", meeting);
      }
      for (PriorityArea priority : meeting.priorities()) {
        String at = "priorities[" + priority.rank() + "]";
        require(fonts.bold, priority.title(), at + ".title", meeting);
        require(fonts.regular, priority.title(), at + ".title", meeting);
        require(fonts.regular, priority.description().orElse(null), at + ".description", meeting);
        priority.response().ifPresent(response -> response(response, at + ".response", meeting));
      }
      for (AreaInput input : meeting.areas()) {
        String at = "areas[" + input.area() + "]";
        require(fonts.italic, input.note().orElse(null), at + ".note", meeting);
        items(input.opportunities(), at + ".opportunities", meeting);
        items(input.challenges(), at + ".challenges", meeting);
        items(input.insights(), at + ".insights", meeting);
      }
    }
  }

  private void items(List<? extends AreaItem> items, String at, Meeting meeting) {
    for (int i = 0; i < items.size(); i++) {
      require(fonts.regular, items.get(i).text(), at + "[" + i + "]", meeting);
      String place = at + "[" + i + "].response";
      items.get(i).response().ifPresent(response -> response(response, place, meeting));
    }
  }

  private void response(Response response, String at, Meeting meeting) {
    require(fonts.italic, response.text().orElse(null), at + ".text", meeting);
    require(fonts.italic, response.reference().orElse(null), at + ".reference", meeting);
  }

  /** Checks {@code text}, if there is one. */
  private static void require(BaseFont font, String text, String what, Meeting meeting) {
    if (text == null) {
      return;
    }
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (c != '\n' && c != '\t' && !PdfFonts.hasGlyph(font, c)) {
        String where = meeting == null ? what
            : "Meeting \"" + meeting.title() + "\" (" + meeting.id() + "), " + what;
        throw new ExportException(String.format(Locale.ROOT,
            "%s: the character U+%04X \"%s\" at index %d is not in the PDF font %s and would be"
                + " left out; remove or replace it, or export to JSON or Excel, which keep it",
            where, c, new String(Character.toChars(c)), i, PdfFonts.FAMILY));
      }
      i += Character.charCount(c);
    }
  }
}
