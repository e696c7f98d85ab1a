package io.github.rusdialog.text;

import io.github.rusdialog.model.StrategicAreaCatalogue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a document of one or more meetings: splits it where each meeting starts ({@link
 * MeetingSplit}), reads each meeting by exactly the rules of a file of its own ({@link
 * SummaryParser}), with its lines numbered in the whole document and its messages naming the
 * meeting, and reads the cover before the first meeting: its title and its description. Two
 * meetings with the same id are refused at the second's title, as they are across files.
 */
final class DocumentParser {
  private final Places places;
  private final StrategicAreaCatalogue catalogue;

  DocumentParser(Places places, StrategicAreaCatalogue catalogue) {
    this.places = places;
    this.catalogue = catalogue;
  }

  SummaryDocument parse(List<Line> input) throws SummaryFormatException {
    int first = 0;
    while (first < input.size() && input.get(first).isBlank()) {
      first++;
    }
    if (first < input.size()) {
      // An e-mail's headers would otherwise be a cover before the summary it holds.
      SummaryParser.refuseEmail(input, first, places);
    }
    LineClassifier classifier = new LineClassifier(new AreaHeadings(catalogue));
    MeetingSplit split = MeetingSplit.of(input, classifier);
    Cover cover = split.cover.isEmpty() ? new Cover(null, null)
        : cover(split.cover, split.meetings.get(0), classifier);
    List<Summary> summaries = new ArrayList<>();
    Map<String, Integer> titleLines = new HashMap<>();
    int count = split.meetings.size();
    if (count == 1) {
      return new SummaryDocument(List.of(new SummaryParser(places, catalogue).parse(split.meetings.get(0), catalogue)),
          cover.title, cover.description, catalogue, List.of());
    }
    for (List<Line> meeting : split.meetings) {
      Line title = firstNonBlank(meeting);
      Places inMeeting = places.inMeeting("meeting " + (summaries.size() + 1) + " of " + count + " ("
          + Places.quote(title.text) + ")");
      Summary summary = new SummaryParser(inMeeting, catalogue).parse(meeting, catalogue);
      Integer same = titleLines.putIfAbsent(summary.meeting().id(), title.number);
      if (same != null) {
        throw places.error(title.number, Places.quote(title.text) + " starts a meeting with the same id, \""
            + summary.meeting().id() + "\", as the meeting at " + places.ref(same) + ": two meetings of one day"
            + " need titles of their own; if it is the same meeting, keep one of the two");
      }
      summaries.add(summary);
    }
    return new SummaryDocument(summaries, cover.title, cover.description, catalogue, List.of());
  }

  /** What stands before the first meeting: its first line the title, the rest the description. */
  static final class Cover {
    final String title;
    /** The other lines, one per line as written, or null. */
    final String description;

    Cover(String title, String description) {
      this.title = title;
      this.description = description;
    }
  }

  /**
   * The cover: its first line is the document's title, every other line is kept, as written, as the
   * dialogue's description. A cover holding a meeting's parts (its participants, priorities, an
   * area) is a first meeting whose title has no date, and is refused saying so.
   */
  private Cover cover(List<Line> cover, List<Line> firstMeeting, LineClassifier classifier)
      throws SummaryFormatException {
    Line title = cover.get(0);
    Line meetingTitle = firstNonBlank(firstMeeting);
    List<String> description = new ArrayList<>();
    for (Line line : cover) {
      if (line.isBlank() || line == title) {
        continue;
      }
      switch (classifier.classify(line).kind) {
        case PRIORITIES_HEADING:
        case AREA_HEADING:
        case SECTION_LABEL:
        case PARTICIPANTS_LABEL:
        case PARTICIPANTS_CUE:
          throw places.error(title.number, Places.quote(title.text) + " has no date, and a meeting with a dated"
              + " title starts at " + places.ref(meetingTitle.number) + ", so the lines before it are read as the"
              + " document's cover; but " + Places.quote(line.text) + " (" + places.ref(line.number) + ") is part"
              + " of a meeting: if " + Places.quote(title.text) + " is the first meeting's title, end it with the"
              + " meeting's date, e.g. \"Bolagsdagen 13/3 2024\"");
        default:
          description.add(line.text);
      }
    }
    return new Cover(title.literal ? title.text : Line.strip(LineClassifier.unwrap(title.text)),
        description.isEmpty() ? null : String.join("\n", description));
  }

  private static Line firstNonBlank(List<Line> lines) {
    for (Line line : lines) {
      if (!line.isBlank()) {
        return line;
      }
    }
    throw new IllegalStateException("a meeting without lines");
  }
}
