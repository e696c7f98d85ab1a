package io.github.rusdialog.docx;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.text.Summary;
import io.github.rusdialog.text.SummaryWarning;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What rusdialog's Word report ({@code rusdialog-export-docx}) marks as no summary text, and the
 * reader therefore skips: paragraphs in the style "rusdialog response" (the region's answer under
 * an input — read as text, it would become an input of the meeting), paragraphs in a style whose
 * name starts "rusdialog computed" (the cover's facts, the synthesis, a coverage, the feedback's
 * counts: made from the meetings, no part of them), and tables holding a bookmark named {@code
 * _rusdialog_computed…} (the synthesis's). Each kind is named once in a warning, with how many
 * there were and where the first stood. Paragraphs in the style "rusdialog note" are read, and
 * checked to have been read as an area's note. The marks are a style and a bookmark because Word,
 * LibreOffice and python-docx keep both through an edit.
 */
final class ReportParts {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String RESPONSE = "rusdialog response";
  private static final String COMPUTED = "rusdialog computed";
  private static final String COMPUTED_TABLE = "_rusdialog_computed";
  /** The style the report writes an area's note in: read as any paragraph, then checked. */
  static final String NOTE = "rusdialog note";

  /** What the report names its meetings' headings' bookmarks with, for its contents. */
  private static final String MEETING_HEADING = "_Toc_rusdialog_m";
  /** The texts of the report's meeting headings, in order, and their places. */
  private final List<String[]> headings = new java.util.ArrayList<>();

  /** The texts of the paragraphs in the note style, and their places. */
  private final java.util.Map<String, String> notes = new java.util.LinkedHashMap<>();

  private int responses;
  private String firstResponse;
  private int computed;
  private String firstComputed;

  /**
   * Whether the paragraph is one of the report's responses or computed paragraphs, counting it if so.
   *
   * @param hasStyle whether a paragraph's style, or one it is based on, passes a test
   * @param place the paragraph's place, made only when it is skipped
   */
  boolean skips(XWPFParagraph paragraph, BiPredicate<XWPFParagraph, Predicate<XWPFStyle>> hasStyle,
      Supplier<String> place) {
    if (paragraph.getStyleID() == null) {
      return false;
    }
    if (hasStyle.test(paragraph, style -> DocxBody.name(style).equals(RESPONSE))) {
      if (responses++ == 0) {
        firstResponse = place.get();
      }
      return true;
    }
    if (hasStyle.test(paragraph, style -> DocxBody.name(style).startsWith(COMPUTED))) {
      countComputed(place.get());
      return true;
    }
    return false;
  }

  /** Whether the table is one the report computed, counting it if so. */
  boolean skips(XWPFTable table, String place) {
    NodeList starts = ((Element) table.getCTTbl().getDomNode()).getElementsByTagNameNS(W, "bookmarkStart");
    for (int i = 0; i < starts.getLength(); i++) {
      if (((Element) starts.item(i)).getAttributeNS(W, "name").startsWith(COMPUTED_TABLE)) {
        countComputed(place);
        return true;
      }
    }
    return false;
  }

  private void countComputed(String place) {
    if (computed++ == 0) {
      firstComputed = place;
    }
  }

  /** Keeps a paragraph that holds the bookmark of a meeting's heading in the report. */
  void heading(XWPFParagraph paragraph, String text, String place) {
    for (var bookmark : paragraph.getCTP().getBookmarkStartList()) {
      if (bookmark.getName() != null && bookmark.getName().startsWith(MEETING_HEADING)) {
        headings.add(new String[] {text, place});
        return;
      }
    }
  }

  /**
   * Checks that every heading the report wrote as a meeting's title started a meeting with that
   * title when read, in order: a title that cannot be a title line (one that begins with a list
   * marker, say) would otherwise join its meeting to the one before, or lose a piece to the date.
   *
   * @throws InvalidInputException at the first such heading
   */
  void checkMeetings(List<Summary> read, String source) throws InvalidInputException {
    int next = 0;
    for (String[] heading : headings) {
      String text = heading[0].strip().replaceAll("\\s+", " ");
      while (next < read.size() && !text.startsWith(read.get(next).meeting().title().replaceAll("\\s+", " "))) {
        next++;
      }
      if (next == read.size()) {
        throw new InvalidInputException(source, 0, 0, heading[1], "is a meeting's heading in rusdialog's report, but"
            + " no meeting is read with its title as written: a title line is read as the title, then the date at its"
            + " end, and a line beginning with a list marker or \"#\" is no title; reword the title so");
      }
      next++;
    }
  }

  /** Keeps a paragraph written in the note style, to check after reading that it was read as a note. */
  void written(String note, String place) {
    notes.putIfAbsent(note.strip(), place);
  }

  /**
   * Checks that every paragraph the report wrote as an area's note was read as one. The summary
   * rules take a paragraph for a note by its words (it ends in ":", or says the area was not
   * directly mentioned or not discussed); a note that says neither — written in the workbook or
   * the JSON, or reworded in Word — would otherwise be read as an item without a word.
   *
   * @throws InvalidInputException at the first note read as something else
   */
  void checkNotes(List<Summary> read, String source) throws InvalidInputException {
    if (notes.isEmpty()) {
      return;
    }
    java.util.Set<String> readNotes = new java.util.HashSet<>();
    for (Summary summary : read) {
      for (AreaInput area : summary.meeting().areas()) {
        area.note().ifPresent(note -> readNotes.add(note.strip()));
      }
    }
    for (java.util.Map.Entry<String, String> note : notes.entrySet()) {
      boolean found = readNotes.contains(note.getKey())
          || readNotes.stream().anyMatch(text -> text.startsWith(note.getKey() + "\n"));
      if (!found) {
        throw new InvalidInputException(source, 0, 0, note.getValue(), "is a strategic area's note in rusdialog's"
            + " report (style \"" + NOTE + "\"), but a summary's note ends in \":\" or says the area was not"
            + " directly mentioned or not discussed, so it would be read as an item: reword it so, or give the"
            + " paragraph the Normal style to make it an item");
      }
    }
  }

  /** Adds the warnings for what was skipped. */
  void warn(List<SummaryWarning> warnings, String source) {
    if (responses > 0) {
      warnings.add(SummaryWarning.at(source, firstResponse, count(responses, "paragraph") + " in the style \""
          + RESPONSE + "\" (the region's responses) not read, this the first: responses are kept with the inputs"
          + " they answer in the workbook or the JSON, and brought to corrected texts with --responses"));
    }
    if (computed > 0) {
      warnings.add(SummaryWarning.at(source, firstComputed, count(computed, "paragraph or table",
          "paragraphs and tables") + " rusdialog computed for its report (such as the cover's facts and the"
          + " synthesis) not read, this the first: they are made from the meetings and are no part of them"));
    }
  }

  private static String count(int count, String one) {
    return count(count, one, one + "s");
  }

  private static String count(int count, String one, String many) {
    return count == 1 ? "1 " + one : count + " " + many;
  }
}
