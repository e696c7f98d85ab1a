package io.github.rusdialog.responses;

import io.github.rusdialog.internal.texts.DialogueText.Field;
import io.github.rusdialog.internal.texts.DialogueTextWalker;
import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Challenge;
import io.github.rusdialog.model.Insight;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.Opportunity;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.Response;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A meeting's inputs as one list — its priorities, then each strategic area's opportunities,
 * challenges and insights — and the way back: the same meeting with other responses.
 */
final class MeetingInputs {
  /**
   * One input: its place in the meeting ({@code priority}, or the area and kind), where a person finds
   * it, its text as written and as compared, and the region's response.
   */
  record Entry(String place, String where, String text, String normalised, Optional<Response> response) {}

  /** The place of every priority; items are placed by area and kind. */
  static final String PRIORITY = "priority";

  private MeetingInputs() {}

  /** The meeting's inputs in the order of {@link #withResponses}. */
  static List<Entry> of(Meeting meeting) {
    List<Entry> entries = new ArrayList<>();
    DialogueTextWalker.walk(meeting, null, text -> {
      if (!text.field().isInput()) {
        return;
      }
      if (text.field() == Field.PRIORITY_TITLE) {
        entries.add(entry(PRIORITY, "priority " + text.index(), text.value(), text.response()));
      } else {
        String kind = text.field().name().toLowerCase(Locale.ROOT);
        entries.add(entry(text.area() + " " + kind, "area " + text.area() + ", " + kind + " " + (text.index() + 1),
            text.value(), text.response()));
      }
    });
    return entries;
  }

  private static Entry entry(String place, String where, String text, Optional<Response> response) {
    return new Entry(place, where, text, InputText.normalise(text), response);
  }

  /** The meeting with these responses, one for each of {@link #of}'s entries, in its order. */
  static Meeting withResponses(Meeting meeting, List<Optional<Response>> responses) {
    Iterator<Optional<Response>> next = responses.iterator();
    List<PriorityArea> priorities = new ArrayList<>();
    for (PriorityArea priority : meeting.priorities()) {
      priorities.add(priority.withResponse(next.next()));
    }
    List<AreaInput> areas = new ArrayList<>();
    for (AreaInput area : meeting.areas()) {
      List<Opportunity> opportunities = new ArrayList<>();
      area.opportunities().forEach(item -> opportunities.add(item.withResponse(next.next())));
      List<Challenge> challenges = new ArrayList<>();
      area.challenges().forEach(item -> challenges.add(item.withResponse(next.next())));
      List<Insight> insights = new ArrayList<>();
      area.insights().forEach(item -> insights.add(item.withResponse(next.next())));
      areas.add(area.toBuilder().opportunities(opportunities).challenges(challenges).insights(insights).build());
    }
    return meeting.toBuilder().priorities(priorities).areas(areas).build();
  }
}
