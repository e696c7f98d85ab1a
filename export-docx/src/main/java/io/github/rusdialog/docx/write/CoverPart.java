package io.github.rusdialog.docx.write;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.Labels;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The document's start: the dialogue's name in the Title style and its description, as
 * import-docx reads a compilation's cover; then the facts rusdialog computes (organiser, meetings,
 * period, when it was made) in the computed style the reader skips. A title that is not the
 * dialogue's name (a fallback, or the options' title) is computed too, and so is a description
 * without a name to stand under: the reader would take its first line for the name.
 */
final class CoverPart {
  private final Blocks blocks;
  private final Dialogue dialogue;
  private final ExportOptions options;
  private final Labels labels;

  CoverPart(Blocks blocks, Dialogue dialogue, ExportOptions options, Labels labels) {
    this.blocks = blocks;
    this.dialogue = dialogue;
    this.options = options;
    this.labels = labels;
  }

  void write(String title) {
    if (options.title().isEmpty() && dialogue.name().isPresent()) {
      blocks.data("Title", title);
      description("Subtitle");
    } else {
      blocks.label(MeetingPart.COMPUTED_STYLE + "Title", title);
      description(MeetingPart.COMPUTED_STYLE);
      if (options.title().isPresent()) {
        dialogue.name().ifPresent(name -> fact(labels.get("dialogue"), name));
      }
    }
    dialogue.organiser().ifPresent(name -> fact(labels.get("organiser"), name));
    List<Meeting> meetings = dialogue.meetings();
    if (meetings.size() != 1) {
      fact(labels.get("meetings"), labels.format("meetingCount", meetings.size()));
    }
    if (!meetings.isEmpty()) {
      String from = labels.date(meetings.get(0).date());
      String to = labels.date(meetings.get(meetings.size() - 1).date());
      fact(labels.get("dateRange"), from.equals(to) ? from : from + " – " + to);
    }
    fact(labels.get("generatedAt"), labels.timestamp(options.generatedAt()));
  }

  private void description(String style) {
    dialogue.description().ifPresent(description -> {
      for (String line : description.split("\n")) {
        if (!line.isBlank()) {
          blocks.data(style, line);
        }
      }
    });
  }

  private void fact(String label, String value) {
    XWPFParagraph paragraph = blocks.paragraph(MeetingPart.COMPUTED_STYLE);
    blocks.text(paragraph, label + ": ", true, false);
    blocks.text(paragraph, value, false, true);
  }
}
