package io.github.rusdialog.excel;

import io.github.rusdialog.export.ExportException;
import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.Response;
import io.github.rusdialog.model.StakeholderGroup;
import java.util.List;
import java.util.Locale;

/**
 * Refuses, before a byte is written, a dialogue holding a text longer than an Excel cell can
 * hold: the workbook would otherwise have to cut it. The message names meeting and item.
 */
final class CellLimits {
  private CellLimits() {}

  static void check(Dialogue dialogue) {
    dialogue.name().ifPresent(name -> require(name, "the dialogue's name", null));
    dialogue.organiser().ifPresent(name -> require(name, "the dialogue's organiser", null));
    for (Meeting meeting : dialogue.meetings()) {
      require(meeting.title(), "title", meeting);
      meeting.summary().ifPresent(text -> require(text, "summary", meeting));
      StringBuilder participants = new StringBuilder();
      for (StakeholderGroup group : meeting.participants()) {
        participants.append(group.name()).append(", ");
      }
      require(participants.toString(), "participants, joined in one cell", meeting);
      for (PriorityArea priority : meeting.priorities()) {
        String at = "priorities[" + priority.rank() + "]";
        require(priority.title(), at + ".title", meeting);
        priority.description().ifPresent(text -> require(text, at + ".description", meeting));
        priority.response().ifPresent(response -> requireResponse(response, at + ".response", meeting));
      }
      for (AreaInput input : meeting.areas()) {
        String at = "areas[" + input.area() + "]";
        input.note().ifPresent(text -> require(text, at + ".note", meeting));
        requireAll(input.opportunities(), at + ".opportunities", meeting);
        requireAll(input.challenges(), at + ".challenges", meeting);
        requireAll(input.insights(), at + ".insights", meeting);
      }
    }
  }

  private static void requireAll(List<? extends AreaItem> items, String at, Meeting meeting) {
    for (int i = 0; i < items.size(); i++) {
      require(items.get(i).text(), at + "[" + i + "]", meeting);
      String response = at + "[" + i + "].response";
      items.get(i).response().ifPresent(answer -> requireResponse(answer, response, meeting));
    }
  }

  private static void requireResponse(Response response, String at, Meeting meeting) {
    response.text().ifPresent(text -> require(text, at + ".text", meeting));
    response.reference().ifPresent(text -> require(text, at + ".reference", meeting));
  }

  private static void require(String text, String what, Meeting meeting) {
    if (text.length() > Cells.MAX_CELL_CHARS) {
      String where = meeting == null ? what
          : "Meeting \"" + meeting.title() + "\" (" + meeting.id() + "), " + what;
      throw new ExportException(String.format(Locale.ROOT,
          "%s: the text has %,d characters, more than the %,d an Excel cell holds; the workbook"
              + " would have to cut it. Shorten the text, or export to PDF or JSON, which keep it whole",
          where, text.length(), Cells.MAX_CELL_CHARS));
    }
  }
}
