package io.github.rusdialog.synthesis;

import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.model.StrategicArea;
import java.util.List;

/**
 * How much input one strategic area got across the dialogue: which meetings spoke to it directly,
 * indirectly, said it was not discussed, or gave no input, and how many items it collected.
 *
 * @param area the strategic area
 * @param direct ids of meetings with direct input
 * @param indirect ids of meetings whose summary gives indirect insights
 * @param notDiscussed ids of meetings that say the area was not discussed
 * @param absent ids of meetings that give no input for the area at all
 * @param opportunities the number of opportunities over all meetings
 * @param challenges the number of challenges over all meetings
 * @param insights the number of insights over all meetings
 *
 * @since 0.1.0
 */
public record AreaCoverage(StrategicArea area, List<String> direct, List<String> indirect,
    List<String> notDiscussed, List<String> absent, int opportunities, int challenges, int insights) {
  /**
   * Copies the lists.
   *
   * @param area the strategic area
   * @param direct ids of meetings with direct input
   * @param indirect ids of meetings whose summary gives indirect insights
   * @param notDiscussed ids of meetings that say the area was not discussed
   * @param absent ids of meetings that give no input for the area at all
   * @param opportunities the number of opportunities over all meetings
   * @param challenges the number of challenges over all meetings
   * @param insights the number of insights over all meetings
   */
  public AreaCoverage {
    InvalidArgumentException.requireNonNull(area, "area");
    direct = List.copyOf(InvalidArgumentException.requireNonNull(direct, "direct"));
    indirect = List.copyOf(InvalidArgumentException.requireNonNull(indirect, "indirect"));
    notDiscussed = List.copyOf(InvalidArgumentException.requireNonNull(notDiscussed, "notDiscussed"));
    absent = List.copyOf(InvalidArgumentException.requireNonNull(absent, "absent"));
  }

  /** {@return opportunities, challenges and insights together} */
  public int itemCount() {
    return opportunities + challenges + insights;
  }
}
