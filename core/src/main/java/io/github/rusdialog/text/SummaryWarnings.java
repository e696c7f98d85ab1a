package io.github.rusdialog.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The warnings of one summary as they are found, handed out in line order. */
final class SummaryWarnings {
  private record Found(int line, int order, SummaryWarning warning) {}

  private final Places places;
  private final List<Found> found = new ArrayList<>();

  SummaryWarnings(Places places) {
    this.places = places;
  }

  void warn(int line, String message) {
    found.add(new Found(line, found.size(), places.warning(line, message)));
  }

  List<SummaryWarning> inLineOrder() {
    return found.stream().sorted(Comparator.comparingInt(Found::line).thenComparingInt(Found::order))
        .map(Found::warning).toList();
  }
}
