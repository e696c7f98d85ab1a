package io.github.rusdialog.text;

import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.ModelValidationException;
import io.github.rusdialog.model.StrategicArea;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.text.ClassifiedLine.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places the classified lines of one summary: decides, from where the reading stands (intro,
 * groups, priorities, an area), where each line belongs, or fails at the line with what to change.
 * What a line looks like is {@link LineClassifier}'s decision, what the intro says is {@link
 * IntroReader}'s, what a heading may be is {@link HeadingRules}'; this class only places. One
 * instance parses one summary.
 */
final class SummaryParser {
  /** More lines of running text than this after an undated title line cannot be a summary's intro. */
  static final int MAX_UNDATED_INTRO_LINES = 50;
  /** An e-mail header, folded: English and Swedish Outlook's names. */
  private static final Pattern MAIL_HEADER = Pattern.compile("(from|fran|to|till|cc|kopia|subject|amne|sent"
      + "|skickat|date|datum|reply-to):[ \t]");
  private final Places places;
  private final AreaHeadings headings;
  private final LineClassifier classifier;

  private final List<ClassifiedLine> lines = new ArrayList<>();
  private final List<Boolean> blankBefore = new ArrayList<>();
  private final SummaryWarnings warnings;
  private final IntroReader intro;
  private final HeadingRules headingRules;
  private final PriorityList priorities;
  private final Map<String, AreaReader> areas = new LinkedHashMap<>();
  private int prioritiesHeadingLine;
  private Part part = Part.INTRO;
  private AreaReader area;

  SummaryParser(Places places, StrategicAreaCatalogue catalogue) {
    this.places = places;
    this.headings = new AreaHeadings(catalogue);
    this.classifier = new LineClassifier(headings);
    this.warnings = new SummaryWarnings(places);
    this.intro = new IntroReader(places, warnings);
    this.headingRules = new HeadingRules(places, headings, lines, blankBefore);
    this.priorities = new PriorityList(places);
  }

