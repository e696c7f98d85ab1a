package io.github.rusdialog.synthesis;

import io.github.rusdialog.model.InvalidArgumentException;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Priorities from several meetings that name the same thing, with how widely and how highly they
 * were ranked. A priority linked to strategic areas counts for each of them (one group per area,
 * where each meeting counts once, with its best-ranked priority linked to the area); a priority
 * without links is grouped by its title normalised for case, whitespace and punctuation.
 *
 * @param key the grouping key: {@code area:skills} or {@code title:boende och infrastruktur}
 * @param label the group's name for people: the area's title, or the title first written
 * @param mentions the priorities behind the group, in dialogue order; each figure derives from these
 *
 * @since 0.1.0
 */
public record PriorityConsensus(String key, String label, List<RankedMention> mentions) {
  /**
   * Copies the list.
   *
   * @param key the grouping key: {@code area:skills} or {@code title:boende och infrastruktur}
   * @param label the group's name for people: the area's title, or the title first written
   * @param mentions the priorities behind the group, in dialogue order; each figure derives from these
   */
  public PriorityConsensus {
    InvalidArgumentException.requireNonNull(key, "key");
    InvalidArgumentException.requireNonNull(label, "label");
    InvalidArgumentException.requireNonNull(mentions, "mentions");
    mentions = List.copyOf(mentions);
  }

  /** {@return the ids of the meetings naming the group, each once, in dialogue order} */
  public List<String> meetingIds() {
    LinkedHashSet<String> ids = new LinkedHashSet<>();
    mentions.forEach(mention -> ids.add(mention.meetingId()));
    return List.copyOf(ids);
  }

  /** {@return the number of meetings naming the group} */
  public int meetingCount() {
    return meetingIds().size();
  }

  /** {@return how many times the group was ranked first} */
  public int firstPlaceCount() {
    return (int) mentions.stream().filter(mention -> mention.rank() == 1).count();
  }

  /** {@return the mean of the ranks of all mentions} */
  public double meanRank() {
    return mentions.stream().mapToInt(RankedMention::rank).average().orElse(Double.NaN);
  }

  /**
   * {@return the Borda score: the sum over mentions of (the meeting's number of priorities − rank + 1)}
   */
  public int bordaScore() {
    return mentions.stream().mapToInt(RankedMention::bordaPoints).sum();
  }
}
