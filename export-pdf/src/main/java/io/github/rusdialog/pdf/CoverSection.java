package io.github.rusdialog.pdf;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfStructureElement;
import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.Labels;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import java.util.List;

/** The cover page of a dialogue of several meetings (or none): title, organiser, meetings, dates. */
final class CoverSection {
  private final Blocks blocks;
  private final Dialogue dialogue;
  private final ExportOptions options;
  private final Labels labels;

  CoverSection(Blocks blocks, Dialogue dialogue, ExportOptions options, Labels labels) {
    this.blocks = blocks;
    this.dialogue = dialogue;
    this.options = options;
    this.labels = labels;
  }

  void write(PdfStructureElement parent, String title) {
    blocks.canvas.space(140f);
    blocks.heading(parent, PdfName.H1, title, blocks.fonts.bold(26, PdfFonts.ACCENT), 0, 24f, 0);
    if (options.title().isPresent()) {
      dialogue.name().ifPresent(name -> line(parent, labels.get("dialogue"), name));
    }
    dialogue.organiser().ifPresent(organiser -> line(parent, labels.get("organiser"), organiser));
    dialogue.description().ifPresent(description -> line(parent, labels.get("description"), description));
    List<Meeting> meetings = dialogue.meetings();
    line(parent, labels.get("meetings"), labels.format("meetingCount", meetings.size()));
    if (!meetings.isEmpty()) {
      String first = labels.date(meetings.get(0).date());
      String last = labels.date(meetings.get(meetings.size() - 1).date());
      line(parent, labels.get("dateRange"), first.equals(last) ? first : first + " – " + last);
    }
    line(parent, labels.get("generatedAt"), labels.timestamp(options.generatedAt()));
  }

  private void line(PdfStructureElement parent, String label, String value) {
    blocks.paragraph(parent, Blocks.runs(label + ": ", blocks.fonts.bold(12), value, blocks.fonts.regular(12)),
        0, 4f);
  }
}
