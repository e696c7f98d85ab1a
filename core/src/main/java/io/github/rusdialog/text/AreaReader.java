package io.github.rusdialog.text;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Challenge;
import io.github.rusdialog.model.Coverage;
import io.github.rusdialog.model.Insight;
import io.github.rusdialog.model.ModelValidationException;
import io.github.rusdialog.model.Opportunity;
import io.github.rusdialog.model.StrategicArea;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What one strategic area's part of a summary says: an optional note first, then section labels
 * and the items under each. Items are kept open until the area is complete, because a text line
 * right under an item continues it.
 */
final class AreaReader {
  final StrategicArea area;
  final int line;
  private final Places places;
  private Coverage coverage = Coverage.DIRECT;
  private String note;
  private Section section = Section.NONE;
  /** The label of the section being read, as written without its colon ("Möjligheter"), or null. */
  private String sectionLabel;
  private final Map<Section, Integer> sectionLines = new EnumMap<>(Section.class);
  private boolean hasContent;
  private final List<PendingItem> items = new ArrayList<>();
  private PendingItem lastItem;

  /** An item being read and the section it is filed under. */
  private static final class PendingItem {
    final Section section;
    final int line;
    /** The indentation of the item's marker, to tell a sub-point written under it. */
    final int indent;
    /** Whether the input form has read the item's markup (Markdown). */
    final boolean literal;
    final StringBuilder text;
    /** The text of the item's last line, to tell whether the line below may start a new item. */
    String lastLine;

    PendingItem(Section section, int line, int indent, boolean literal, String text) {
      this.section = section;
      this.line = line;
      this.indent = indent;
      this.literal = literal;
      this.text = new StringBuilder(text);
      this.lastLine = text;
    }

    void append(String separator, String more) {
      text.append(separator).append(more);
      lastLine = more;
    }
  }

  AreaReader(StrategicArea area, int line, Places places) {
    this.area = area;
    this.line = line;
    this.places = places;
  }

  /**
   * Whether this line, at the start of the area, is its note: a sentence about the area ending in
   * ":" ("… relaterade insikter kan inkludera:") or saying it was not discussed or not directly.
   */
  static boolean isNote(ClassifiedLine line) {
    String text = line.text();
    return line.is(ClassifiedLine.Kind.TEXT) && (text.endsWith(":")
        || Vocabulary.saysNotDiscussed(text) || Vocabulary.saysIndirect(text));
  }

  void startSection(ClassifiedLine label) throws SummaryFormatException {
    requireDiscussed(label);
    Integer first = sectionLines.putIfAbsent(label.section, label.number());
    if (first != null) {
      throw places.error(label.number(), "a second \"" + label.text() + "\" under \""
          + area.title() + "\" (" + places.ref(line) + "; the first is on " + places.ref(first) + "): if a strategic"
          + " area's heading is missing above it, write the heading as the catalogue has it;"
          + " otherwise put the items in one list");
    }
    section = label.section;
    String written = label.line.literal ? label.text() : LineClassifier.unwrap(label.text());
    String name = label.afterLabel == null ? written : written.substring(0, written.length() - label.afterLabel.length());
    sectionLabel = Line.strip(name).replaceFirst("[\\s:]+$", "");
    hasContent = true;
    lastItem = null;
  }

  /**
   * Files a line that is text, a bullet or a numbered line: note, continuation or item. A text line
   * right under an item, with no blank line between, continues it (typed or pasted with a hard
   * line break), line break kept; where it could as well be an item of its own — the item above
   * ends a sentence and this line does not start in lower case — reading fails rather than guess.
   */
  void add(ClassifiedLine line, boolean blankBefore) throws SummaryFormatException {
    if (line.is(ClassifiedLine.Kind.TEXT) && !blankBefore && lastItem != null) {
      if (!line.line.indented && LineClassifier.endsSentence(lastItem.lastLine) && startsSentence(line.text())) {
        throw places.error(line.number(), Places.quote(line.text()) + " follows the item above ("
            + places.ref(lastItem.line) + ") without a blank line: if it continues that item, indent it;"
            + " if it is an item of its own, put a blank line before it or a bullet (\"- \") before each item");
      }
      lastItem.append("\n", line.text());
      return;
    }
    if (!hasContent && section == Section.NONE && isNote(line)) {
      note = line.text();
      coverage = Vocabulary.saysNotDiscussed(note) ? Coverage.NOT_DISCUSSED
          : Vocabulary.saysIndirect(note) ? Coverage.INDIRECT : Coverage.DIRECT;
      hasContent = true;
      return;
    }
    requireDiscussed(line);
    hasContent = true;
    boolean listLine = line.is(ClassifiedLine.Kind.BULLET) || line.is(ClassifiedLine.Kind.NUMBERED);
    if (listLine && lastItem != null && line.line.indent > lastItem.indent) {
      // A bullet indented under an item is a sub-point of it: kept in the item's text as written, marker
      // and all, on a line of its own — never an item of its own, never lost.
      lastItem.append("\n", line.text());
      return;
    }
    // A bullet's or a list number's marker is not part of the item ("1. Fler bussar" under a label).
    String text = line.is(ClassifiedLine.Kind.BULLET) || line.is(ClassifiedLine.Kind.NUMBERED) ? line.body
        : line.text();
    addItem(text, line.number(), line.line.indent, line.line.literal);
  }

  /** Files the text written after a label on its own line ("Möjligheter: Digitala verktyg …"). */
  void addAfterLabel(String text, int number, boolean literal) throws SummaryFormatException {
    addItem(text, number, 0, literal);
  }

  private void addItem(String text, int number, int indent, boolean literal) {
    if (Vocabulary.saysNoItems(text)) {
      // "Möjligheter: Inga synpunkter": no input for the region to answer, but what the summary says,
      // so it is kept with the area's note, under the label it stood under.
      String said = (sectionLabel == null ? "" : sectionLabel + ": ") + text;
      note = note == null ? said : note + "\n" + said;
      lastItem = null;
      return;
    }
    lastItem = new PendingItem(section, number, indent, literal, text);
    items.add(lastItem);
  }

  private static boolean startsSentence(String text) {
    return !text.isEmpty() && !Character.isLowerCase(text.codePointAt(0));
  }

  private void requireDiscussed(ClassifiedLine line) throws SummaryFormatException {
    if (coverage == Coverage.NOT_DISCUSSED) {
      throw places.error(line.number(), Places.quote(line.text()) + " is under "
          + Places.quote(area.title()) + " (" + places.ref(this.line) + "), whose note says it was not discussed;"
          + " remove the note or the text");
    }
  }

  AreaInput build() throws SummaryFormatException {
    AreaInput.Builder input = AreaInput.builder().area(area.id()).coverage(coverage);
    if (note != null) {
      input.note(note);
    }
    for (PendingItem item : items) {
      String text = item.text.toString();
      ReadingInvariants.requireText(text, "the item", item.literal, item.line, places);
      switch (item.section) {
        case OPPORTUNITIES:
          input.addOpportunities(build(() -> Opportunity.of(text), item.line));
          break;
        case CHALLENGES:
          input.addChallenges(build(() -> Challenge.of(text), item.line));
          break;
        default:
          input.addInsights(build(() -> Insight.of(text), item.line));
      }
    }
    return build(input::build, line);
  }

  private <T> T build(Supplier<T> builder, int at) throws SummaryFormatException {
    try {
      return builder.get();
    } catch (ModelValidationException e) {
      throw places.error(at, e.getMessage());
    }
  }
}
