package io.github.rusdialog.testkit;

import java.util.HashMap;
import java.util.Map;

/**
 * Answers "does this text occur in that output?" fast for thousands of texts in megabytes of
 * output: positions are indexed by their four characters, and a text is verified only where its
 * rarest four characters occur. Equivalent to {@link String#contains}.
 */
final class TextIndex {
  private static final int GRAM = 4;
  private static final int[] NONE = new int[0];

  private final String text;
  private final Map<Long, int[]> positions = new HashMap<>();

  TextIndex(String text) {
    this.text = text;
    Map<Long, Integer> counts = new HashMap<>();
    for (int i = 0; i + GRAM <= text.length(); i++) {
      counts.merge(gram(text, i), 1, Integer::sum);
    }
    Map<Long, Integer> filled = new HashMap<>();
    for (Map.Entry<Long, Integer> count : counts.entrySet()) {
      positions.put(count.getKey(), new int[count.getValue()]);
    }
    for (int i = 0; i + GRAM <= text.length(); i++) {
      long key = gram(text, i);
      int at = filled.merge(key, 1, Integer::sum) - 1;
      positions.get(key)[at] = i;
    }
  }

  boolean contains(String needle) {
    if (needle.length() < GRAM * 2) {
      return text.contains(needle);
    }
    int bestOffset = 0;
    int[] best = null;
    for (int offset = 0; offset + GRAM <= needle.length(); offset++) {
      int[] candidates = positions.getOrDefault(gram(needle, offset), NONE);
      if (best == null || candidates.length < best.length) {
        best = candidates;
        bestOffset = offset;
        if (candidates.length == 0) {
          return false;
        }
      }
    }
    for (int position : best) {
      int start = position - bestOffset;
      if (start >= 0 && text.regionMatches(start, needle, 0, needle.length())) {
        return true;
      }
    }
    return false;
  }

  private static long gram(String s, int at) {
    return (long) s.charAt(at) << 48 | (long) s.charAt(at + 1) << 32 | (long) s.charAt(at + 2) << 16
        | s.charAt(at + 3);
  }
}
