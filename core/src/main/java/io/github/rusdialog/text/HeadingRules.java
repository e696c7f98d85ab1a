package io.github.rusdialog.text;

import io.github.rusdialog.internal.read.TextForms;
import io.github.rusdialog.text.ClassifiedLine.Kind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a heading may be, and the messages that refuse one: a line a reader takes for a heading
 * must be the priorities heading or a strategic area of the catalogue, or reading fails at it
 * saying which headings exist. Each message is written once, here.
 */
final class HeadingRules {
  private static final Pattern SENTENCE_END = Pattern.compile(TextForms.SENTENCE_BREAK);

  private final Places places;
  private final AreaHeadings headings;
  private final List<ClassifiedLine> lines;
  private final List<Boolean> blankBefore;

  /** The rules over one summary's classified lines and whether a blank line stands before each. */
  HeadingRules(Places places, AreaHeadings headings, List<ClassifiedLine> lines, List<Boolean> blankBefore) {
    this.places = places;
    this.headings = headings;
    this.lines = lines;
    this.blankBefore = blankBefore;
  }

  /**
   * Refuses a line a reader would take for a heading that is not one of the catalogue's: one that
   * nearly names an area, or a short line formatted as a heading or followed by a label or note.
   */
  void refuseHeadingLike(ClassifiedLine line, int at, Part part) throws SummaryFormatException {
    if (line.is(Kind.BULLET)) {
      return;
    }
    refusePrioritiesLike(line);
    if (line.resembles != null && (isHeading(line, at) || headings.onlyTitleWords(line.resembles, line.key))) {
      throw resemblesArea(line);
    }
    boolean formattedHeadingAboveALabel = line.headingForm && isHeading(line, at)
        && TextKeys.wordCount(line.key) <= LineClassifier.HEADING_MAX_WORDS;
    if (line.headingLike && (isHeading(line, at) || part == Part.AREA && standsOutAmongSentences(line, at))
        || formattedHeadingAboveALabel) {
      throw places.error(line.number(), Places.quote(line.text()) + " stands as a heading, but is no strategic"
          + " area of the catalogue; known areas: " + headings.titles() + (part == Part.AREA
              ? "; if it belongs to the area above, write it as a full sentence or a bullet" : "")
          + "; for another region's areas, read with its catalogue (--areas)");
    }
  }

  /** Refuses a heading-like line with "priorit…" in it that is no wording of the priorities heading. */
  void refusePrioritiesLike(ClassifiedLine line) throws SummaryFormatException {
    if ((line.headingForm || line.headingLike && line.key.split(" ").length <= 5)
        && !line.is(Kind.BULLET) && !line.is(Kind.NUMBERED) && line.key.contains(Vocabulary.PRIORITY_STEM)) {
      throw unknownPrioritiesHeading(line);
    }
  }

  /** Refuses a line that nearly names an area where a heading is read. */
  void refuseResemblingHeading(ClassifiedLine line, int at) throws SummaryFormatException {
    if (line.resembles != null && !line.is(Kind.BULLET) && isHeading(line, at)) {
      throw resemblesArea(line);
    }
  }

  /** A {@code #} heading that names no area and no label. */
  SummaryFormatException unknownHeading(ClassifiedLine line, int at, Part part) throws SummaryFormatException {
    refuseHeadingLike(line, at, part);
    return places.error(line.number(), Places.quote(line.text()) + " is a heading but not a strategic area of the"
        + " catalogue, nor a label rusdialog knows; known areas: " + headings.titles());
  }

  /** A label that is none of those known where it stands. */
  SummaryFormatException unknownLabel(ClassifiedLine line, Part part) {
    String label = line.line.literal ? line.text() : LineClassifier.unwrap(line.text());
    String meaning = Vocabulary.REFUSED_LABELS.get(line.key);
    if (meaning != null) {
      return places.error(line.number(), Places.quote(label) + " lists " + meaning + ", which the summary format"
          + " does not record: under a strategic area rusdialog reads " + Vocabulary.KNOWN_SECTION_LABELS
          + "; rename the label to what its items are, or move them");
    }
    if (line.resembles != null) {
      return resemblesArea(line);
    }
    if (line.key.contains(Vocabulary.PRIORITY_STEM)) {
      return unknownPrioritiesHeading(line);
    }
    String known;
    switch (part) {
      case INTRO:
        known = "before the groups: " + Vocabulary.KNOWN_PARTICIPANT_LABELS + "; then the priorities"
            + " heading, e.g. " + Vocabulary.KNOWN_PRIORITIES_HEADINGS;
        break;
      case AREA:
        known = "under a strategic area: " + Vocabulary.KNOWN_SECTION_LABELS;
        break;
      default:
        known = "here: the priorities heading (" + Vocabulary.KNOWN_PRIORITIES_HEADINGS
            + ") and strategic area headings (" + headings.titles() + ")";
    }
    return places.error(line.number(), Places.quote(label) + " is not a label rusdialog knows; labels known "
        + known);
  }

  /** Formatted as a heading, or followed by a label or an area note as a heading would be. */
  boolean isHeading(ClassifiedLine line, int at) {
    if (line.headingForm) {
      return true;
    }
    if (at + 1 >= lines.size()) {
      return false;
    }
    ClassifiedLine next = lines.get(at + 1);
    return next.isLabel() || AreaReader.isNote(next) && !next.text().equals(line.text())
        && (Vocabulary.saysNotDiscussed(next.text()) || Vocabulary.saysIndirect(next.text()));
  }

  /**
   * A short paragraph of its own, starting with a capital and without a full stop, right after an
   * item that ends like a sentence: in a list of sentences, a reader takes it for a heading
   * ("Slutord" after "Få investerare."), so filing it as one more item would be a guess.
   */
  private boolean standsOutAmongSentences(ClassifiedLine line, int at) {
    boolean ownParagraph = blankBefore.get(at) && (at + 1 == lines.size() || blankBefore.get(at + 1));
    if (!line.is(Kind.TEXT) || line.line.indented || at == 0 || !ownParagraph
        || !Character.isUpperCase(line.text().codePointAt(0))) {
      return false;
    }
    ClassifiedLine previous = lines.get(at - 1);
    boolean previousIsItem = previous.is(Kind.TEXT) || previous.is(Kind.BULLET);
    return previousIsItem && !AreaReader.isNote(previous) && SENTENCE_END.matcher(previous.text()).find()
        && Vocabulary.SENTENCE_ENDS.stream().anyMatch(previous.text()::endsWith);
  }

  private SummaryFormatException resemblesArea(ClassifiedLine line) {
    return places.error(line.number(), Places.quote(line.text()) + " looks like the strategic area \""
        + line.resembles.title() + "\" but is not its title; write the heading as the catalogue has it");
  }

  private SummaryFormatException unknownPrioritiesHeading(ClassifiedLine line) {
    return places.error(line.number(), Places.quote(line.text()) + " looks like the heading of the priorities,"
        + " but is not a wording rusdialog knows; write one of " + Vocabulary.KNOWN_PRIORITIES_HEADINGS);
  }
}
