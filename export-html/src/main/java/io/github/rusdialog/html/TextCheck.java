package io.github.rusdialog.html;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.Response;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StrategicArea;
import java.util.List;

/**
 * Checks every text of a dialogue before anything is written, so that a text a page cannot hold
 * fails the export naming meeting and field, and no half-written page is left behind.
 */
final class TextCheck {
  private TextCheck() {}

  static void check(Dialogue dialogue, String title) {
    Markup.requireWritable(title, "The title");
    Markup.requireWritable(dialogue.name().orElse(null), "The dialogue's name");
    Markup.requireWritable(dialogue.organiser().orElse(null), "The organiser");
    for (StrategicArea area : dialogue.strategicAreas()) {
      Markup.requireWritable(area.title(), "The strategic area \"" + area.id() + "\"");
    }
    for (Meeting meeting : dialogue.meetings()) {
      String at = "Meeting \"" + meeting.title().replace('\n', ' ') + "\" (" + meeting.id() + "), ";
      Markup.requireWritable(meeting.title(), at + "title");
      Markup.requireWritable(meeting.summary().orElse(null), at + "summary");
      List<StakeholderGroup> groups = meeting.participants();
      for (int i = 0; i < groups.size(); i++) {
        Markup.requireWritable(groups.get(i).name(), at + "participants[" + i + "]");
      }
      for (PriorityArea priority : meeting.priorities()) {
        String place = at + "priorities[" + priority.rank() + "]";
        Markup.requireWritable(priority.title(), place + ".title");
        Markup.requireWritable(priority.description().orElse(null), place + ".description");
        priority.response().ifPresent(response -> response(response, place + ".response"));
      }
      for (AreaInput input : meeting.areas()) {
        String place = at + "areas[" + input.area() + "]";
        Markup.requireWritable(input.note().orElse(null), place + ".note");
        items(input.opportunities(), place + ".opportunities");
        items(input.challenges(), place + ".challenges");
        items(input.insights(), place + ".insights");
      }
    }
  }

  private static void items(List<? extends AreaItem> items, String place) {
    for (int i = 0; i < items.size(); i++) {
      Markup.requireWritable(items.get(i).text(), place + "[" + i + "]");
      String at = place + "[" + i + "].response";
      items.get(i).response().ifPresent(response -> response(response, at));
    }
  }

  private static void response(Response response, String place) {
    Markup.requireWritable(response.text().orElse(null), place + ".text");
    Markup.requireWritable(response.reference().orElse(null), place + ".reference");
  }
}
