package io.github.rusdialog.pdf;

import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfStructureElement;
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
import io.github.rusdialog.synthesis.DialogueSynthesis;
import io.github.rusdialog.synthesis.ResponseCounts;
import io.github.rusdialog.synthesis.ResponseTally;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * One meeting as it reads in its summary: H1 title, date, intro, participating groups, the ranked
 * priorities as a numbered list, and per strategic area an H2 with its note and the opportunities,
 * challenges and insights as bulleted lists under H3 labels. Bookmarks go meeting → areas.
 */
final class MeetingSection {
  private static final float BODY = 10.5f;
  private static final float INDENT = 16f;

  private final Blocks blocks;
  private final Dialogue dialogue;
  private final Labels labels;
  private final PageDecorator decorator;
  private final String footer;
  private final boolean feedback;
  private ResponseCounts responses;

  MeetingSection(Blocks blocks, Dialogue dialogue, Labels labels, PageDecorator decorator, String footer,
      boolean feedback) {
    this.feedback = feedback;
    this.blocks = blocks;
    this.dialogue = dialogue;
    this.labels = labels;
    this.decorator = decorator;
    this.footer = footer;
  }

  void write(PdfStructureElement root, Meeting meeting, int index, boolean section) {
    TaggedCanvas canvas = blocks.canvas;
    PdfFonts fonts = blocks.fonts;
    PdfStructureElement parent = section ? canvas.element(root, PdfName.SECT) : root;
    decorator.startMeeting(meeting.title(), canvas.writer.getPageNumber());
    PdfOutline outline = new PdfOutline(canvas.writer.getRootOutline(),
        new PdfDestination(PdfDestination.FITH, canvas.y() + 10f), meeting.title(), false);
    blocks.heading(parent, PdfName.H1, meeting.title(), fonts.bold(22, PdfFonts.ACCENT), 0, 2f, 2);
    String date = labels.date(meeting.date());
    if (!section && !footer.isEmpty()) {
      // A single meeting has no cover page: say here which dialogue it belongs to.
      date += "  ·  " + footer;
    }
    if (feedback) {
      date = labels.get("feedback") + "  ·  " + date;
    }
    blocks.paragraph(parent, Blocks.runs(date, fonts.regular(12, PdfFonts.MUTED)), 0, 14f);
    if (!section && dialogue.description().isPresent()) {
      // A single meeting has no cover page: the document's own words about the dialogue go here.
      blocks.paragraph(parent, Blocks.runs(dialogue.description().get(), fonts.regular(12, PdfFonts.MUTED)), 0, 14f);
    }
    if (feedback) {
      if (responses == null) {
        // Once per document: a dialogue's feedback would otherwise count every meeting for each meeting.
        responses = DialogueSynthesis.of(dialogue).responses();
      }
      ResponseTally tally = responses.byMeeting().get(meeting.id());
      blocks.paragraph(parent, Blocks.runs(labels.get("feedback.intro"), fonts.regular(BODY)), 0, 6f);
      blocks.paragraph(parent, Blocks.runs(labels.format("feedback.tally", tally.total(), tally.adopted(),
          tally.partly(), tally.notAdopted(), tally.noted(), tally.unanswered()), fonts.bold(BODY)), 0, 10f);
    }
    if (meeting.summary().isPresent()) {
      blocks.paragraph(parent, Blocks.runs(meeting.summary().get(), fonts.regular(BODY)), 0, 10f);
    }
    if (!meeting.participants().isEmpty()) {
      blocks.paragraph(parent, Blocks.runs(labels.get("participants") + ": ", fonts.bold(BODY),
          participants(meeting),
          fonts.regular(BODY)), 0, 10f);
    }
    if (meeting.attendees().isPresent()) {
      blocks.paragraph(parent, Blocks.runs(labels.get("attendees") + ": ", fonts.bold(BODY),
          String.valueOf(meeting.attendees().getAsInt()), fonts.regular(BODY)), 0, 10f);
    }
    if (!meeting.priorities().isEmpty()) {
      blocks.heading(parent, PdfName.H2, labels.get("priorities"), fonts.bold(13.5f, PdfFonts.ACCENT), 14f, 4f, 2);
      PdfStructureElement list = blocks.list(parent);
      for (PriorityArea priority : meeting.priorities()) {
        List<TextLayout.Run> body = Blocks.runs(priority.title(), fonts.bold(BODY));
        if (priority.stated() == Stated.IMPLIED) {
          body.add(new TextLayout.Run(" (" + labels.stated(Stated.IMPLIED).toLowerCase(labels.locale()) + ")",
              fonts.italic(BODY)));
        }
        if (priority.description().isPresent()) {
          body.add(new TextLayout.Run("\n", fonts.regular(BODY)));
          body.add(new TextLayout.Run(priority.description().get(), fonts.regular(BODY)));
        }
        body.addAll(response(priority.response()));
        blocks.listItem(list, priority.rank() + ".", fonts.bold(BODY), body, INDENT + 4f, 5f);
      }
    }
    for (AreaInput input : meeting.areas()) {
      area(parent, input, outline);
    }
    if (feedback) {
      open(parent, meeting);
    }
    if (section) {
      canvas.writeOut(parent, root);
    }
  }

