package io.github.rusdialog.synthesis;

import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StakeholderKind;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many people the dialogue reached, as far as the summaries count them: in all, per kind of
 * stakeholder, and which meetings gave no head count at all.
 *
 * <p>A meeting counts with its total ({@code Meeting.attendees()}) where it gives one, else with the
 * sum of its groups' head counts; a group without a count adds nothing. The figures are therefore
 * the people counted, a lower bound when some meetings or groups give none.
 *
 * @param people the people counted across the meetings
 * @param byKind the people counted per kind of stakeholder, in {@link StakeholderKind} order; kinds
 *     with no counted group are left out
 * @param meetingsCounted ids of the meetings that give a total or a group's head count, in dialogue order
 * @param meetingsNotCounted ids of the meetings that give neither, in dialogue order
 *
 * @since 0.2.0
 */
public record HeadCounts(int people, List<KindHeadCount> byKind, List<String> meetingsCounted,
    List<String> meetingsNotCounted) {
  /**
   * Copies the lists.
   *
   * @param people the people counted across the meetings
   * @param byKind the people counted per kind of stakeholder
   * @param meetingsCounted ids of the meetings that give a head count
   * @param meetingsNotCounted ids of the meetings that give none
   */
  public HeadCounts {
    InvalidArgumentException.requireNonNull(byKind, "byKind");
    InvalidArgumentException.requireNonNull(meetingsCounted, "meetingsCounted");
    InvalidArgumentException.requireNonNull(meetingsNotCounted, "meetingsNotCounted");
    byKind = List.copyOf(byKind);
    meetingsCounted = List.copyOf(meetingsCounted);
    meetingsNotCounted = List.copyOf(meetingsNotCounted);
  }

  static HeadCounts of(Dialogue dialogue) {
    int people = 0;
    Map<StakeholderKind, Integer> perKind = new EnumMap<>(StakeholderKind.class);
    Map<StakeholderKind, Set<String>> kindMeetings = new EnumMap<>(StakeholderKind.class);
    List<String> counted = new ArrayList<>();
    List<String> notCounted = new ArrayList<>();
    for (Meeting meeting : dialogue.meetings()) {
      int groups = 0;
      boolean anyGroup = false;
      for (StakeholderGroup group : meeting.participants()) {
        if (group.attendees().isPresent()) {
          anyGroup = true;
          groups += group.attendees().getAsInt();
          perKind.merge(group.kind(), group.attendees().getAsInt(), Integer::sum);
          kindMeetings.computeIfAbsent(group.kind(), kind -> new LinkedHashSet<>()).add(meeting.id());
        }
      }
      if (meeting.attendees().isPresent() || anyGroup) {
        counted.add(meeting.id());
        people += meeting.attendees().orElse(groups);
      } else {
        notCounted.add(meeting.id());
      }
    }
    List<KindHeadCount> byKind = new ArrayList<>();
    perKind.forEach((kind, sum) -> byKind.add(new KindHeadCount(kind, sum, new ArrayList<>(kindMeetings.get(kind)))));
    return new HeadCounts(people, byKind, counted, notCounted);
  }
}
