package io.github.rusdialog.text;

import io.github.rusdialog.model.ModelValidationException;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.Stated;
import java.util.ArrayList;
import java.util.List;

/**
 * The ranked priorities of one summary: numbered lines ({@code 1) **Title:** description}) and
 * the indented lines that continue them. Numbering must run 1, 2, 3 … without gaps.
 */
final class PriorityList {
  private final Places places;
  private final List<PriorityArea> priorities = new ArrayList<>();
  private final List<Integer> lines = new ArrayList<>();

  PriorityList(Places places) {
    this.places = places;
  }

  boolean isEmpty() {
    return priorities.isEmpty();
  }

  /** Adds the priority on a numbered line; {@code rest} is the text after the number. */
  void add(int number, String rest, int line) throws SummaryFormatException {
    int expected = priorities.size() + 1;
    if (number < expected && number >= 1) {
      throw error(line, "priority " + number + " is numbered twice (also "
          + places.ref(lines.get(number - 1)) + "); number the priorities 1, 2, 3 …");
    }
    if (number != expected) {
      throw error(line, "priority " + number + (expected == 1 ? " comes first"
          : " follows priority " + (expected - 1)) + "; number the priorities 1, 2, 3 … without gaps");
    }
    String title;
    String description;
    if (rest.startsWith("**") || rest.startsWith("__")) {
      String marker = rest.substring(0, 2);
      int close = rest.indexOf(marker, 2);
      if (close < 0) {
        throw error(line, "the priority's title opens with " + marker + " but never closes it");
      }
      title = rest.substring(2, close);
      description = rest.substring(close + 2);
    } else {
      int colon = rest.indexOf(':');
      title = colon < 0 ? rest : rest.substring(0, colon);
      description = colon < 0 ? "" : rest.substring(colon);
    }
    title = Line.strip(title.replaceAll(":\\s*$", ""));
    description = Line.strip(description.replaceFirst("^\\s*:", ""));
    if (title.isEmpty()) {
      throw error(line, "priority " + number + " has no title");
    }
    PriorityArea.Builder priority = PriorityArea.builder().rank(number).title(title);
    if (!description.isEmpty()) {
      priority.description(description);
    }
    boolean implied = Vocabulary.saysImplied(title) || Vocabulary.saysImplied(description);
    priority.stated(implied ? Stated.IMPLIED : Stated.EXPLICIT);
    priorities.add(build(priority, line));
    lines.add(line);
  }

  /** An indented line right under a priority continues its description, line break kept. */
  void continueLast(String text, int line) throws SummaryFormatException {
    int last = priorities.size() - 1;
    PriorityArea previous = priorities.get(last);
    String description = previous.description().map(d -> d + "\n" + text).orElse(text);
    PriorityArea.Builder priority = PriorityArea.builder().from(previous).description(description);
    boolean implied = Vocabulary.saysImplied(description) || previous.stated() == Stated.IMPLIED;
    priority.stated(implied ? Stated.IMPLIED : Stated.EXPLICIT);
    priorities.set(last, build(priority, line));
  }

  List<PriorityArea> priorities() {
    return priorities;
  }

  private PriorityArea build(PriorityArea.Builder priority, int line) throws SummaryFormatException {
    try {
      return priority.build();
    } catch (ModelValidationException e) {
      throw error(line, e.getMessage());
    }
  }

  private SummaryFormatException error(int line, String message) {
    return places.error(line, message);
  }
}
