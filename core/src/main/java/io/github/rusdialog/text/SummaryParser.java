package io.github.rusdialog.text;

import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.ModelValidationException;
import io.github.rusdialog.model.StrategicArea;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.text.ClassifiedLine.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.OptionalInt;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places the classified lines of one summary: decides, from where the reading stands (intro,
 * groups, priorities, an area), where each line belongs, or fails at the line with what to change.
 * What a line looks like is {@link LineClassifier}'s decision; this class only places. One
 * instance parses one summary.
 */
final class SummaryParser {
  private static final Pattern DIALOGUE_AND_ORGANISER = Pattern.compile(
      "deltagarna i (\\S+(?: \\S+){0,5}?) (?:har )?lämnat till (\\S+(?: \\S+){0,5}?)(?= den |[.,;:]|$)");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:\\s|$)");
  /** A sentence that says who took part: "deltog", "närvarade", "medverkade", "var på plats". */
  private static final Pattern TOOK_PART = Pattern.compile("\\b(?:deltog|narvarade|medverkade|var pa plats)\\b");
  /** More sentences than this in the intro paragraph is probably text that belongs elsewhere. */
  static final int MAX_INTRO_SENTENCES = 5;

  private enum Part { INTRO, GROUPS, PRIORITIES, AREA }

  private final Places places;
  private final AreaHeadings headings;
  private final LineClassifier classifier;

  private final List<ClassifiedLine> lines = new ArrayList<>();
  private final List<Boolean> blankBefore = new ArrayList<>();
  private final List<String> intro = new ArrayList<>();
  private int introLine;
  private final GroupList groups;
  private final PriorityList priorities;
  private final Map<String, AreaReader> areas = new LinkedHashMap<>();
  /** Line and index of each warning, to sort them by line. */
  private final List<int[]> warnings = new ArrayList<>();
  private final List<SummaryWarning> pendingWarnings = new ArrayList<>();
  private int prioritiesHeadingLine;
  private Part part = Part.INTRO;
  private AreaReader area;

  SummaryParser(Places places, StrategicAreaCatalogue catalogue) {
    this.places = places;
    this.headings = new AreaHeadings(catalogue);
    this.classifier = new LineClassifier(headings);
    this.groups = new GroupList(places);
    this.priorities = new PriorityList(places);
  }

  Summary parse(List<Line> input, StrategicAreaCatalogue catalogue) throws SummaryFormatException {
    int i = 0;
    while (i < input.size() && input.get(i).isBlank()) {
      i++;
    }
    if (i == input.size()) {
      throw error(1, "the summary is empty; it should start with a title line such as"
          + " \"Bolagsdagen 13/3 2024\"");
    }
    Line titleLine = input.get(i);
    TitleLine title = TitleLine.read(titleLine, places);
    boolean blank = false;
    for (i++; i < input.size(); i++) {
      Line line = input.get(i);
      if (line.isBlank()) {
        blank = true;
        continue;
      }
      refuseStructureInsideAParagraph(line);
      lines.add(classifier.classify(line));
      blankBefore.add(blank);
      blank = false;
    }
    for (int at = 0; at < lines.size(); at++) {
      place(at);
    }
    return build(title, titleLine, catalogue);
  }

  /**
   * A Markdown paragraph is one paragraph however many lines it was written on; but a written line
   * inside it that stands as a heading, a label, a bullet or a numbered line ("2. …" cannot start a
   * list after a paragraph, "•" is no list marker in Markdown, a heading needs a blank line or
   * {@code #}) shows that its writer meant a part of its own, which Markdown does not make it.
   * Reading either way would be a guess: it is refused at that line — or at the paragraph's first
   * line, when that too is written as a list line.
   */
  private void refuseStructureInsideAParagraph(Line paragraph) throws SummaryFormatException {
    if (paragraph.lines.equals(paragraph.text)) {
      return;
    }
    String[] written = paragraph.lines.split("\n");
    for (int k = 1; k < written.length; k++) {
      ClassifiedLine line = classifier.classify(new Line(paragraph.number, written[k]));
      boolean listLine = line.is(Kind.NUMBERED) || line.is(Kind.BULLET);
      if (listLine || line.is(Kind.AREA_HEADING) || line.is(Kind.PRIORITIES_HEADING)
          || line.is(Kind.SECTION_LABEL) && line.afterLabel == null) {
        ClassifiedLine first = classifier.classify(new Line(paragraph.number, written[0]));
        boolean writtenAsList = listLine && (first.is(Kind.NUMBERED) || first.is(Kind.BULLET));
        throw places.error(paragraph.number, writtenAsList ? 0 : k, Places.quote(Line.strip(written[writtenAsList ? 0 : k]))
            + (writtenAsList ? " and the lines below it are written as a list, but Markdown reads them as one"
                + " paragraph (\"•\" and \"–\" are no list markers, and a numbered list right after a paragraph"
                + " must start at 1): start each item with \"- \" or \"1. \", or put a blank line between them"
                : " stands on a line of its own, but Markdown reads it as part of the paragraph above, since no"
                + " blank line comes before it: put a blank line before it"));
      }
    }
  }

  private void place(int at) throws SummaryFormatException {
    ClassifiedLine line = lines.get(at);
    if (placeTotal(line)) {
      return;
    }
    switch (line.kind) {
      case PRIORITIES_HEADING:
        if (prioritiesHeadingLine > 0) {
          throw error(line.number(), "a second priorities heading (the first is on "
              + places.ref(prioritiesHeadingLine) + "); put all priorities under one heading");
        }
        prioritiesHeadingLine = line.number();
        part = Part.PRIORITIES;
        return;
      case AREA_HEADING:
        startArea(line.area, line);
        return;
      case SECTION_LABEL:
        if (part != Part.AREA) {
          throw error(line.number(), Places.quote(line.text()) + " before any strategic area heading; put it"
              + " under the heading of the area it belongs to");
        }
        area.startSection(line);
        if (line.afterLabel != null) {
          area.addAfterLabel(line.afterLabel, line.number());
        }
        return;
      case PARTICIPANTS_LABEL:
        if (part != Part.INTRO) {
          throw error(line.number(), Places.quote(line.text()) + " introduces the participating groups,"
              + " which are listed once, right after the intro");
        }
        if (line.afterLabel != null && line.afterLabel.matches("\\d{1,5}")) {
          // "Deltagare: 23": the number of people, not a group.
          groups.addTotal(Integer.parseInt(line.afterLabel), line.number());
          return;
        }
        if (line.afterLabel != null) {
          // "Deltagare: Kommunen, Unga": the label belongs to the intro, the groups follow it.
          addIntro(line.text().substring(0, line.text().length() - line.afterLabel.length()).strip(), line.number());
          groups.add(line.afterLabel, line.number());
        } else {
          addIntro(line.text(), line.number());
        }
        part = Part.GROUPS;
        return;
      case PARTICIPANTS_CUE:
        if (part == Part.INTRO) {
          int cueEnd = Vocabulary.participantsCueEnd(line.text());
          addIntro(line.text().substring(0, cueEnd), line.number());
          // The line as written: a Markdown paragraph's wrapped lines name one group each.
          groups.add(line.line.lines.substring(cueEnd), line.number());
          part = Part.GROUPS;
          return;
        }
        break;
      case UNKNOWN_LABEL:
        throw unknownLabel(line);
      case UNKNOWN_HEADING:
        refuseHeadingLike(line, at);
        throw error(line.number(), Places.quote(line.text()) + " is a heading but not a strategic area of the"
            + " catalogue, nor a label rusdialog knows; known areas: " + headings.titles());
      default:
        break;
    }
    switch (part) {
      case INTRO:
      case GROUPS:
        placeBeforePriorities(line, at);
        return;
      case PRIORITIES:
        placeInPriorities(line, at);
        return;
      default:
        refuseHeadingLike(line, at);
        area.add(line, blankBefore.get(at));
    }
  }

  /**
   * Takes a line that gives the meeting's head count ("Antal deltagare: 23", "23 deltagare") as
   * its total, where the participants are listed; elsewhere it is refused, as is an approximate one.
   */
  private boolean placeTotal(ClassifiedLine line) throws SummaryFormatException {
    if (!line.is(Kind.TEXT) && !line.is(Kind.BULLET) && !line.is(Kind.UNKNOWN_LABEL)) {
      return false;
    }
    String text = line.is(Kind.BULLET) ? line.body : line.text();
    OptionalInt total = HeadCountForms.total(text);
    if (total.isEmpty()) {
      if (HeadCountForms.approximateTotal(text)) {
        throw error(line.number(), Places.quote(line.text()) + " gives an approximate head count: write the"
            + " number of people who took part, e.g. \"Antal deltagare: 23\", or leave it out");
      }
      return false;
    }
    if (part == Part.PRIORITIES || part == Part.AREA) {
      throw error(line.number(), Places.quote(line.text()) + " is the meeting's head count; put it with the"
          + " participants, before the priorities");
    }
    groups.addTotal(total.getAsInt(), line.number());
    return true;
  }

  private void placeBeforePriorities(ClassifiedLine line, int at) throws SummaryFormatException {
    if (line.is(Kind.NUMBERED)) {
      throw error(line.number(), Places.quote(line.text()) + " is numbered, but no priorities heading comes"
          + " before it; if these are the participants' priorities, put a heading such as \"Mest"
          + " prioriterade områden enligt deltagarna\" above them");
    }
    refusePrioritiesLike(line);
    if (line.resembles != null && !line.is(Kind.BULLET) && isHeading(line, at)) {
      throw resemblesArea(line);
    }
    if (part == Part.INTRO) {
      addIntro(line.text(), line.number());
    } else {
      groups.add(line.is(Kind.BULLET) ? line.body : line.line.lines, line.number());
    }
  }

  private void placeInPriorities(ClassifiedLine line, int at) throws SummaryFormatException {
    if (line.is(Kind.NUMBERED)) {
      priorities.add(line.rank, line.body, line.number());
      return;
    }
    // A text line right under a priority continues it (typed or pasted with a hard line break):
    // without a number of its own it cannot be another priority.
    if (line.is(Kind.TEXT) && !blankBefore.get(at) && !priorities.isEmpty()) {
      priorities.continueLast(line.text(), line.number());
      return;
    }
    refuseHeadingLike(line, at);
    throw error(line.number(), Places.quote(line.text()) + " fits nowhere: under the priorities heading"
        + " (" + places.ref(prioritiesHeadingLine) + ") write numbered priorities such as"
        + " \"1) **Title:** description\", or a strategic area heading");
  }

  /**
   * Refuses a line a reader would take for a heading that is not one of the catalogue's: one that
   * nearly names an area, or a short line formatted as a heading or followed by a label or note.
   */
  private void refuseHeadingLike(ClassifiedLine line, int at) throws SummaryFormatException {
    if (line.is(Kind.BULLET)) {
      return;
    }
    refusePrioritiesLike(line);
    if (line.resembles != null && (isHeading(line, at)
        || headings.onlyTitleWords(line.resembles, line.key))) {
      throw resemblesArea(line);
    }
    boolean formattedHeadingAboveALabel = line.headingForm && isHeading(line, at)
        && TextKeys.wordCount(line.key) <= LineClassifier.HEADING_MAX_WORDS;
    if (line.headingLike && (isHeading(line, at) || part == Part.AREA && standsOutAmongSentences(line, at))
        || formattedHeadingAboveALabel) {
      throw error(line.number(), Places.quote(line.text()) + " stands as a heading, but is no strategic"
          + " area of the catalogue; known areas: " + headings.titles() + (part == Part.AREA
              ? "; if it belongs to the area above, write it as a full sentence or a bullet" : "")
          + "; for another region's areas, read with its catalogue (--areas)");
    }
  }

  /**
   * A short paragraph of its own, starting with a capital and without a full stop, right after an
   * item that ends like a sentence: in a list of sentences, a reader takes it for a heading ("Slutord" after "Få investerare."), so filing it
   * as one more item would be a guess.
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

  private void refusePrioritiesLike(ClassifiedLine line) throws SummaryFormatException {
    if ((line.headingForm || line.headingLike && line.key.split(" ").length <= 5)
        && !line.is(Kind.BULLET) && !line.is(Kind.NUMBERED)
        && line.key.contains(Vocabulary.PRIORITY_STEM)) {
      throw error(line.number(), Places.quote(line.text()) + " looks like the heading of the priorities,"
          + " but is not a wording rusdialog knows; write one of " + Vocabulary.KNOWN_PRIORITIES_HEADINGS);
    }
  }

  /** Formatted as a heading, or followed by a label or an area note as a heading would be. */
  private boolean isHeading(ClassifiedLine line, int at) {
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

  private SummaryFormatException resemblesArea(ClassifiedLine line) {
    return error(line.number(), Places.quote(line.text()) + " looks like the strategic area \""
        + line.resembles.title() + "\" but is not its title; write the heading as the catalogue has it");
  }

  private SummaryFormatException unknownLabel(ClassifiedLine line) {
    String label = LineClassifier.unwrap(line.text());
    String meaning = Vocabulary.REFUSED_LABELS.get(line.key);
    if (meaning != null) {
      return error(line.number(), Places.quote(label) + " lists " + meaning + ", which the summary format"
          + " does not record: under a strategic area rusdialog reads " + Vocabulary.KNOWN_SECTION_LABELS
          + "; rename the label to what its items are, or move them");
    }
    if (line.resembles != null) {
      return resemblesArea(line);
    }
    if (line.key.contains(Vocabulary.PRIORITY_STEM)) {
      return error(line.number(), Places.quote(line.text()) + " looks like the heading of the priorities,"
          + " but is not a wording rusdialog knows; write one of " + Vocabulary.KNOWN_PRIORITIES_HEADINGS);
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
    return error(line.number(), Places.quote(label) + " is not a label rusdialog knows; labels known "
        + known);
  }

  private void addIntro(String text, int line) {
    if (intro.isEmpty()) {
      introLine = line;
    }
    intro.add(text);
  }

  private void startArea(StrategicArea strategicArea, ClassifiedLine line) throws SummaryFormatException {
    AreaReader previous = areas.get(strategicArea.id());
    if (previous != null) {
      throw error(line.number(), "the strategic area " + Places.quote(strategicArea.title())
          + " appears twice (also " + places.ref(previous.line) + "); merge the two parts");
    }
    area = new AreaReader(strategicArea, line.number(), places);
    areas.put(strategicArea.id(), area);
    part = Part.AREA;
  }

  private Summary build(TitleLine title, Line titleLine, StrategicAreaCatalogue catalogue)
      throws SummaryFormatException {
    Meeting.Builder meeting = Meeting.builder().title(title.title);
    String joinedIntro = String.join(" ", intro);
    if (title.date != null) {
      meeting.date(title.date);
    } else {
      SummaryDates.Found found = SummaryDates.first(joinedIntro);
      if (found == null) {
        throw error(titleLine.number, "the title line " + Places.quote(titleLine.text) + " has no date, nor"
            + " does the intro; end the title with the meeting's date, e.g. \"Bolagsdagen 13/3 2024\","
            + " \"2024-03-13\" or \"13 mars 2024\"");
      }
      meeting.date(found.date);
      warn(titleLine.number, "the title line has no date; the meeting's date " + found.date
          + " is taken from the intro (" + places.ref(introLine) + ")");
    }
    if (!intro.isEmpty()) {
      meeting.summary(String.join("\n", intro));
      int sentences = 0;
      Matcher end = SENTENCE_END.matcher(joinedIntro);
      while (end.find()) {
        sentences++;
      }
      if (sentences > MAX_INTRO_SENTENCES) {
        warn(introLine, "the intro holds " + sentences + " sentences; is text that belongs under a"
            + " heading (priorities, an area) in the intro?");
      }
    }
    meeting.participants(groups.groups()).attendees(groups.total()).priorities(priorities.priorities());
    int counted = groups.groups().stream().mapToInt(group -> group.attendees().orElse(0)).sum();
    if (groups.total().isPresent() && counted > groups.total().getAsInt()) {
      warn(groups.totalLine(), "the groups' head counts add up to " + counted + ", more than the total of "
          + groups.total().getAsInt() + "; correct the total or the counts");
    }
    if (groups.groups().isEmpty()) {
      refuseParticipantsInASentence();
      warn(titleLine.number, "the meeting has no participants: end the intro with \"I just det här"
          + " mötet deltog företrädare för:\" and list the groups");
    }
    if (priorities.isEmpty()) {
      warn(prioritiesHeadingLine > 0 ? prioritiesHeadingLine : titleLine.number,
          "the meeting has no priorities: list them numbered under \"Mest prioriterade områden"
              + " enligt deltagarna\"");
    }
    if (areas.isEmpty()) {
      warn(titleLine.number, "the meeting has no strategic area input: no heading matches the"
          + " catalogue's areas (" + headings.titles() + ")");
    }
    for (AreaReader reader : areas.values()) {
      meeting.addAreas(reader.build());
    }
    Matcher names = DIALOGUE_AND_ORGANISER.matcher(joinedIntro);
    String dialogueName = null;
    String organiser = null;
    if (names.find()) {
      dialogueName = names.group(1);
      organiser = names.group(2);
    }
    Meeting built;
    try {
      built = meeting.build();
    } catch (ModelValidationException e) {
      throw error(titleLine.number, e.getMessage());
    }
    warnings.sort((a, b) -> Integer.compare(a[0], b[0]));
    List<SummaryWarning> sorted = new ArrayList<>();
    for (int[] warning : warnings) {
      sorted.add(pendingWarnings.get(warning[1]));
    }
    return new Summary(built, dialogueName, organiser, catalogue, sorted);
  }

  /**
   * With no groups listed, an intro sentence that says who took part ("Vid mötet deltog kommunen,
   * näringslivet och unga.") would leave them out of the meeting's participants with only a
   * warning: it is refused at its line, saying how to list them.
   */
  private void refuseParticipantsInASentence() throws SummaryFormatException {
    for (ClassifiedLine line : lines) {
      if (line.number() >= prioritiesHeadingLine && prioritiesHeadingLine > 0) {
        return;
      }
      if (line.is(Kind.TEXT) && TOOK_PART.matcher(TextKeys.foldInPlace(line.text())).find()) {
        throw error(line.number(), Places.quote(line.text()) + " says who took part, but no groups are"
            + " listed: end the sentence with \"deltog företrädare för:\" and put each group on a line of its"
            + " own, or list them after \"Deltagare:\"");
      }
      if (line.is(Kind.AREA_HEADING)) {
        return;
      }
    }
  }

  private void warn(int line, String message) {
    warnings.add(new int[] {line, pendingWarnings.size()});
    pendingWarnings.add(places.warning(line, message));
  }

  private SummaryFormatException error(int line, String message) {
    return places.error(line, message);
  }


}
