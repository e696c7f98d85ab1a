package io.github.rusdialog.docx.write;

import io.github.rusdialog.export.Labels;
import io.github.rusdialog.internal.report.OpenInputs;
import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Coverage;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.Response;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.Stated;
import io.github.rusdialog.synthesis.ResponseCounts;
import io.github.rusdialog.synthesis.ResponseTally;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * One meeting as its summary is written, in the form import-docx reads: a Heading 1 with the
 * title and the date, the intro, the participating groups under the intro's cue or a
 * "Deltagande grupper:" label, the head count, the ranked priorities as a numbered list with each
 * title in bold, and per strategic area a Heading 2, its note, and the opportunities, challenges
 * and insights as bulleted lists under Heading 3 labels. What rusdialog adds — the region's
 * responses, a coverage without a note, an implied priority's mark, the feedback's counts — is in
 * its own paragraph styles, which the reader skips.
 */
final class MeetingPart {
  static final String RESPONSE_STYLE = "RusdialogResponse";
  static final String COMPUTED_STYLE = "RusdialogComputed";
  static final String NOTE_STYLE = "RusdialogNote";

  private final Blocks blocks;
  private final Dialogue dialogue;
  private final Labels labels;
  private final Lists lists;
  private final ResponseCounts responses;

  /**
   * @param responses the dialogue's response counts for the feedback, or null for the full report
   */
  MeetingPart(Blocks blocks, Dialogue dialogue, Labels labels, Lists lists, ResponseCounts responses) {
    this.blocks = blocks;
    this.dialogue = dialogue;
    this.labels = labels;
    this.lists = lists;
    this.responses = responses;
  }

  private boolean feedback() {
    return responses != null;
  }

