package io.github.rusdialog.text;

import java.util.Map;

/**
 * How errors and warnings name a place in the input: {@code file:14} for text, where lines are
 * what a person finds in an editor; for other forms (Word) the place the reader gave each line,
 * such as {@code paragraph 14 "Möjligheter:"}.
 */
final class Places {
  private final String source;
  /** Null for text input: places are line numbers. */
  private final Map<Integer, String> places;
  /** For paragraphs of a text file (Markdown): the file's line each paragraph starts on. */
  private final Map<Integer, Integer> sourceLines;
  /** In a document of several meetings, the one the lines belong to, as messages begin: "meeting 2 of 3 (…): ". */
  private final String meeting;

  private Places(String source, Map<Integer, String> places, Map<Integer, Integer> sourceLines, String meeting) {
    this.source = source;
    this.places = places;
    this.sourceLines = sourceLines;
    this.meeting = meeting;
  }

  static Places ofLines(String source) {
    return new Places(source, null, Map.of(), "");
  }

  static Places of(String source, Map<Integer, String> places, Map<Integer, Integer> sourceLines) {
    return new Places(source, Map.copyOf(places), Map.copyOf(sourceLines), "");
  }

  /** The same places, with every message naming the meeting they belong to. */
  Places inMeeting(String which) {
    return new Places(source, places, sourceLines, which + ": ");
  }

  /** The place of a line inside a message: "line 14" or "paragraph 14 "Möjligheter:"". */
  String ref(int number) {
    Integer line = sourceLines.get(number);
    if (line != null) {
      return "line " + line;
    }
    return places == null ? "line " + number : places.getOrDefault(number, "line " + number);
  }

  SummaryFormatException error(int number, String problem) {
    problem = meeting + problem;
    Integer line = sourceLines.get(number);
    if (line != null) {
      return new SummaryFormatException(source, line, problem);
    }
    return places == null ? new SummaryFormatException(source, number, problem)
        : new SummaryFormatException(source, ref(number), problem);
  }

  /**
   * An error at the {@code offset}-th written line of a paragraph that starts on a line of a text
   * file (Markdown); at the paragraph itself for other inputs.
   */
  SummaryFormatException error(int number, int offset, String problem) {
    Integer line = sourceLines.get(number);
    return line != null ? new SummaryFormatException(source, line + offset, meeting + problem) : error(number, problem);
  }

  SummaryWarning warning(int number, String message) {
    message = meeting + message;
    Integer line = sourceLines.get(number);
    if (line != null) {
      return new SummaryWarning(source, line, null, message);
    }
    return new SummaryWarning(source, places == null ? number : 0, places == null ? null : ref(number), message);
  }

  /** A text as messages quote it: in double quotes, on one line (" / " for its line breaks), cut after 80 characters. */
  static String quote(String text) {
    String line = text.replace("\n", " / ");
    return "\"" + (line.length() > 80 ? line.substring(0, 80) + "…" : line) + "\"";
  }
}
