package io.github.rusdialog.benchmarks;

import io.github.rusdialog.html.HtmlExporter;
import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.synthesis.AreaCoverage;
import io.github.rusdialog.synthesis.DialogueSynthesis;
import io.github.rusdialog.synthesis.KindParticipation;
import io.github.rusdialog.synthesis.PriorityConsensus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The baseline for the HTML exporter: the same page (stylesheet, contents, synthesis tables,
 * meetings) written the way one would by hand, with string concatenation and a {@code replace}
 * escape into a buffered writer: no text check, no headings or language logic, no chart.
 */
final class RawHtml {
  private RawHtml() {}

  static void write(Dialogue dialogue, OutputStream stream) {
    try {
      Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 16 * 1024);
      String title = dialogue.name().orElse("Sammanställning av dialogmöten");
      out.write("<!DOCTYPE html>\n<html lang=\"sv-SE\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + esc(title)
          + "</title>\n<style>\n" + HtmlExporter.stylesheet() + "</style>\n</head>\n<body>\n<div class=\"rusdialog\">\n"
          + "<header>\n<h1>" + esc(title) + "</h1>\n</header>\n<nav>\n<ol>\n");
      for (Meeting meeting : dialogue.meetings()) {
        out.write("<li><a href=\"#" + meeting.id() + "\">" + esc(meeting.title()) + "</a> " + meeting.date() + "</li>\n");
      }
      out.write("</ol>\n</nav>\n<main>\n");
      if (dialogue.meetings().size() > 1) {
        synthesis(DialogueSynthesis.of(dialogue), out);
      }
      for (Meeting meeting : dialogue.meetings()) {
        out.write("<section id=\"" + meeting.id() + "\">\n<h2>" + esc(meeting.title()) + "</h2>\n<p>"
            + meeting.date() + "</p>\n");
        if (meeting.summary().isPresent()) {
          out.write("<p>" + esc(meeting.summary().get()) + "</p>\n");
        }
        out.write("<ul>\n");
        for (StakeholderGroup group : meeting.participants()) {
          out.write("<li>" + esc(group.name()) + "</li>\n");
        }
        out.write("</ul>\n<h3>Mest prioriterade områden enligt deltagarna</h3>\n<ol>\n");
        for (PriorityArea priority : meeting.priorities()) {
          out.write("<li><strong>" + esc(priority.title()) + "</strong>"
              + (priority.description().isPresent() ? "<p>" + esc(priority.description().get()) + "</p>" : "")
              + "</li>\n");
        }
        out.write("</ol>\n");
        for (AreaInput input : meeting.areas()) {
          out.write("<section>\n<h3>" + esc(dialogue.strategicArea(input.area()).title()) + "</h3>\n");
          if (input.note().isPresent()) {
            out.write("<p>" + esc(input.note().get()) + "</p>\n");
          }
          items("Möjligheter", input.opportunities(), out);
          items("Utmaningar", input.challenges(), out);
          items("Relaterade insikter", input.insights(), out);
          out.write("</section>\n");
        }
        out.write("</section>\n");
      }
      out.write("</main>\n</div>\n</body>\n</html>\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void synthesis(DialogueSynthesis synthesis, Writer out) throws IOException {
    out.write("<section>\n<h2>Sammanställning</h2>\n<table>\n");
    for (KindParticipation kind : synthesis.participation()) {
      out.write("<tr><th>" + kind.kind().id() + "</th><td>" + kind.meetingCount() + "</td><td>"
          + esc(String.join(", ", kind.groupNames())) + "</td><td>" + esc(synthesis.meetingNames(kind.meetingIds()))
          + "</td></tr>\n");
    }
    out.write("</table>\n<table>\n");
    for (PriorityConsensus group : synthesis.priorities()) {
      out.write("<tr><th>" + esc(group.label()) + "</th><td>" + group.meetingCount() + "</td><td>"
          + group.firstPlaceCount() + "</td><td>" + group.meanRank() + "</td><td>" + group.bordaScore() + "</td><td>"
          + esc(synthesis.meetingNames(group.meetingIds())) + "</td></tr>\n");
    }
    out.write("</table>\n<table>\n");
    for (AreaCoverage area : synthesis.coverage()) {
      out.write("<tr><th>" + esc(area.area().title()) + "</th><td>" + area.direct().size() + "</td><td>"
          + area.indirect().size() + "</td><td>" + area.notDiscussed().size() + "</td><td>" + area.absent().size()
          + "</td><td>" + area.opportunities() + "</td><td>" + area.challenges() + "</td><td>" + area.insights()
          + "</td></tr>\n");
    }
    out.write("</table>\n</section>\n");
  }

  private static void items(String label, List<? extends AreaItem> items, Writer out) throws IOException {
    if (items.isEmpty()) {
      return;
    }
    out.write("<h4>" + label + "</h4>\n<ul>\n");
    for (AreaItem item : items) {
      out.write("<li>" + esc(item.text()) + "</li>\n");
    }
    out.write("</ul>\n");
  }

  private static String esc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
