package io.github.rusdialog.benchmarks;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.synthesis.DialogueSynthesis;
import io.github.rusdialog.synthesis.KindParticipation;
import io.github.rusdialog.synthesis.PriorityConsensus;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/**
 * The baseline for the Word exporter: the same content written with XWPF the way one would by
 * hand — a paragraph per text, bold runs for headings, "•" typed before items, the synthesis's
 * two main tables — without styles, numbering, fields, language, properties or fixed times.
 */
final class RawXwpf {
  private RawXwpf() {}

  static void write(Dialogue dialogue, OutputStream out) {
    try (XWPFDocument document = new XWPFDocument()) {
      heading(document, dialogue.name().orElse("Sammanställning av dialogmöten"));
      if (dialogue.meetings().size() > 1) {
        synthesis(document, DialogueSynthesis.of(dialogue));
      }
      for (Meeting meeting : dialogue.meetings()) {
        heading(document, meeting.title() + " " + meeting.date());
        meeting.summary().ifPresent(summary -> text(document, summary));
        for (StakeholderGroup group : meeting.participants()) {
          text(document, "• " + group.name());
        }
        heading(document, "Mest prioriterade områden enligt deltagarna");
        for (PriorityArea priority : meeting.priorities()) {
          XWPFParagraph paragraph = document.createParagraph();
          XWPFRun title = paragraph.createRun();
          title.setBold(true);
          title.setText(priority.rank() + ". " + priority.title());
          priority.description().ifPresent(description -> paragraph.createRun().setText(" " + description));
        }
        for (AreaInput input : meeting.areas()) {
          heading(document, dialogue.strategicArea(input.area()).title());
          input.note().ifPresent(note -> text(document, note));
          items(document, "Möjligheter", input.opportunities());
          items(document, "Utmaningar", input.challenges());
          items(document, "Relaterade insikter", input.insights());
        }
      }
      document.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void synthesis(XWPFDocument document, DialogueSynthesis synthesis) {
    heading(document, "Sammanställning");
    XWPFTable participation = document.createTable(synthesis.participation().size() + 1, 3);
    int row = 1;
    for (KindParticipation kind : synthesis.participation()) {
      participation.getRow(row).getCell(0).setText(kind.kind().id());
      participation.getRow(row).getCell(1).setText(String.valueOf(kind.meetingCount()));
      participation.getRow(row++).getCell(2).setText(synthesis.meetingNames(kind.meetingIds()));
    }
    XWPFTable priorities = document.createTable(synthesis.priorities().size() + 1, 3);
    row = 1;
    for (PriorityConsensus group : synthesis.priorities()) {
      priorities.getRow(row).getCell(0).setText(group.label());
      priorities.getRow(row).getCell(1).setText(String.valueOf(group.bordaScore()));
      priorities.getRow(row++).getCell(2).setText(synthesis.meetingNames(group.meetingIds()));
    }
  }

  private static void items(XWPFDocument document, String label, List<? extends AreaItem> items) {
    if (items.isEmpty()) {
      return;
    }
    heading(document, label);
    for (AreaItem item : items) {
      text(document, "• " + item.text());
    }
  }

  private static void heading(XWPFDocument document, String text) {
    XWPFRun run = document.createParagraph().createRun();
    run.setBold(true);
    run.setText(text);
  }

  private static void text(XWPFDocument document, String text) {
    document.createParagraph().createRun().setText(text);
  }
}
