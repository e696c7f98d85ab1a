package io.github.rusdialog.synthesis;

/**
 * One meeting's priority behind a consensus figure: where it came from and how high it ranked.
 *
 * @param meetingId the meeting's id
 * @param rank the priority's rank in that meeting
 * @param priorityCount how many priorities that meeting ranked
 * @param title the priority's title as written there
 *
 * @since 0.1.0
 */
public record RankedMention(String meetingId, int rank, int priorityCount, String title) {
  /** {@return the Borda points of this mention: {@code priorityCount - rank + 1}} */
  public int bordaPoints() {
    return priorityCount - rank + 1;
  }
}
