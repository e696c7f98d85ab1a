package io.github.rusdialog.internal.report;

import io.github.rusdialog.internal.texts.DialogueTextWalker;
import io.github.rusdialog.model.Meeting;
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
    DialogueTextWalker.walk(meeting, null, text -> {
      if (text.field().isInput() && text.response().isEmpty()) {
        open.add(text.value());
      }
    });
    return open;
  }
}
