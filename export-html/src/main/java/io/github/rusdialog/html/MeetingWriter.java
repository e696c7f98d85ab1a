package io.github.rusdialog.html;

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
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One meeting as it reads in its summary and in the PDF: intro, participating groups, the ranked
 * priorities as an ordered list, and per strategic area a heading, its note and the opportunities,
 * challenges and insights as lists under their labels.
 */
final class MeetingWriter {
  private final Ids ids;
  private final Dialogue dialogue;
  private final Labels labels;
  private final Markup out;
  private final Headings headings;

  private final boolean feedback;
  private ResponseCounts responses;

  MeetingWriter(Dialogue dialogue, Labels labels, Markup out, Headings headings, boolean feedback, Ids ids) {
    this.ids = ids;
    this.feedback = feedback;
    this.dialogue = dialogue;
    this.labels = labels;
    this.out = out;
    this.headings = headings;
  }

  /** The feedback's opening: who it is for, and how many inputs the region answered how. */
  private void feedbackIntro(Meeting meeting) throws IOException {
    if (responses == null) {
      // Once per page: a dialogue's feedback would otherwise count every meeting for each meeting.
      responses = DialogueSynthesis.of(dialogue).responses();
    }
    ResponseTally tally = responses.byMeeting().get(meeting.id());
    out.element("p", "rd-lead", labels.get("feedback") + ". " + labels.get("feedback.intro")).raw("\n");
    out.raw("<p><strong>").text(labels.format("feedback.tally", tally.total(), tally.adopted(), tally.partly(),
        tally.notAdopted(), tally.noted(), tally.unanswered())).raw("</strong></p>\n");
  }

  /** The feedback's last part: every input the region has not answered yet, in the meeting's words. */
  private void open(Meeting meeting, int depth) throws IOException {
    headings.open(depth, depth == 1 ? "rd-section" : "rd-sub", ids.open(meeting)).text(labels.get("feedback.open"));
    headings.close(depth);
    List<String> open = OpenInputs.of(meeting);
    if (open.isEmpty()) {
      out.element("p", null, labels.get("feedback.allAnswered")).raw("\n");
      return;
    }
    out.raw("<ul>\n");
    for (String text : open) {
      out.dataElement("li", null, text).raw("\n");
    }
    out.raw("</ul>\n");
  }

  /** The contents of a page that holds this meeting alone: its priorities and its areas. */
  List<PageWriter.Entry> contents(Meeting meeting) {
    List<PageWriter.Entry> entries = new ArrayList<>();
    if (!meeting.priorities().isEmpty()) {
      entries.add(new PageWriter.Entry(ids.priorities(meeting), labels.get("priorities"), false, null));
    }
    for (AreaInput input : meeting.areas()) {
      entries.add(new PageWriter.Entry(ids.area(meeting, input.area()), dialogue.strategicArea(input.area()).title(),
          true, null));
    }
    return entries;
  }

  /** The meeting as a section of a dialogue page: its title and date above {@link #body}. */
  void section(Meeting meeting) throws IOException {
    String id = ids.meeting(meeting);
    out.raw("<section class=\"rd-meeting\"").attribute("aria-labelledby", id).raw(">\n");
    headings.open(1, "rd-section", id).data(meeting.title());
    headings.close(1);
    out.raw("<p class=\"rd-muted\"><time").attribute("datetime", meeting.date().toString()).raw(">")
        .text(labels.date(meeting.date())).raw("</time></p>\n");
    body(meeting, 2);
    out.raw("</section>\n");
  }

  /**
   * What the meeting said, with its own headings at {@code depth}; in the feedback, opened by the
   * count of answers and closed by what is still open.
   */
  void body(Meeting meeting, int depth) throws IOException {
    if (feedback) {
      feedbackIntro(meeting);
    }
    said(meeting, depth);
    if (feedback) {
      open(meeting, depth);
    }
  }

