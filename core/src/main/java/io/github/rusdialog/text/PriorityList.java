package io.github.rusdialog.text;

import io.github.rusdialog.internal.read.TextForms;
import io.github.rusdialog.model.ModelValidationException;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.Stated;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ranked priorities of one summary: numbered lines ({@code 1) **Title:** description}) and
 * the text lines right under them that continue them. Numbering must run 1, 2, 3 … without gaps.
 */
final class PriorityList {
  /** A dash with space on both sides: "Boende – fler hyresrätter", "Boende - fler hyresrätter". */
  private static final Pattern SPACED_DASH = Pattern.compile("\\s" + TextForms.DASH + "\\s");
  /** What separates the title from the description: a colon or a spaced dash. */
  private static final Pattern LEADING_SEPARATOR = Pattern.compile("^\\s*(?::|" + TextForms.DASH + "\\s)");
  private final Places places;
  private final List<PriorityArea> priorities = new ArrayList<>();
  private final List<Integer> lines = new ArrayList<>();

  PriorityList(Places places) {
    this.places = places;
  }

  boolean isEmpty() {
    return priorities.isEmpty();
  }

  /**
   * Adds the priority on a numbered line; {@code rest} is the text after the number. {@code
   * boldTitle} is how many characters at its start are bold when the input form has read its
   * markup (Markdown): then a "**" in the text is text; -1 when the text marks bold itself.
   */
  void add(int number, String rest, int boldTitle, int line) throws SummaryFormatException {
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
    if (boldTitle > 0 && boldTitle < rest.length()) {
      title = rest.substring(0, boldTitle);
      description = rest.substring(boldTitle);
    } else if (boldTitle < 0 && (rest.startsWith("**") || rest.startsWith("__"))) {
      String marker = rest.substring(0, 2);
      int close = rest.indexOf(marker, 2);
      if (close < 0) {
        throw error(line, "the priority's title opens with " + marker + " but never closes it");
      }
      title = rest.substring(2, close);
      description = rest.substring(close + 2);
    } else {
      // "Title: description", or "Title – description" with a spaced dash where the template has a colon.
      int colon = rest.indexOf(':');
      Matcher dash = SPACED_DASH.matcher(rest);
      int split = colon;
      if (dash.find() && (colon < 0 || dash.start() < colon)) {
        split = dash.start();
      }
      title = split < 0 ? rest : rest.substring(0, split);
      description = split < 0 ? "" : rest.substring(split);
    }
    title = Line.strip(title.replaceAll(":\\s*$", ""));
    description = Line.strip(LEADING_SEPARATOR.matcher(description).replaceFirst(""));
    if (title.isEmpty()) {
      throw error(line, "priority " + number + " has no title");
    }
    ReadingInvariants.requireText(title, "the priority's title", boldTitle >= 0, line, places);
    ReadingInvariants.requireText(description, "the priority's description", boldTitle >= 0, line, places);
    PriorityArea.Builder priority = PriorityArea.builder().rank(number).title(title);
    if (!description.isEmpty()) {
      priority.description(description);
    }
    boolean implied = Vocabulary.saysImplied(title) || Vocabulary.saysImplied(description);
    priority.stated(implied ? Stated.IMPLIED : Stated.EXPLICIT);
    priorities.add(build(priority, line));
    lines.add(line);
  }

  /**
   * A text line right under a priority, typed or pasted with a hard line break, continues its
   * description, line break kept.
   */
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