  Summary parse(List<Line> input, StrategicAreaCatalogue catalogue) throws SummaryFormatException {
    int i = 0;
    while (i < input.size() && input.get(i).isBlank()) {
      i++;
    }
    if (i == input.size()) {
      throw places.error(1, "the summary is empty; it should start with a title line such as"
          + " \"Bolagsdagen 13/3 2024\"");
    }
    Line titleLine = input.get(i);
    refuseEmail(input, i, places);
    TitleLine title = TitleLine.read(titleLine, places);
    if (title.date == null) {
      refuseUndatedBeyondTheIntro(input, i + 1, titleLine);
    }
    if (title.range != null) {
      warnings.warn(titleLine.number, "the meeting is dated \"" + title.range + "\", more than one day; its date is"
          + " the first day, " + title.date + ": if it is another, write that day alone");
    }
    boolean blank = false;
    for (i++; i < input.size(); i++) {
      Line line = input.get(i);
      if (line.isBlank()) {
        blank = true;
        continue;
      }
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
   * An e-mail saved as text starts with its headers ("From:", "To:", "Subject:"; in Swedish Outlook
   * "Från:", "Till:", "Ämne:"): it is named as what it is, never read as a meeting titled "From: …".
   */
  static void refuseEmail(List<Line> input, int first, Places places) throws SummaryFormatException {
    boolean from = false;
    boolean toOrSubject = false;
    int seen = 0;
    for (int k = first; k < input.size() && seen < 8; k++) {
      if (input.get(k).isBlank()) {
        continue;
      }
      seen++;
      Matcher header = MAIL_HEADER.matcher(TextKeys.foldInPlace(input.get(k).text));
      if (header.lookingAt()) {
        from |= header.group(1).equals("from") || header.group(1).equals("fran");
        toOrSubject |= !header.group(1).equals("from") && !header.group(1).equals("fran");
      }
    }
    if (from && toOrSubject) {
      throw places.error(input.get(first).number, "this is an e-mail saved as text (it starts with its headers,"
          + " From:, To:, Subject:), not a meeting summary: copy the summary from the e-mail's body into a file of"
          + " its own, starting with its title line, e.g. \"Bolagsdagen 13/3 2024\"");
    }
  }

  /**
   * A title line without a date leaves the date to the intro, a short paragraph before the groups:
   * when the first {@value #MAX_UNDATED_INTRO_LINES} lines after the title hold no date and no part
   * of a summary, this is no summary, and it is refused at once rather than after reading all of it
   * (a large file of another kind, read as a summary by mistake).
   */
  private void refuseUndatedBeyondTheIntro(List<Line> input, int from, Line titleLine) throws SummaryFormatException {
    int seen = 0;
    for (int k = from; k < input.size() && seen < MAX_UNDATED_INTRO_LINES; k++) {
      Line line = input.get(k);
      if (line.isBlank()) {
        continue;
      }
      seen++;
      if (SummaryDates.first(line.text) != null || !classifier.classify(line).is(Kind.TEXT)) {
        return;
      }
    }
    if (seen == MAX_UNDATED_INTRO_LINES) {
      throw places.error(titleLine.number, "the title line " + Places.quote(titleLine.text) + " has no date, nor do"
          + " the " + MAX_UNDATED_INTRO_LINES + " lines after it, and none of them starts a part of a summary: this"
          + " does not look like a meeting summary. If it is one, end the title with the meeting's date, e.g."
          + " \"Bolagsdagen 13/3 2024\"");
    }
  }

  private void place(int at) throws SummaryFormatException {
    ClassifiedLine line = lines.get(at);
    if (line.is(Kind.TEXT) && Vocabulary.signsOff(line.text())) {
      throw places.error(line.number(), Places.quote(line.text()) + " closes a letter or an e-mail and is no part"
          + " of a summary: remove it and the lines after it that are not the summary's");
    }
    if (intro.placeTotal(line, part)) {
      return;
    }
    switch (line.kind) {
      case PRIORITIES_HEADING:
        if (prioritiesHeadingLine > 0) {
          throw places.error(line.number(), "a second priorities heading (the first is on "
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
          throw places.error(line.number(), Places.quote(line.text()) + " before any strategic area heading;"
              + " put it under the heading of the area it belongs to");
        }
        area.startSection(line);
        if (line.afterLabel != null) {
          area.addAfterLabel(line.afterLabel, line.number(), line.line.literal);
        }
        return;
      case PARTICIPANTS_LABEL:
        if (intro.participantsLabel(line, part)) {
          part = Part.GROUPS;
        }
        return;
      case PARTICIPANTS_CUE:
        if (part == Part.INTRO) {
          intro.cue(line);
          part = Part.GROUPS;
          return;
        }
        break;
      case UNKNOWN_LABEL:
        throw headingRules.unknownLabel(line, part);
      case UNKNOWN_HEADING:
        throw headingRules.unknownHeading(line, at, part);
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
        headingRules.refuseHeadingLike(line, at, part);
        area.add(line, blankBefore.get(at));
    }
  }

  private void placeBeforePriorities(ClassifiedLine line, int at) throws SummaryFormatException {
    if (line.is(Kind.NUMBERED)) {
      throw places.error(line.number(), Places.quote(line.text()) + " is numbered, but no priorities heading"
          + " comes before it; if these are the participants' priorities, put a heading such as \"Mest"
          + " prioriterade områden enligt deltagarna\" above them");
    }
    headingRules.refusePrioritiesLike(line);
    headingRules.refuseResemblingHeading(line, at);
    intro.place(line, part);
  }

  private void placeInPriorities(ClassifiedLine line, int at) throws SummaryFormatException {
    if (line.is(Kind.NUMBERED)) {
      priorities.add(line.rank, line.body, line.line.literal ? line.line.boldPrefix : -1, line.number());
      return;
    }
    // A text line right under a priority continues it (typed or pasted with a hard line break):
    // without a number of its own it cannot be another priority.
    if (line.is(Kind.TEXT) && !blankBefore.get(at) && !priorities.isEmpty()) {
      priorities.continueLast(line.text(), line.number());
      return;
    }
    headingRules.refuseHeadingLike(line, at, part);
    throw places.error(line.number(), Places.quote(line.text()) + " fits nowhere: under the priorities heading"
        + " (" + places.ref(prioritiesHeadingLine) + ") write numbered priorities such as"
        + " \"1) **Title:** description\", or a strategic area heading");
  }

  private void startArea(StrategicArea strategicArea, ClassifiedLine line) throws SummaryFormatException {
    AreaReader previous = areas.get(strategicArea.id());
    if (previous != null) {
      throw places.error(line.number(), "the strategic area " + Places.quote(strategicArea.title())
          + " appears twice (also " + places.ref(previous.line) + "); merge the two parts");
    }
    area = new AreaReader(strategicArea, line.number(), places);
    areas.put(strategicArea.id(), area);
    part = Part.AREA;
  }

  private Summary build(TitleLine title, Line titleLine, StrategicAreaCatalogue catalogue)
      throws SummaryFormatException {
    Meeting.Builder meeting = Meeting.builder().title(title.title);
    intro.finish(meeting, title, titleLine, lines, prioritiesHeadingLine);
    meeting.priorities(priorities.priorities());
    if (priorities.isEmpty()) {
      warnings.warn(prioritiesHeadingLine > 0 ? prioritiesHeadingLine : titleLine.number,
          "the meeting has no priorities: list them numbered under \"Mest prioriterade områden"
              + " enligt deltagarna\"");
    }
    if (areas.isEmpty()) {
      warnings.warn(titleLine.number, "the meeting has no strategic area input: no heading matches the"
          + " catalogue's areas (" + headings.titles() + ")");
    }
    for (AreaReader reader : areas.values()) {
      meeting.addAreas(reader.build());
    }
    Meeting built;
    try {
      built = meeting.build();
    } catch (ModelValidationException e) {
      throw places.error(titleLine.number, e.getMessage());
    }
    return new Summary(built, intro.dialogueName(), intro.organiser(), catalogue, warnings.inLineOrder());
  }
}
