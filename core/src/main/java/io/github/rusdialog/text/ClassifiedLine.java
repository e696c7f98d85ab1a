package io.github.rusdialog.text;

import io.github.rusdialog.model.StrategicArea;

/**
 * What one non-blank line of a summary looks like, decided from the line alone: a heading, a
 * label, a numbered or bulleted line, or text. Where it belongs is the parser's business.
 */
final class ClassifiedLine {
  enum Kind {
    /** The heading above the ranked priorities, in any of its wordings. */
    PRIORITIES_HEADING,
    /** A catalogue area's title. */
    AREA_HEADING,
    /** "Möjligheter:", "Utmaningar:" or a synonym. */
    SECTION_LABEL,
    /** "Deltagare:" and the like: the groups follow. */
    PARTICIPANTS_LABEL,
    /** A sentence ending in "deltog företrädare för:", possibly followed by groups. */
    PARTICIPANTS_CUE,
    /** A short line ending in ":" that is none of the labels above. */
    UNKNOWN_LABEL,
    /** A Markdown heading ({@code #}) that is none of the headings above. */
    UNKNOWN_HEADING,
    /** {@code 1)}, {@code 1.}, {@code - 1)}: a ranked line. */
    NUMBERED,
    /** {@code -}, {@code •}, {@code *}, {@code –} followed by text. */
    BULLET,
    /** Anything else. */
    TEXT
  }

  final Line line;
  final Kind kind;
  /** The area of an AREA_HEADING. */
  final StrategicArea area;
  /** The section of a SECTION_LABEL. */
  final Section section;
  /** The number of a NUMBERED line. */
  final int rank;
  /** The text after the bullet or number; the whole line otherwise. */
  final String body;
  /** A catalogue area the line nearly names, or null. */
  final StrategicArea resembles;
  /** Formatted as a heading: {@code #}, wholly bold, or all capitals. */
  final boolean headingForm;
  /** Short and without the punctuation that ends a sentence: could be a heading. */
  final boolean headingLike;
  /** The key the line was matched by. */
  final String key;
  /** For a label with text after it on its line ("Möjligheter: Digitala verktyg"): that text. */
  final String afterLabel;

  ClassifiedLine(Line line, Kind kind, StrategicArea area, Section section, int rank, String body,
      StrategicArea resembles, boolean headingForm, boolean headingLike, String key) {
    this(line, kind, area, section, rank, body, resembles, headingForm, headingLike, key, null);
  }

  ClassifiedLine(Line line, Kind kind, StrategicArea area, Section section, int rank, String body,
      StrategicArea resembles, boolean headingForm, boolean headingLike, String key, String afterLabel) {
    this.line = line;
    this.kind = kind;
    this.area = area;
    this.section = section;
    this.rank = rank;
    this.body = body;
    this.resembles = resembles;
    this.headingForm = headingForm;
    this.headingLike = headingLike;
    this.key = key;
    this.afterLabel = afterLabel;
  }

  int number() {
    return line.number;
  }

  String text() {
    return line.text;
  }

  boolean is(Kind other) {
    return kind == other;
  }

  /** A label of any kind: the line names a part rather than saying something. */
  boolean isLabel() {
    return kind == Kind.SECTION_LABEL || kind == Kind.PARTICIPANTS_LABEL || kind == Kind.UNKNOWN_LABEL;
  }
}
