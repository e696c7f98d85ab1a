package io.github.rusdialog.synthesis;

import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.model.StakeholderKind;
import java.util.List;

/**
 * How often one kind of stakeholder was heard: the meetings where a group of that kind took part
 * and the group names it was written as.
 *
 * @param kind the kind of stakeholder
 * @param meetingIds ids of the meetings where the kind took part, in dialogue order
 * @param groupNames the names groups of this kind were written as, first spelling kept
 *
 * @since 0.1.0
 */
public record KindParticipation(StakeholderKind kind, List<String> meetingIds, List<String> groupNames) {
  /**
   * Copies the lists.
   *
   * @param kind the kind of stakeholder
   * @param meetingIds ids of the meetings where the kind took part, in dialogue order
   * @param groupNames the names groups of this kind were written as, first spelling kept
   */
  public KindParticipation {
    InvalidArgumentException.requireNonNull(kind, "kind");
    InvalidArgumentException.requireNonNull(meetingIds, "meetingIds");
    InvalidArgumentException.requireNonNull(groupNames, "groupNames");
    meetingIds = List.copyOf(meetingIds);
    groupNames = List.copyOf(groupNames);
  }

  /** {@return the number of meetings where the kind took part} */
  public int meetingCount() {
    return meetingIds.size();
  }
}
