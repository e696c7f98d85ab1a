package io.github.rusdialog.responses;

import io.github.rusdialog.responses.MeetingInputs.Entry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs one meeting's inputs as answered with the same meeting's inputs as read again, by the
 * identity rule {@link ResponseCarryOver} documents: the same place and text first, then the same
 * text in another place, then, within a place, the one closest text. Every step pairs only what
 * no other input could claim as well; what is left stays unpaired.
 */
final class InputMatching {
  /** How an answered input found its input: as it was, moved to another place, or with its text changed. */
  enum How { SAME, MOVED, CHANGED }

  /** The input an answered input was paired with, by its index in the inputs read again, and how. */
  record Match(int target, How how) {}

  // Comparing texts costs the product of their lengths; past this, a place's changed texts are left
  // unpaired (and reported) rather than making one odd input slow to read.
  private static final long COMPARISON_BUDGET = 50_000_000L;

  private InputMatching() {}

  /** For each answered entry, in order, its match among {@code target}, or null. */
  static Match[] match(List<Entry> answered, List<Entry> target) {
    Match[] matches = new Match[answered.size()];
    boolean[] taken = new boolean[target.size()];
    pairSame(answered, target, matches, taken);
    pairMoved(answered, target, matches, taken);
    pairChanged(answered, target, matches, taken);
    return matches;
  }

  /** Same place, same text: the n-th such answered input gets the n-th such input. */
  private static void pairSame(List<Entry> answered, List<Entry> target, Match[] matches, boolean[] taken) {
    Map<String, ArrayDeque<Integer>> byKey = new HashMap<>();
    for (int t = 0; t < target.size(); t++) {
      byKey.computeIfAbsent(key(target.get(t)), k -> new ArrayDeque<>()).add(t);
    }
    for (int a = 0; a < answered.size(); a++) {
      ArrayDeque<Integer> same = byKey.get(key(answered.get(a)));
      if (same != null && !same.isEmpty()) {
        int t = same.poll();
        matches[a] = new Match(t, How.SAME);
        taken[t] = true;
      }
    }
  }

  /**
   * The same text under another area or kind, when exactly one unpaired item on each side has it. A
   * priority is never paired with an item: they are different kinds of input.
   */
  private static void pairMoved(List<Entry> answered, List<Entry> target, Match[] matches, boolean[] taken) {
    Map<String, List<Integer>> left = unpairedItems(answered, matches);
    Map<String, List<Integer>> right = new HashMap<>();
    for (int t = 0; t < target.size(); t++) {
      if (!taken[t] && !target.get(t).place().equals(MeetingInputs.PRIORITY)) {
        right.computeIfAbsent(target.get(t).normalised(), k -> new ArrayList<>()).add(t);
      }
    }
    left.forEach((text, as) -> {
      List<Integer> ts = right.get(text);
      if (as.size() == 1 && ts != null && ts.size() == 1) {
        matches[as.get(0)] = new Match(ts.get(0), How.MOVED);
        taken[ts.get(0)] = true;
      }
    });
  }

  /**
   * Within a place, an answered input and an input whose texts are within {@link InputText#tolerance}
   * of each other, when each is the other's one closest.
   */
  private static void pairChanged(List<Entry> answered, List<Entry> target, Match[] matches, boolean[] taken) {
    Map<String, List<Integer>> answeredByPlace = new LinkedHashMap<>();
    for (int a = 0; a < answered.size(); a++) {
      if (matches[a] == null) {
        answeredByPlace.computeIfAbsent(answered.get(a).place(), k -> new ArrayList<>()).add(a);
      }
    }
    Map<String, List<Integer>> targetByPlace = new HashMap<>();
    for (int t = 0; t < target.size(); t++) {
      if (!taken[t]) {
        targetByPlace.computeIfAbsent(target.get(t).place(), k -> new ArrayList<>()).add(t);
      }
    }
    answeredByPlace.forEach((place, as) -> {
      List<Integer> ts = targetByPlace.getOrDefault(place, List.of());
      if (ts.isEmpty() || cost(answered, as, target, ts) > COMPARISON_BUDGET) {
        return;
      }
      List<int[]> right = ts.stream().map(t -> target.get(t).normalised().codePoints().toArray()).toList();
      int[][] distance = new int[as.size()][ts.size()];
      for (int i = 0; i < as.size(); i++) {
        int[] a = answered.get(as.get(i)).normalised().codePoints().toArray();
        for (int j = 0; j < ts.size(); j++) {
          int[] t = right.get(j);
          int tolerance = InputText.tolerance(a, t);
          int d = InputText.distance(a, t, tolerance);
          distance[i][j] = d <= tolerance ? d : Integer.MAX_VALUE;
        }
      }
      for (int i = 0; i < as.size(); i++) {
        int j = closest(distance[i]);
        if (j >= 0 && closest(column(distance, j)) == i) {
          matches[as.get(i)] = new Match(ts.get(j), How.CHANGED);
          taken[ts.get(j)] = true;
        }
      }
    });
  }

  private static Map<String, List<Integer>> unpairedItems(List<Entry> entries, Match[] matches) {
    Map<String, List<Integer>> byText = new LinkedHashMap<>();
    for (int a = 0; a < entries.size(); a++) {
      if (matches[a] == null && !entries.get(a).place().equals(MeetingInputs.PRIORITY)) {
        byText.computeIfAbsent(entries.get(a).normalised(), k -> new ArrayList<>()).add(a);
      }
    }
    return byText;
  }

  /** The index of the one smallest finite distance, or -1 when there is none or two share it. */
  private static int closest(int[] distances) {
    int best = -1;
    boolean tie = false;
    for (int j = 0; j < distances.length; j++) {
      if (distances[j] == Integer.MAX_VALUE) {
        continue;
      }
      if (best < 0 || distances[j] < distances[best]) {
        best = j;
        tie = false;
      } else if (distances[j] == distances[best]) {
        tie = true;
      }
    }
    return tie ? -1 : best;
  }

  private static int[] column(int[][] distance, int j) {
    int[] column = new int[distance.length];
    for (int i = 0; i < distance.length; i++) {
      column[i] = distance[i][j];
    }
    return column;
  }

  private static long cost(List<Entry> answered, List<Integer> as, List<Entry> target, List<Integer> ts) {
    long left = as.stream().mapToLong(a -> answered.get(a).normalised().length()).sum();
    long right = ts.stream().mapToLong(t -> target.get(t).normalised().length()).sum();
    return left * right;
  }

  private static String key(Entry entry) {
    return entry.place() + '\n' + entry.normalised();
  }
}
