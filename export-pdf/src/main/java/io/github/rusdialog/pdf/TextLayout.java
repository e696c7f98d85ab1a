package io.github.rusdialog.pdf;

import com.lowagie.text.Font;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines of a given width, between words (a word wider than the line breaks
 * between characters), keeping each piece's font. Laid out here rather than by OpenPDF's
 * ColumnText because ColumnText drops the space at each line break: text read through the tags
 * would glue the last word of a line to the first of the next. Here every line but the last keeps
 * a trailing space, drawn and invisible, and a line break in the text ends a line.
 */
final class TextLayout {
  /** A piece of text in one font. */
  static final class Run {
    final String text;
    final Font font;

    Run(String text, Font font) {
      this.text = text.indexOf('\t') < 0 ? text : text.replace("\t", "    ");
      this.font = font;
    }
  }

  /** Text in one font at an offset from the line's start. */
  static final class Segment {
    final String text;
    final Font font;
    final float x;

    Segment(String text, Font font, float x) {
      this.text = text;
      this.font = font;
      this.x = x;
    }
  }

  /** One line: its segments and the height of its largest font. */
  static final class Line {
    final List<Segment> segments = new ArrayList<>();
    float width;
    float size;
  }

  private TextLayout() {}

  static List<Line> lines(List<Run> runs, float width) {
    List<Line> lines = new ArrayList<>();
    Builder builder = new Builder(width, lines);
    for (Run run : runs) {
      String text = run.text;
      int i = 0;
      while (i < text.length()) {
        char c = text.charAt(i);
        if (c == '\n') {
          builder.breakLine();
          i++;
        } else if (c == ' ') {
          builder.space(run.font);
          i++;
        } else {
          int end = i;
          while (end < text.length() && text.charAt(end) != ' ' && text.charAt(end) != '\n') {
            end++;
          }
          builder.word(text.substring(i, end), run.font);
          i = end;
        }
      }
    }
    builder.finish();
    return lines;
  }

  private static float width(String text, Font font) {
    return PdfFonts.width(text, font);
  }

  /** Collects words into lines; a space is kept pending until the next word shows where it goes. */
  private static final class Builder {
    private final float width;
    private final List<Line> lines;
    private Line line = new Line();
    private StringBuilder segment = new StringBuilder();
    private Font segmentFont;
    private float segmentX;
    private Font pendingSpace;

    Builder(float width, List<Line> lines) {
      this.width = width;
      this.lines = lines;
    }

    void space(Font font) {
      if (pendingSpace != null) {
        // Two spaces in a row: both are text; keep the first on the line.
        append(" ", pendingSpace);
      }
      pendingSpace = font;
    }

    void word(String word, Font font) {
      float spaceWidth = pendingSpace == null ? 0 : width(" ", pendingSpace);
      float wordWidth = width(word, font);
      if (line.width + spaceWidth + wordWidth <= width || line.width == 0 && pendingSpace == null
          && wordWidth <= width) {
        if (pendingSpace != null) {
          append(" ", pendingSpace, spaceWidth);
          pendingSpace = null;
        }
        append(word, font, wordWidth);
        return;
      }
      if (line.width > 0 || pendingSpace != null) {
        wrap();
      }
      // A word wider than the line breaks between characters.
      int start = 0;
      for (int i = 0; i < word.length(); i = word.offsetByCodePoints(i, 1)) {
        int next = word.offsetByCodePoints(i, 1);
        if (line.width + width(word.substring(start, next), font) > width && i > start) {
          append(word.substring(start, i), font);
          newLine();
          start = i;
        }
      }
      append(word.substring(start), font);
    }

    /** Ends the line at a wrap: the space that stood there stays as its last character. */
    private void wrap() {
      Font font = pendingSpace != null ? pendingSpace : segmentFont;
      if (font != null) {
        append(" ", font);
      }
      pendingSpace = null;
      newLine();
    }

    void breakLine() {
      if (pendingSpace != null) {
        append(" ", pendingSpace);
        pendingSpace = null;
      } else if (segmentFont != null) {
        // The break separates words: keep a space for whoever reads the text without layout.
        append(" ", segmentFont);
      }
      newLine();
    }

    void finish() {
      if (pendingSpace != null) {
        append(" ", pendingSpace);
        pendingSpace = null;
      }
      flushSegment();
      if (!line.segments.isEmpty() || lines.isEmpty()) {
        lines.add(line);
      }
    }

    private void append(String text, Font font) {
      append(text, font, width(text, font));
    }

    private void append(String text, Font font, float textWidth) {
      if (segmentFont != null && segmentFont != font) {
        flushSegment();
      }
      if (segmentFont == null) {
        segmentFont = font;
        segmentX = line.width;
      }
      segment.append(text);
      line.width += textWidth;
      line.size = Math.max(line.size, font.getSize());
    }

    private void flushSegment() {
      if (segmentFont != null && segment.length() > 0) {
        line.segments.add(new Segment(segment.toString(), segmentFont, segmentX));
      }
      segment = new StringBuilder();
      segmentFont = null;
    }

    private void newLine() {
      flushSegment();
      lines.add(line);
      line = new Line();
    }
  }
}