  /** The feedback's last part: every input the region has not answered yet, in the meeting's words. */
  private void open(PdfStructureElement parent, Meeting meeting) {
    PdfFonts fonts = blocks.fonts;
    blocks.heading(parent, PdfName.H2, labels.get("feedback.open"), fonts.bold(13.5f, PdfFonts.ACCENT), 14f, 4f, 2);
    List<String> open = OpenInputs.of(meeting);
    if (open.isEmpty()) {
      blocks.paragraph(parent, Blocks.runs(labels.get("feedback.allAnswered"), fonts.regular(BODY)), 0, 6f);
      return;
    }
    PdfStructureElement list = blocks.list(parent);
    for (String text : open) {
      blocks.listItem(list, "•", fonts.regular(BODY), Blocks.runs(text, fonts.regular(BODY)), INDENT, 3f);
    }
  }

  private String participants(Meeting meeting) {
    StringJoiner names = new StringJoiner(", ");
    for (StakeholderGroup group : meeting.participants()) {
      names.add(labels.group(group));
    }
    return names.toString();
  }

  private void area(PdfStructureElement parent, AreaInput input, PdfOutline meetingOutline) {
    PdfFonts fonts = blocks.fonts;
    String title = dialogue.strategicArea(input.area()).title();
    blocks.heading(parent, PdfName.H2, title, fonts.bold(13.5f, PdfFonts.ACCENT), 14f, 4f, 2);
    // Made after the heading, so that the bookmark points at the page the heading landed on.
    new PdfOutline(meetingOutline, new PdfDestination(PdfDestination.FITH, blocks.lastHeadingTop + 4f), title,
        false);
    if (input.note().isPresent()) {
      blocks.paragraph(parent, Blocks.runs(input.note().get(), fonts.italic(BODY)), 0, 6f);
    }
    if (input.coverage() != Coverage.DIRECT && input.note().isEmpty()) {
      blocks.paragraph(parent, Blocks.runs(labels.get("coverage") + ": " + labels.coverage(input.coverage()),
          fonts.italic(BODY)), 0, 6f);
    }
    items(parent, labels.get("opportunities"), input.opportunities());
    items(parent, labels.get("challenges"), input.challenges());
    items(parent, labels.get("insights"), input.insights());
  }

  private void items(PdfStructureElement parent, String label, List<? extends AreaItem> items) {
    if (items.isEmpty()) {
      return;
    }
    PdfFonts fonts = blocks.fonts;
    blocks.heading(parent, PdfName.H3, label, fonts.bold(11, PdfFonts.ACCENT), 4f, 2f, 2);
    PdfStructureElement list = blocks.list(parent);
    for (AreaItem item : items) {
      List<TextLayout.Run> body = Blocks.runs(item.text(), fonts.regular(BODY));
      body.addAll(response(item.response()));
      blocks.listItem(list, "•", fonts.regular(BODY), body, INDENT, 3f);
    }
  }

  /**
   * The region's response under the input it answers: "Regionens svar: Tas inte med. Ligger
   * utanför uppdraget. Referens: Mål 2.3".
   */
  private List<TextLayout.Run> response(Optional<Response> answer) {
    PdfFonts fonts = blocks.fonts;
    if (answer.isEmpty()) {
      return feedback ? Blocks.runs("\n" + labels.get("response") + ": ", fonts.bold(BODY),
          labels.get("feedback.unanswered") + ".", fonts.italic(BODY)) : new ArrayList<>();
    }
    Response response = answer.get();
    List<TextLayout.Run> runs = Blocks.runs("\n" + labels.get("response") + ": ", fonts.bold(BODY),
        labels.status(response.status()) + ".", fonts.italic(BODY));
    response.text().ifPresent(text -> runs.add(new TextLayout.Run(" " + text, fonts.italic(BODY))));
    response.reference().ifPresent(reference -> runs.add(new TextLayout.Run(" " + labels.get("response.reference")
        + ": " + reference, fonts.italic(BODY))));
    return runs;
  }
}
