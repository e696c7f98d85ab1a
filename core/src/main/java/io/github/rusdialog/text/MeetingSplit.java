package io.github.rusdialog.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the meetings of a document start: a region's compilation holds one meeting after another,
 * each starting with its title line, and may have a cover before the first. A later meeting starts
 * at a line that is a title with its date at the end — a heading (Markdown's {@code #}, Word's
 * Title and Heading styles), or in plain text a line standing alone between blank lines that a
 * meeting's beginning follows (its participants or its priorities heading before any strategic
 * area). An item is never a title: bullets and numbered lines are not looked at, and a date inside
 * a sentence is not at its end.
 */
final class MeetingSplit {
  /** The lines before the first meeting, empty without a cover. */
  final List<Line> cover;
  /** Each meeting's lines, its title line first. */
  final List<List<Line>> meetings;

  private MeetingSplit(List<Line> cover, List<List<Line>> meetings) {
    this.cover = cover;
    this.meetings = meetings;
  }

  static MeetingSplit of(List<Line> input, LineClassifier classifier) {
    int first = 0;
    while (first < input.size() && input.get(first).isBlank()) {
      first++;
    }
    List<Integer> starts = new ArrayList<>();
    for (int i = first + 1; i < input.size(); i++) {
      if (startsMeeting(input, i, classifier)) {
        starts.add(i);
      }
    }
    if (starts.isEmpty()) {
      return new MeetingSplit(List.of(), List.of(input));
    }
    List<Line> cover = List.of();
    if (first < input.size() && !isDatedTitle(input.get(first))) {
      // The first line has no date, and meetings follow: the lines up to the first are a cover.
      cover = input.subList(first, starts.get(0));
    } else {
      starts.add(0, first);
    }
    List<List<Line>> meetings = new ArrayList<>();
    for (int k = 0; k < starts.size(); k++) {
      meetings.add(input.subList(starts.get(k), k + 1 < starts.size() ? starts.get(k + 1) : input.size()));
    }
    return new MeetingSplit(cover, meetings);
  }

  private static boolean startsMeeting(List<Line> input, int i, LineClassifier classifier) {
    Line line = input.get(i);
    if (line.isBlank() || line.bullet || line.listNumber > 0 || line.indented) {
      return false;
    }
    // The cheap tests first: most lines are neither headings nor alone, and a title's date is read once.
    boolean heading = line.heading || !line.literal && line.text.startsWith("#");
    boolean alone = input.get(i - 1).isBlank() && (i + 1 == input.size() || input.get(i + 1).isBlank());
    if (!heading && !alone || !isDatedTitle(line)) {
      return false;
    }
    ClassifiedLine.Kind kind = classifier.classify(line).kind;
    if (kind != ClassifiedLine.Kind.TEXT && kind != ClassifiedLine.Kind.UNKNOWN_HEADING) {
      return false;
    }
    return heading || aMeetingBeginsAfter(input, i, classifier);
  }

  /** Whether the participants or the priorities heading come after a line, before any area. */
  private static boolean aMeetingBeginsAfter(List<Line> input, int title, LineClassifier classifier) {
    for (int k = title + 1; k < input.size(); k++) {
      if (input.get(k).isBlank()) {
        continue;
      }
      switch (classifier.classify(input.get(k)).kind) {
        case PARTICIPANTS_CUE:
        case PARTICIPANTS_LABEL:
        case PRIORITIES_HEADING:
          return true;
        case AREA_HEADING:
        case SECTION_LABEL:
          return false;
        default:
          if (isDatedTitle(input.get(k))) {
            return false;
          }
      }
    }
    return false;
  }

  /** A line that reads as a title line with a date: its date ends it. */
  static boolean isDatedTitle(Line line) {
    if (!endsInADigit(line.text)) {
      return false;
    }
    try {
      return TitleLine.read(line, Places.ofLines("")).date != null;
    } catch (SummaryFormatException e) {
      return false;
    }
  }

  /**
   * Whether the last letter or digit is a digit: a title's date ends in its year, or in a time ("kl.
   * 13–16"), perhaps followed by a parenthesis or bold marks; a line ending in a word is no title.
   */
  private static boolean endsInADigit(String text) {
    for (int i = text.length() - 1; i >= 0; i--) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return Character.isDigit(text.charAt(i));
      }
    }
    return false;
  }
}
