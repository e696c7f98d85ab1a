package io.github.rusdialog.text;

import io.github.rusdialog.internal.read.TextForms;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.text.ClassifiedLine.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a summary says before its priorities: the intro paragraph, the participating groups with
 * their head counts, the meeting's total, the dialogue's name and organiser as the intro names
 * them, and the date when the title line has none.
 */
final class IntroReader {
  private static final Pattern DIALOGUE_AND_ORGANISER = Pattern.compile(
      "deltagarna i (\\S+(?: \\S+){0,5}?) (?:har )?lämnat till (\\S+(?: \\S+){0,5}?)(?= den |[.,;:]|$)");
  private static final Pattern SENTENCE_END = Pattern.compile(TextForms.SENTENCE_BREAK);
  /**
   * A sentence that says who took part, folded: a verb of taking part ("deltog", "närvarade",
   * "medverkade", "var på plats", "fanns på plats", "var representerade"), or a noun for those who
   * did with where ("Deltagare vid mötet var …", "Närvarande var …", "Med på mötet fanns …").
   */
  private static final Pattern TOOK_PART = Pattern.compile("\\b(?:deltog|deltagit|narvarade|medverkade"
      + "|(?:var|fanns) (?:pa plats|representerade|foretradda)"
      + "|(?:deltagare|narvarande|medverkande)(?: (?:vid|pa|i|under) (?:motet|traffen|dialogen|dialogmotet))?"
      + " (?:var|fanns)|med (?:pa|vid|i) (?:motet|traffen|dialogen) (?:var|fanns))\\b");
  /** More sentences than this in the intro paragraph is probably text that belongs elsewhere. */
  static final int MAX_INTRO_SENTENCES = 5;

  private final Places places;
  private final SummaryWarnings warnings;
  private final GroupList groups;
  private final List<String> intro = new ArrayList<>();
  private int introLine;
  private String dialogueName;
  /** The indentation of the last group written as a bullet, -1 before the first. */
  private int groupIndent = -1;
  private String organiser;

  IntroReader(Places places, SummaryWarnings warnings) {
    this.places = places;
    this.warnings = warnings;
    this.groups = new GroupList(places);
  }

  /**
   * Takes a line that gives the meeting's head count ("Antal deltagare: 23", "23 deltagare") as
   * its total, where the participants are listed; elsewhere it is refused, as is an approximate one.
   *
   * @return whether the line was the total
   */
  boolean placeTotal(ClassifiedLine line, Part part) throws SummaryFormatException {
    if (!line.is(Kind.TEXT) && !line.is(Kind.BULLET) && !line.is(Kind.UNKNOWN_LABEL)) {
      return false;
    }
    String text = line.is(Kind.BULLET) ? line.body : line.text();
    OptionalInt total = HeadCountForms.total(text);
    if (total.isEmpty()) {
      if (HeadCountForms.approximateTotal(text)) {
        throw places.error(line.number(), Places.quote(line.text()) + " gives an approximate head count: write"
            + " the number of people who took part, e.g. \"Antal deltagare: 23\", or leave it out");
      }
      return false;
    }
    if (part == Part.PRIORITIES || part == Part.AREA) {
      throw places.error(line.number(), Places.quote(line.text()) + " is the meeting's head count; put it with"
          + " the participants, before the priorities");
    }
    groups.addTotal(total.getAsInt(), line.number());
    return true;
  }

  /**
   * Reads a participants label ("Deltagare:", "Deltagare: Kommunen, Unga", "Deltagare: 23").
   *
   * @return whether the groups start here (not for a label that gives the total)
   */
  boolean participantsLabel(ClassifiedLine line, Part part) throws SummaryFormatException {
    if (part != Part.INTRO) {
      throw places.error(line.number(), Places.quote(line.text()) + " introduces the participating groups,"
          + " which are listed once, right after the intro");
    }
    if (line.afterLabel != null && line.afterLabel.matches("\\d{1,5}")) {
      // "Deltagare: 23": the number of people, not a group.
      groups.addTotal(Integer.parseInt(line.afterLabel), line.number());
      return false;
    }
    if (line.afterLabel != null) {
      // "Deltagare: Kommunen, Unga": the label belongs to the intro, the groups follow it.
      add(line.text().substring(0, line.text().length() - line.afterLabel.length()).strip(), line.number());
      groups.add(line.afterLabel, line.number());
    } else {
      add(line.text(), line.number());
    }
    return true;
  }

  /** Reads the sentence that ends in the cue ("… deltog företrädare för:") and the groups after it. */
  void cue(ClassifiedLine line) throws SummaryFormatException {
    int cueEnd = Vocabulary.participantsCueEnd(line.text());
    add(line.text().substring(0, cueEnd), line.number());
    // The line as written: a Markdown paragraph's wrapped lines name one group each.
    groups.add(line.line.lines.substring(cueEnd), line.number());
  }