  /**
   * Writes the meeting.
   *
   * @param index the meeting's place in the dialogue, from 0: its heading's bookmark is {@link #bookmark}
   * @param newPage whether the meeting starts a page (every meeting of a compilation does; a
   *     document of one meeting starts with it)
   */
  void write(Meeting meeting, int index, boolean newPage) {
    XWPFParagraph heading = blocks.paragraph("Heading1");
    blocks.text(heading, meeting.title(), false, true);
    blocks.text(heading, " " + date(meeting), false, false);
    if (!newPage) {
      // Heading 1 starts a page; a document's one meeting follows its cover on the first page.
      heading.getCTP().getPPr().addNewPageBreakBefore().setVal(org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
    }
    blocks.bookmark(heading, bookmark(index));
    if (feedback()) {
      ResponseTally tally = responses.byMeeting().get(meeting.id());
      blocks.label(COMPUTED_STYLE, labels.get("feedback"));
      blocks.label(COMPUTED_STYLE, labels.get("feedback.intro"));
      blocks.label(COMPUTED_STYLE, labels.format("feedback.tally", tally.total(), tally.adopted(), tally.partly(),
          tally.notAdopted(), tally.noted(), tally.unanswered()));
    }
    meeting.summary().ifPresent(summary -> {
      // A line of its own each, as the reader takes a Word paragraph: so that a cue on the intro's
      // last line ("Deltagare:") stands alone, as the groups under it need. Word has no empty line
      // the reader keeps, so an empty line of the intro is not written.
      for (String line : summary.split("\n")) {
        if (!line.isBlank()) {
          blocks.data("Normal", line);
        }
      }
    });
    participants(meeting);
    if (!meeting.priorities().isEmpty()) {
      blocks.label("Heading2", labels.get("priorities"));
      java.math.BigInteger list = lists.numbered();
      for (PriorityArea priority : meeting.priorities()) {
        priority(priority, list);
      }
    }
    for (AreaInput input : meeting.areas()) {
      area(input);
    }
    if (feedback()) {
      open(meeting);
    }
  }

  /** {@return the bookmark of the heading of the meeting at {@code index}, for the contents} */
  static String bookmark(int index) {
    return "_Toc_rusdialog_m" + (index + 1);
  }

  /**
   * The meeting's date as the summary reader reads it after a title: Swedish summaries' own form
   * ("13 mars 2024"), or ISO 8601 where the labels are in another language.
   */
  private String date(Meeting meeting) {
    return labels.locale().getLanguage().equals("sv") ? labels.date(meeting.date()) : meeting.date().toString();
  }

  private void participants(Meeting meeting) {
    if (!meeting.participants().isEmpty()) {
      boolean cued = meeting.summary().map(summary -> summary.strip().endsWith(":")).orElse(false);
      if (!cued) {
        // The intro says nothing of who took part: the label tells the reader the groups follow.
        blocks.label("Normal", labels.get("participants") + ":");
      }
      java.math.BigInteger list = lists.bullets();
      for (StakeholderGroup group : meeting.participants()) {
        XWPFParagraph item = blocks.listItem("ListBullet", list);
        blocks.text(item, group.name(), false, true);
        if (group.attendees().isPresent()) {
          blocks.text(item, " (" + group.attendees().getAsInt() + ")", false, false);
        }
      }
    }
    if (meeting.attendees().isPresent()) {
      blocks.label("Normal", labels.get("attendees") + ": " + meeting.attendees().getAsInt());
    }
  }

  private void priority(PriorityArea priority, java.math.BigInteger list) {
    XWPFParagraph item = blocks.listItem("ListNumber", list);
    // Bold title with its colon, then the description: the summaries' own "**Boende:** Fler …".
    blocks.text(item, priority.title() + (priority.description().isPresent() ? ":" : ""), true, true);
    if (priority.description().isPresent()) {
      blocks.text(item, " ", false, false);
      blocks.text(item, priority.description().get(), false, true);
    }
    if (priority.stated() == Stated.IMPLIED) {
      blocks.label(COMPUTED_STYLE, "(" + labels.stated(Stated.IMPLIED).toLowerCase(labels.locale()) + ")");
    }
    response(priority.response());
  }

  private void area(AreaInput input) {
    blocks.data("Heading2", dialogue.strategicArea(input.area()).title());
    // In a style of its own: the reader checks that what the report wrote as a note is read as one.
    input.note().ifPresent(note -> blocks.data(NOTE_STYLE, note));
    if (input.coverage() != Coverage.DIRECT && input.note().isEmpty()) {
      blocks.label(COMPUTED_STYLE, labels.get("coverage") + ": " + labels.coverage(input.coverage()));
    }
    // A note ending in ":" introduces what follows: the insights, as the summaries write them
    // ("… men relaterade insikter kan inkludera:"), with no label between.
    boolean introduced = input.note().map(note -> note.strip().endsWith(":")).orElse(false);
    if (introduced) {
      items(null, input.insights());
    }
    items(labels.get("opportunities"), input.opportunities());
    items(labels.get("challenges"), input.challenges());
    if (!introduced) {
      items(labels.get("insights"), input.insights());
    }
  }

  private void items(String label, List<? extends AreaItem> items) {
    if (items.isEmpty()) {
      return;
    }
    if (label != null) {
      blocks.label("Heading3", label);
    }
    java.math.BigInteger list = lists.bullets();
    for (AreaItem item : items) {
      XWPFParagraph paragraph = blocks.listItem("ListBullet", list);
      blocks.text(paragraph, item.text(), false, true);
      response(item.response());
    }
  }

  /**
   * The region's response under the input it answers, in a paragraph of its own style: "Regionens
   * svar: Tas inte med i strategin. Ligger utanför uppdraget. Referens: Mål 2.3".
   */
  private void response(Optional<Response> answer) {
    if (answer.isEmpty()) {
      if (feedback()) {
        XWPFParagraph paragraph = blocks.paragraph(RESPONSE_STYLE);
        blocks.text(paragraph, labels.get("response") + ": ", true, false);
        blocks.text(paragraph, labels.get("feedback.unanswered") + ".", false, false);
      }
      return;
    }
    Response response = answer.get();
    XWPFParagraph paragraph = blocks.paragraph(RESPONSE_STYLE);
    blocks.text(paragraph, labels.get("response") + ": ", true, false);
    blocks.text(paragraph, labels.status(response.status()) + ".", false, false);
    response.text().ifPresent(text -> blocks.text(paragraph, " " + text, false, true));
    response.reference().ifPresent(reference -> {
      blocks.text(paragraph, " " + labels.get("response.reference") + ": ", false, false);
      blocks.text(paragraph, reference, false, true);
    });
  }

  /** The feedback's last part, every input not answered yet: computed, so skipped when read back. */
  private void open(Meeting meeting) {
    blocks.label(COMPUTED_STYLE + "Heading2", labels.get("feedback.open"));
    List<String> open = OpenInputs.of(meeting);
    if (open.isEmpty()) {
      blocks.label(COMPUTED_STYLE, labels.get("feedback.allAnswered"));
    }
    for (String text : open) {
      blocks.text(blocks.listItem(COMPUTED_STYLE + "List", lists.bullets()), text, false, true);
    }
  }
}