  private void said(Meeting meeting, int depth) throws IOException {
    if (meeting.summary().isPresent()) {
      out.dataElement("p", null, meeting.summary().get()).raw("\n");
    }
    if (!meeting.participants().isEmpty()) {
      out.raw("<p><strong>").text(labels.get("participants")).raw(":</strong></p>\n<ul class=\"rd-groups\">\n");
      for (StakeholderGroup group : meeting.participants()) {
        out.dataElement("li", null, labels.group(group)).raw("\n");
      }
      out.raw("</ul>\n");
    }
    if (meeting.attendees().isPresent()) {
      out.raw("<p><strong>").text(labels.get("attendees")).raw(":</strong> ")
          .text(String.valueOf(meeting.attendees().getAsInt())).raw("</p>\n");
    }
    if (!meeting.priorities().isEmpty()) {
      headings.open(depth, depth == 1 ? "rd-section" : "rd-sub", ids.priorities(meeting))
          .text(labels.get("priorities"));
      headings.close(depth);
      out.raw("<ol>\n");
      for (PriorityArea priority : meeting.priorities()) {
        out.raw("<li").attribute("value", String.valueOf(priority.rank())).raw("><strong>")
            .data(priority.title()).raw("</strong>");
        if (priority.stated() == Stated.IMPLIED) {
          out.raw(" <em>(").text(labels.stated(Stated.IMPLIED).toLowerCase(labels.locale())).raw(")</em>");
        }
        if (priority.description().isPresent()) {
          out.dataElement("p", null, priority.description().get());
        }
        response(priority.response());
        out.raw("</li>\n");
      }
      out.raw("</ol>\n");
    }
    for (AreaInput input : meeting.areas()) {
      area(meeting, input, depth);
    }
  }

  private void area(Meeting meeting, AreaInput input, int depth) throws IOException {
    String id = ids.area(meeting, input.area());
    // A plain section, not a labelled region: a landmark per area would bury the meetings' own.
    out.raw("<section>\n");
    headings.open(depth, depth == 1 ? "rd-section" : "rd-sub", id)
        .data(dialogue.strategicArea(input.area()).title());
    headings.close(depth);
    if (input.note().isPresent()) {
      out.dataElement("p", "rd-note", input.note().get()).raw("\n");
    }
    if (input.coverage() != Coverage.DIRECT && input.note().isEmpty()) {
      out.element("p", "rd-note", labels.get("coverage") + ": " + labels.coverage(input.coverage())).raw("\n");
    }
    items(labels.get("opportunities"), input.opportunities(), depth + 1);
    items(labels.get("challenges"), input.challenges(), depth + 1);
    items(labels.get("insights"), input.insights(), depth + 1);
    out.raw("</section>\n");
  }

  private void items(String label, List<? extends AreaItem> items, int depth) throws IOException {
    if (items.isEmpty()) {
      return;
    }
    headings.open(depth, "rd-label", null).text(label);
    headings.close(depth);
    out.raw("<ul>\n");
    for (AreaItem item : items) {
      if (item.response().isEmpty() && !feedback) {
        out.dataElement("li", null, item.text()).raw("\n");
      } else {
        out.raw("<li>").dataElement("p", null, item.text());
        response(item.response());
        out.raw("</li>\n");
      }
    }
    out.raw("</ul>\n");
  }

  /**
   * The region's response under the input it answers; its words are data, the status a label. In
   * the feedback, an input without one says it is not yet answered.
   */
  private void response(Optional<Response> answer) throws IOException {
    if (answer.isEmpty()) {
      if (feedback) {
        out.raw("<p class=\"rd-response\"><strong>").text(labels.get("response")).raw(":</strong> ")
            .text(labels.get("feedback.unanswered") + ".").raw("</p>");
      }
      return;
    }
    Response response = answer.get();
    out.raw("<p class=\"rd-response\"><strong>").text(labels.get("response")).raw(":</strong> ")
        .text(labels.status(response.status()) + ".");
    if (response.text().isPresent()) {
      out.raw(" ").data(response.text().get());
    }
    if (response.reference().isPresent()) {
      out.raw(" ").text(labels.get("response.reference") + ":").raw(" ").data(response.reference().get());
    }
    out.raw("</p>");
  }
}
