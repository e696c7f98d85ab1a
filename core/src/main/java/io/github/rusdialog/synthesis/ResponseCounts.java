package io.github.rusdialog.synthesis;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.StrategicArea;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The region's responses counted per meeting (its priorities and items) and per strategic area
 * (the items given under it, in every meeting; priorities are counted with their meeting only, as a
 * priority may relate to several areas or none).
 *
 * @param byMeeting the tally of each meeting, by meeting id, in dialogue order
 * @param byArea the tally of each strategic area of the dialogue, by area id, in the dialogue's order
 * @param all the tally of every input of the dialogue
 *
 * @since 0.2.0
 */
public record ResponseCounts(Map<String, ResponseTally> byMeeting, Map<String, ResponseTally> byArea,
    ResponseTally all) {
  /**
   * Copies the maps, keeping their order.
   *
   * @param byMeeting the tally of each meeting, by meeting id
   * @param byArea the tally of each strategic area, by area id
   * @param all the tally of every input
   */
  public ResponseCounts {
    InvalidArgumentException.requireNonNull(byMeeting, "byMeeting");
    InvalidArgumentException.requireNonNull(byArea, "byArea");
    InvalidArgumentException.requireNonNull(all, "all");
    byMeeting = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byMeeting));
    byArea = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byArea));
  }

  static ResponseCounts of(Dialogue dialogue) {
    Map<String, ResponseTally> byMeeting = new LinkedHashMap<>();
    Map<String, ResponseTally> byArea = new LinkedHashMap<>();
    for (StrategicArea area : dialogue.strategicAreas()) {
      byArea.put(area.id(), ResponseTally.NONE);
    }
    ResponseTally all = ResponseTally.NONE;
    for (Meeting meeting : dialogue.meetings()) {
      ResponseTally tally = ResponseTally.NONE;
      for (PriorityArea priority : meeting.priorities()) {
        tally = tally.plus(priority.response());
      }
      for (AreaInput input : meeting.areas()) {
        ResponseTally items = ResponseTally.NONE.plus(input.opportunities()).plus(input.challenges())
            .plus(input.insights());
        tally = add(tally, items);
        byArea.merge(input.area(), items, ResponseCounts::add);
      }
      byMeeting.put(meeting.id(), tally);
      all = add(all, tally);
    }
    return new ResponseCounts(byMeeting, byArea, all);
  }

  private static ResponseTally add(ResponseTally a, ResponseTally b) {
    return new ResponseTally(a.adopted() + b.adopted(), a.partly() + b.partly(), a.notAdopted() + b.notAdopted(),
        a.noted() + b.noted(), a.unanswered() + b.unanswered());
  }
}
