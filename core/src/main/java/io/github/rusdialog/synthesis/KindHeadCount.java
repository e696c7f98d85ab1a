package io.github.rusdialog.synthesis;

import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.model.StakeholderKind;
import java.util.List;

/**
 * How many people of one kind of stakeholder the dialogue reached, counting only the groups whose
 * head count the summaries give ("Unga (6)").
 *
 * @param kind the kind of stakeholder
 * @param people the sum of the head counts of its groups, 1 or more
 * @param meetingIds ids of the meetings where a group of this kind was counted, in dialogue order
 *
 * @since 0.2.0
 */
public record KindHeadCount(StakeholderKind kind, int people, List<String> meetingIds) {
  /**
   * Copies the list.
   *
   * @param kind the kind of stakeholder
   * @param people the sum of the head counts of its groups, 1 or more
   * @param meetingIds ids of the meetings where a group of this kind was counted, in dialogue order
   */
  public KindHeadCount {
    InvalidArgumentException.requireNonNull(kind, "kind");
    InvalidArgumentException.requireNonNull(meetingIds, "meetingIds");
    meetingIds = List.copyOf(meetingIds);
  }
}
