package io.github.rusdialog.internal.report;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import java.util.ArrayList;
import java.util.List;

/** The inputs of a meeting the region has not answered yet, as the feedback lists them under "still open". */
public final class OpenInputs {
  private OpenInputs() {}

  /**
   * {@return the texts of the meeting's unanswered priorities, then of its unanswered opportunities,
   * challenges and insights, area by area, in the meeting's order and words}
   *
   * @param meeting the meeting
   */
  public static List<String> of(Meeting meeting) {
    List<String> open = new ArrayList<>();
    for (PriorityArea priority : meeting.priorities()) {
      if (priority.response().isEmpty()) {
        open.add(priority.title());
      }
    }
    for (AreaInput input : meeting.areas()) {
      for (List<? extends AreaItem> items : List.of(input.opportunities(), input.challenges(), input.insights())) {
        for (AreaItem item : items) {
          if (item.response().isEmpty()) {
            open.add(item.text());
          }
        }
      }
    }
    return open;
  }
}
