package io.github.rusdialog.html;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.Labels;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.synthesis.DialogueSynthesis;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one dialogue as a page or a fragment, in the PDF's order: the title and cover facts, a
 * table of contents of in-page links, the synthesis, then each meeting. One meeting is written as
 * its summary, without cover and synthesis, as the PDF does. One instance per export.
 *
 * <p>The page has a skip link, {@code header}, {@code nav}, {@code main} and {@code footer}
 * landmarks and one top heading; the fragment has none of the page-level landmarks (its host page
 * has them) and starts its headings at {@code h2}, under the host page's {@code h1}.
 */
final class PageWriter {
  private final Ids ids;
  private final Dialogue dialogue;
  private final ExportOptions options;
  private final Labels labels;
  private final Markup out;
  private final boolean fragment;
  private final Headings headings;
  /** Whether this is one meeting's feedback to its participants rather than the full page. */
  private final boolean feedback;

  PageWriter(Dialogue dialogue, ExportOptions options, Markup out, boolean fragment, boolean feedback, Ids ids) {
    this.ids = ids;
    this.feedback = feedback;
    this.dialogue = dialogue;
    this.options = options;
    this.labels = options.labels();
    this.out = out;
    this.fragment = fragment;
    this.headings = new Headings(out, fragment ? 2 : 1);
  }

  void write() throws IOException {
    String title = title();
    TextCheck.check(dialogue, title);
    if (!fragment) {
      out.raw("<!DOCTYPE html>\n<html").attribute("lang", labels.languageTag()).raw(">\n<head>\n")
          .raw("<meta charset=\"utf-8\">\n")
          .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .raw("<title>").text(pageTitle(title)).raw("</title>\n");
      if (dialogue.organiser().isPresent()) {
        out.raw("<meta name=\"author\"").attribute("content", dialogue.organiser().get()).raw(">\n");
      }
      out.raw("<meta name=\"generator\" content=\"rusdialog\">\n<style>\n").raw(Stylesheet.utf8())
          .raw("</style>\n</head>\n<body>\n<div class=\"rusdialog\">\n")
          .raw("<a class=\"rd-skip\"").attribute("href", "#" + ids.of("main")).raw(">").text(labels.get("html.skip")).raw("</a>\n");
    } else {
      out.raw("<div class=\"rusdialog\"").attribute("lang", labels.languageTag()).raw(">\n");
    }
    List<Meeting> meetings = dialogue.meetings();
    MeetingWriter meetingWriter = new MeetingWriter(dialogue, labels, out, headings, feedback, ids);
    if (meetings.size() == 1) {
      Meeting meeting = meetings.get(0);
      header(meeting.title(), true, singleMeetingFacts(meeting));
      List<Entry> entries = new ArrayList<>(meetingWriter.contents(meeting));
      if (feedback) {
        entries.add(new Entry(ids.open(meeting), labels.get("feedback.open"), false, null));
      }
      contents(entries);
      main();
      meetingWriter.body(meeting, 1);
    } else {
      header(title, options.title().isPresent() || dialogue.name().isPresent(), coverFacts());
      if (!meetings.isEmpty()) {
        List<Entry> entries = new ArrayList<>();
        if (!feedback) {
          entries.add(new Entry(ids.synthesis(), labels.get("synthesis"), false, null));
        }
        for (Meeting meeting : meetings) {
          entries.add(new Entry(ids.meeting(meeting), meeting.title(), true, labels.date(meeting.date())));
        }
        contents(entries);
      }
      main();
      if (meetings.isEmpty()) {
        out.element("p", null, labels.format("meetingCount", 0)).raw("\n");
      } else {
        if (!feedback) {
          new SynthesisWriter(labels, out, headings, ids).write(DialogueSynthesis.of(dialogue));
        }
        for (Meeting meeting : meetings) {
          meetingWriter.section(meeting);
        }
      }
    }
    out.raw(fragment ? "</div>\n" : "</main>\n");
    footer();
    out.raw(fragment ? "</div>\n" : "</div>\n</body>\n</html>\n");
  }

  private String title() {
    if (feedback && dialogue.meetings().size() == 1) {
      return labels.get("feedback") + ": " + dialogue.meetings().get(0).title();
    }
    if (options.title().isPresent()) {
      return options.title().get();
    } else if (dialogue.name().isPresent()) {
      return dialogue.name().get();
    }
    if (feedback) {
      return labels.get("feedback");
    }
    return dialogue.meetings().size() == 1 ? dialogue.meetings().get(0).title() : labels.get("document.title");
  }

  /** The browser tab's title: a single meeting's page names the meeting first, then the dialogue. */
  private String pageTitle(String title) {
    if (dialogue.meetings().size() == 1 && !feedback) {
      String meeting = dialogue.meetings().get(0).title();
      return meeting.equals(title) ? meeting : meeting + " – " + title;
    }
    return title;
  }

