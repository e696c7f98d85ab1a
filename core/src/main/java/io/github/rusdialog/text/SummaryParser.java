package io.github.rusdialog.text;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Challenge;
import io.github.rusdialog.model.Coverage;
import io.github.rusdialog.model.Insight;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.ModelValidationException;
import io.github.rusdialog.model.Opportunity;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.Stated;
import io.github.rusdialog.model.StrategicArea;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The state machine that turns the lines of one summary into a {@link Summary}. Every non-blank
 * line is consumed as the title, intro text, a group, a heading, a label, a note, a priority or an
 * item; a line that fits nowhere is an error. One instance parses one summary.
 */
final class SummaryParser {
  private static final int MAX_TITLE_LINE = 500;
  private static final Pattern BULLET = Pattern.compile("^[-•*–]\\s+(.*)$", Pattern.DOTALL);
  private static final Pattern PRIORITY =
      Pattern.compile("^(?:[-•*–]\\s+)?(\\d{1,4})[.)]\\s+(.*)$", Pattern.DOTALL);
  private static final Pattern PARTICIPANTS_CUE =
      Pattern.compile("deltog (?:företrädare|representanter) för\\s*:", Pattern.CASE_INSENSITIVE);
  private static final Pattern DIALOGUE_AND_ORGANISER = Pattern.compile(
      "deltagarna i (\\S+(?: \\S+){0,5}?) (?:har )?lämnat till (\\S+(?: \\S+){0,5}?)(?= den |[.,;:]|$)");
  private static final Pattern NOT_DISCUSSED = Pattern.compile(
      "diskuterades inte|inte diskuterat|togs inte upp|berördes inte|not discussed",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern INDIRECT = Pattern.compile(
      "inte direkt|indirekt|not directly|not mentioned directly",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern IMPLIED = Pattern.compile(
      "underförstådd|inte direkt", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final String PRIORITIES_HEADING = "mest prioriterade områden enligt deltagarna";

  private enum Part { INTRO, GROUPS, PRIORITIES, AREA }

  private enum Section { NONE, OPPORTUNITIES, CHALLENGES }

  /** What has been read of one strategic area. */
  private static final class AreaState {
    final StrategicArea area;
    final int line;
    final AreaInput.Builder input;
    Coverage coverage = Coverage.DIRECT;
    Section section = Section.NONE;
    boolean hasContent;
    final List<PendingItem> items = new ArrayList<>();
    PendingItem lastItem;

    AreaState(StrategicArea area, int line) {
      this.area = area;
      this.line = line;
      this.input = AreaInput.builder().area(area.id());
    }
  }

  /**
   * An item being read: its lines are kept apart until the area is complete, because indented
   * lines that follow a bullet continue it.
   */
  private static final class PendingItem {
    final Section section;
    final int line;
    final List<String> lines = new ArrayList<>();

    PendingItem(Section section, int line, String text) {
      this.section = section;
      this.line = line;
      lines.add(text);
    }
  }

  private final String source;
  private final StrategicAreaCatalogue catalogue;

  private final List<String> intro = new ArrayList<>();
  private final List<StakeholderGroup> groups = new ArrayList<>();
  private final Map<String, Integer> groupLines = new HashMap<>();
  private final List<PriorityArea> priorities = new ArrayList<>();
  private final List<Integer> priorityLines = new ArrayList<>();
  private final Map<String, AreaState> areas = new LinkedHashMap<>();
  private int prioritiesHeadingLine;
  private Part part = Part.INTRO;
  private AreaState area;
  private boolean previousBlank = true;

  SummaryParser(String source, StrategicAreaCatalogue catalogue) {
    this.source = source;
    this.catalogue = catalogue;
  }

  Summary parse(List<Line> lines) throws SummaryFormatException {
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    if (i == lines.size()) {
      throw error(1, "the summary is empty; it should start with a title line such as"
          + " \"Bolagsdagen 13/3 2024\"");
    }
    Line titleLine = lines.get(i);
    Meeting.Builder meeting = Meeting.builder();
    readTitle(titleLine, meeting);
    for (i++; i < lines.size(); i++) {
      Line line = lines.get(i);
      if (line.isBlank()) {
        previousBlank = true;
        continue;
      }
      read(line);
      previousBlank = false;
    }
    return build(meeting, titleLine);
  }

  private void readTitle(Line line, Meeting.Builder meeting) throws SummaryFormatException {
    String text = unwrapHeading(line.text);
    if (text.length() > MAX_TITLE_LINE) {
      throw error(line.number, "the first line is not a title line (it is " + text.length()
          + " characters long); start the summary with the title and date, e.g. \"Bolagsdagen 13/3 2024\"");
    }
    SummaryDates.Found date;
    try {
      date = SummaryDates.atEnd(text);
    } catch (IllegalArgumentException e) {
      throw error(line.number, e.getMessage());
    }
    if (date == null) {
      throw error(line.number, "the title line " + quote(line.text) + " has no date; end it with the"
          + " meeting's date, e.g. \"Bolagsdagen 13/3 2024\", \"2024-03-13\" or \"13 mars 2024\"");
    }
    String title = text.substring(0, date.start).replaceAll("[\\s\\p{Z},:–-]+$", "");
    if (title.isBlank()) {
      throw error(line.number, "the title line " + quote(line.text) + " has a date but no title;"
          + " write the meeting's name before the date, e.g. \"Bolagsdagen 13/3 2024\"");
    }
    meeting.title(title).date(date.date);
  }

  private void read(Line line) throws SummaryFormatException {
    String heading = unwrapHeading(line.text);
    String label = heading.replaceAll(":$", "").strip();
    if (label.toLowerCase(Locale.ROOT).equals(PRIORITIES_HEADING)) {
      if (prioritiesHeadingLine > 0) {
        throw error(line.number, "a second priorities heading (the first is on line "
            + prioritiesHeadingLine + "); put all priorities under one heading");
      }
      prioritiesHeadingLine = line.number;
      part = Part.PRIORITIES;
      return;
    }
    Optional<StrategicArea> strategicArea = catalogue.byTitle(label);
    if (strategicArea.isPresent()) {
      startArea(strategicArea.get(), line);
      return;
    }
    Section section = section(label);
    if (section != null) {
      if (part != Part.AREA) {
        throw error(line.number, quote(line.text) + " before any strategic area heading; put it"
            + " under the heading of the area it belongs to");
      }
      if (area.coverage == Coverage.NOT_DISCUSSED) {
        throw notDiscussed(line);
      }
      area.section = section;
      area.hasContent = true;
      area.lastItem = null;
      return;
    }
    if (line.text.startsWith("#")) {
      throw error(line.number, quote(line.text) + " is a heading but not a strategic area of the"
          + " catalogue, nor \"Möjligheter\" or \"Utmaningar\"; known areas: " + areaTitles());
    }
    switch (part) {
      case INTRO:
        readIntro(line);
        break;
      case GROUPS:
        addGroups(bulletText(line.text), line.number);
        break;
      case PRIORITIES:
        readPriority(line);
        break;
      default:
        readAreaLine(line);
    }
  }

  private void readIntro(Line line) throws SummaryFormatException {
    Matcher cue = PARTICIPANTS_CUE.matcher(line.text);
    if (cue.find()) {
      intro.add(line.text.substring(0, cue.end()));
      addGroups(line.text.substring(cue.end()), line.number);
      part = Part.GROUPS;
    } else {
      intro.add(line.text);
    }
  }

  private void addGroups(String text, int number) throws SummaryFormatException {
    List<String> names = new ArrayList<>();
    for (String part : text.split("[,;]")) {
      names.add(part);
    }
    if (names.size() > 1) {
      // "Kommunen, Näringsliv och Unga": the last of a list is joined with "och" or "samt".
      String last = names.remove(names.size() - 1);
      for (String part : last.split("\\s+(?:och|samt)\\s+")) {
        names.add(part);
      }
    }
    for (String raw : names) {
      String name = Line.strip(raw);
      if (name.isEmpty()) {
        continue;
      }
      Integer first = groupLines.putIfAbsent(name.toLowerCase(Locale.ROOT), number);
      if (first != null) {
        throw error(number, "the group " + quote(name) + " is listed twice (also line " + first + ")");
      }
      groups.add(StakeholderGroup.of(name));
    }
  }

  private void readPriority(Line line) throws SummaryFormatException {
    Matcher m = PRIORITY.matcher(line.text);
    if (!m.matches()) {
      if (line.indented && !previousBlank && !priorities.isEmpty()) {
        continuePriority(line);
        return;
      }
      throw error(line.number, quote(line.text) + " fits nowhere: under the priorities heading"
          + " (line " + prioritiesHeadingLine + ") write numbered priorities such as"
          + " \"1) **Title:** description\", or a strategic area heading");
    }
    int number = Integer.parseInt(m.group(1));
    int expected = priorities.size() + 1;
    if (number < expected && number >= 1) {
      throw error(line.number, "priority " + number + " is numbered twice (also line "
          + priorityLines.get(number - 1) + "); number the priorities 1, 2, 3 …");
    }
    if (number != expected) {
      throw error(line.number, "priority " + number + (expected == 1 ? " comes first"
          : " follows priority " + (expected - 1)) + "; number the priorities 1, 2, 3 … without gaps");
    }
    String rest = m.group(2);
    String title;
    String description;
    if (rest.startsWith("**") || rest.startsWith("__")) {
      String marker = rest.substring(0, 2);
      int close = rest.indexOf(marker, 2);
      if (close < 0) {
        throw error(line.number, "the priority's title opens with " + marker + " but never closes it");
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
      throw error(line.number, "priority " + number + " has no title");
    }
    PriorityArea.Builder priority = PriorityArea.builder().rank(number).title(title);
    if (!description.isEmpty()) {
      priority.description(description);
    }
    boolean implied = IMPLIED.matcher(title).find() || IMPLIED.matcher(description).find();
    priority.stated(implied ? Stated.IMPLIED : Stated.EXPLICIT);
    priorities.add(build(priority::build, line.number));
    priorityLines.add(line.number);
  }

  /** An indented line right under a priority continues its description, line break kept. */
  private void continuePriority(Line line) throws SummaryFormatException {
    int last = priorities.size() - 1;
    PriorityArea previous = priorities.get(last);
    String description = previous.description().map(text -> text + "\n" + line.text).orElse(line.text);
    PriorityArea.Builder priority = PriorityArea.builder().from(previous).description(description);
    boolean implied = IMPLIED.matcher(description).find() || previous.stated() == Stated.IMPLIED;
    priority.stated(implied ? Stated.IMPLIED : Stated.EXPLICIT);
    priorities.set(last, build(priority::build, line.number));
  }

  private void startArea(StrategicArea strategicArea, Line line) throws SummaryFormatException {
    AreaState previous = areas.get(strategicArea.id());
    if (previous != null) {
      throw error(line.number, "the strategic area " + quote(strategicArea.title())
          + " appears twice (also line " + previous.line + "); merge the two parts");
    }
    area = new AreaState(strategicArea, line.number);
    areas.put(strategicArea.id(), area);
    part = Part.AREA;
  }

  private void readAreaLine(Line line) throws SummaryFormatException {
    Matcher bullet = BULLET.matcher(line.text);
    boolean isBullet = bullet.matches();
    String text = isBullet ? Line.strip(bullet.group(1)) : line.text;
    if (!isBullet && line.indented && !previousBlank && area.lastItem != null) {
      area.lastItem.lines.add(text);
      return;
    }
    if (!area.hasContent && !isBullet && area.section == Section.NONE && isNote(text)) {
      area.input.note(text);
      area.coverage = NOT_DISCUSSED.matcher(text).find() ? Coverage.NOT_DISCUSSED
          : INDIRECT.matcher(text).find() ? Coverage.INDIRECT : Coverage.DIRECT;
      area.hasContent = true;
      return;
    }
    if (area.coverage == Coverage.NOT_DISCUSSED) {
      throw notDiscussed(line);
    }
    area.hasContent = true;
    area.lastItem = new PendingItem(area.section, line.number, text);
    area.items.add(area.lastItem);
  }

  private static boolean isNote(String text) {
    return text.endsWith(":") || NOT_DISCUSSED.matcher(text).find() || INDIRECT.matcher(text).find();
  }

  private Summary build(Meeting.Builder meeting, Line titleLine) throws SummaryFormatException {
    if (!intro.isEmpty()) {
      meeting.summary(String.join("\n", intro));
    }
    meeting.participants(groups).priorities(priorities);
    for (AreaState state : areas.values()) {
      for (PendingItem item : state.items) {
        String text = String.join("\n", item.lines);
        if (item.section == Section.OPPORTUNITIES) {
          state.input.addOpportunities(build(() -> Opportunity.of(text), item.line));
        } else if (item.section == Section.CHALLENGES) {
          state.input.addChallenges(build(() -> Challenge.of(text), item.line));
        } else {
          state.input.addInsights(build(() -> Insight.of(text), item.line));
        }
      }
      meeting.addAreas(build(state.input.coverage(state.coverage)::build, state.line));
    }
    String joinedIntro = String.join(" ", intro);
    Matcher names = DIALOGUE_AND_ORGANISER.matcher(joinedIntro);
    String dialogueName = null;
    String organiser = null;
    if (names.find()) {
      dialogueName = names.group(1);
      organiser = names.group(2);
    }
    return new Summary(build(meeting::build, titleLine.number), dialogueName, organiser, catalogue);
  }

  private <T> T build(Supplier<T> builder, int line) throws SummaryFormatException {
    try {
      return builder.get();
    } catch (ModelValidationException e) {
      throw error(line, e.getMessage());
    }
  }

  private SummaryFormatException notDiscussed(Line line) {
    return error(line.number, quote(line.text) + " is under " + quote(area.area.title())
        + " (line " + area.line + "), whose note says it was not discussed; remove the note or the text");
  }

  private static Section section(String label) {
    String key = label.replace('\u00A0', ' ').toLowerCase(Locale.ROOT);
    if (key.equals("möjligheter")) {
      return Section.OPPORTUNITIES;
    }
    if (key.equals("utmaningar")) {
      return Section.CHALLENGES;
    }
    return null;
  }

  /** The text of a heading without Markdown: leading {@code #}s and surrounding {@code **}. */
  private static String unwrapHeading(String text) {
    String stripped = text.replaceFirst("^#{1,6}\\s*", "");
    if (stripped.length() >= 4 && (stripped.startsWith("**") && stripped.endsWith("**")
        || stripped.startsWith("__") && stripped.endsWith("__"))) {
      stripped = stripped.substring(2, stripped.length() - 2);
    }
    return Line.strip(stripped);
  }

  private static String bulletText(String text) {
    Matcher bullet = BULLET.matcher(text);
    return bullet.matches() ? bullet.group(1) : text;
  }

  private String areaTitles() {
    List<String> titles = new ArrayList<>();
    for (StrategicArea known : catalogue.areas()) {
      titles.add(quote(known.title()));
    }
    return String.join(", ", titles);
  }

  private SummaryFormatException error(int line, String message) {
    return new SummaryFormatException(source, line, message);
  }

  private static String quote(String text) {
    return "\"" + (text.length() > 80 ? text.substring(0, 80) + "…" : text) + "\"";
  }
}