  /** Files a line of the intro, or of the groups once they have started. */
  void place(ClassifiedLine line, Part part) throws SummaryFormatException {
    if (part == Part.INTRO) {
      add(line.text(), line.number());
      return;
    }
    if (line.is(Kind.BULLET)) {
      if (groupIndent >= 0 && line.line.indent > groupIndent) {
        throw places.error(line.number(), Places.quote(line.text()) + " is indented under the group above, as a"
            + " part of it; a group is one name: write it as a group of its own, or in parentheses after the"
            + " group's name");
      }
      groupIndent = line.line.indent;
    }
    groups.add(line.is(Kind.BULLET) ? line.body : line.line.lines, line.number());
  }

  private void add(String text, int line) {
    if (intro.isEmpty()) {
      introLine = line;
    }
    intro.add(text);
  }

  /**
   * Gives the meeting what the intro says — its date when the title line has none, the intro,
   * the groups and the total — and warns of what is doubtful. With no groups listed, an intro
   * sentence that says who took part is refused rather than lost.
   *
   * @param lines the summary's classified lines, to find such a sentence
   * @param prioritiesHeadingLine the line of the priorities heading, 0 without one
   */
  void finish(Meeting.Builder meeting, TitleLine title, Line titleLine, List<ClassifiedLine> lines,
      int prioritiesHeadingLine) throws SummaryFormatException {
    String joinedIntro = String.join(" ", intro);
    if (title.date != null) {
      meeting.date(title.date);
    } else {
      SummaryDates.Found found = SummaryDates.first(joinedIntro);
      if (found == null) {
        throw places.error(titleLine.number, "the title line " + Places.quote(titleLine.text) + " has no date,"
            + " nor does the intro; end the title with the meeting's date, e.g. \"Bolagsdagen 13/3 2024\","
            + " \"2024-03-13\" or \"13 mars 2024\"");
      }
      meeting.date(found.date);
      warnings.warn(titleLine.number, "the title line has no date; the meeting's date " + found.date
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
        warnings.warn(introLine, "the intro holds " + sentences + " sentences; is text that belongs under a"
            + " heading (priorities, an area) in the intro?");
      }
    }
    meeting.participants(groups.groups()).attendees(groups.total());
    int counted = groups.groups().stream().mapToInt(group -> group.attendees().orElse(0)).sum();
    if (groups.total().isPresent() && counted > groups.total().getAsInt()) {
      warnings.warn(groups.totalLine(), "the groups' head counts add up to " + counted + ", more than the total"
          + " of " + groups.total().getAsInt() + "; correct the total or the counts");
    }
    if (groups.groups().isEmpty()) {
      refuseParticipantsInASentence(lines, prioritiesHeadingLine);
      warnings.warn(titleLine.number, "the meeting has no participants: end the intro with \"I just det här"
          + " mötet deltog företrädare för:\" and list the groups");
    }
    Matcher names = DIALOGUE_AND_ORGANISER.matcher(joinedIntro);
    if (names.find()) {
      dialogueName = names.group(1);
      organiser = names.group(2);
    }
  }

  /** The dialogue's name as the intro gives it ("RUS-dialogen"), or null. */
  String dialogueName() {
    return dialogueName;
  }

  /** Who the input was given to, as the intro says ("Region Norrbotten"), or null. */
  String organiser() {
    return organiser;
  }

  /**
   * With no groups listed, an intro sentence that says who took part ("Vid mötet deltog kommunen,
   * näringslivet och unga.") would leave them out of the meeting's participants with only a
   * warning: it is refused at its line, saying how to list them.
   */
  private void refuseParticipantsInASentence(List<ClassifiedLine> lines, int prioritiesHeadingLine)
      throws SummaryFormatException {
    for (ClassifiedLine line : lines) {
      if (line.number() >= prioritiesHeadingLine && prioritiesHeadingLine > 0) {
        return;
      }
      if (line.is(Kind.TEXT) && TOOK_PART.matcher(TextKeys.foldInPlace(line.text())).find()) {
        throw places.error(line.number(), Places.quote(line.text()) + " says who took part, but no groups are"
            + " listed, and a sentence is not read as a list of groups: write them after a label, such as"
            + " \"Deltagare: Kommunen, Näringsliv och Unga\", or end the sentence with \"deltog företrädare"
            + " för:\" and put each group on a line of its own");
      }
      if (line.is(Kind.AREA_HEADING)) {
        return;
      }
    }
  }
}