  /** A line of the cover: a label and its value, which is data (a name) or the exporter's words. */
  private record Fact(String label, String value, boolean data) {}

  /** An entry of the contents: the id it links to, its text (data or a label), and a date or null. */
  record Entry(String id, String text, boolean data, String date) {}

  /** The title (data, or the exporter's "Sammanställning av dialogmöten") and the facts below it. */
  private void header(String title, boolean titleIsData, List<Fact> facts) throws IOException {
    out.raw("<header>\n");
    Markup heading = headings.open(0, "rd-top", null);
    if (titleIsData) {
      heading.data(title);
    } else {
      heading.text(title);
    }
    headings.close(0);
    out.raw("<dl class=\"rd-facts\">\n");
    for (Fact fact : facts) {
      out.element("dt", null, fact.label());
      if (fact.data()) {
        out.dataElement("dd", null, fact.value());
      } else {
        out.element("dd", null, fact.value());
      }
      out.raw("\n");
    }
    out.raw("</dl>\n</header>\n");
  }

  /** The cover page's facts, as the PDF's cover lists them. */
  private List<Fact> coverFacts() {
    List<Fact> facts = new ArrayList<>();
    if (options.title().isPresent() && dialogue.name().isPresent()) {
      facts.add(new Fact(labels.get("dialogue"), dialogue.name().get(), true));
    }
    if (dialogue.organiser().isPresent()) {
      facts.add(new Fact(labels.get("organiser"), dialogue.organiser().get(), true));
    }
    dialogue.description().ifPresent(text -> facts.add(new Fact(labels.get("description"), text, true)));
    List<Meeting> meetings = dialogue.meetings();
    facts.add(new Fact(labels.get("meetings"), labels.format("meetingCount", meetings.size()), false));
    if (!meetings.isEmpty()) {
      String first = labels.date(meetings.get(0).date());
      String last = labels.date(meetings.get(meetings.size() - 1).date());
      facts.add(new Fact(labels.get("dateRange"), first.equals(last) ? first : first + " – " + last, false));
    }
    facts.add(new Fact(labels.get("generatedAt"), labels.timestamp(options.generatedAt()), false));
    return facts;
  }

  /** A single meeting's facts: its date, and the dialogue it belongs to (the PDF's line under the title). */
  private List<Fact> singleMeetingFacts(Meeting meeting) {
    List<Fact> facts = new ArrayList<>();
    facts.add(new Fact(labels.get("date"), labels.date(meeting.date()), false));
    if (options.title().isPresent()) {
      facts.add(new Fact(labels.get("title"), options.title().get(), true));
    }
    if (dialogue.name().isPresent()) {
      facts.add(new Fact(labels.get("dialogue"), dialogue.name().get(), true));
    }
    if (dialogue.organiser().isPresent()) {
      facts.add(new Fact(labels.get("organiser"), dialogue.organiser().get(), true));
    }
    dialogue.description().ifPresent(text -> facts.add(new Fact(labels.get("description"), text, true)));
    return facts;
  }

  /** The table of contents, each entry a link into the page. */
  private void contents(List<Entry> entries) throws IOException {
    if (entries.isEmpty()) {
      return;
    }
    String heading = ids.of("contents");
    out.raw("<nav").attribute("aria-labelledby", heading).raw(">\n");
    headings.open(1, "rd-sub", heading).text(labels.get("contents"));
    headings.close(1);
    out.raw("<ol>\n");
    for (Entry entry : entries) {
      out.raw("<li><a").attribute("href", "#" + entry.id()).raw(">");
      if (entry.data()) {
        out.data(entry.text());
      } else {
        out.text(entry.text());
      }
      out.raw("</a>");
      if (entry.date() != null) {
        out.raw(" <span class=\"rd-muted\">").text(entry.date()).raw("</span>");
      }
      out.raw("</li>\n");
    }
    out.raw("</ol>\n</nav>\n");
  }

  private void main() throws IOException {
    // The fragment's host page has its own main landmark: the fragment's body is a plain division.
    out.raw(fragment ? "<div class=\"rd-body\">\n" : "<main id=\"" + ids.of("main") + "\" tabindex=\"-1\">\n");
  }

  private void footer() throws IOException {
    out.raw("<footer>\n<p>");
    if (dialogue.name().isPresent()) {
      out.data(dialogue.name().get()).raw(" · ");
    }
    if (dialogue.organiser().isPresent()) {
      out.data(dialogue.organiser().get()).raw(" · ");
    }
    out.text(labels.get("generatedAt") + " " + labels.timestamp(options.generatedAt())).raw("</p>\n</footer>\n");
  }
}
