package io.github.rusdialog.docx;

import io.github.rusdialog.text.SummaryWarning;
import java.util.List;
import java.util.Locale;
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
 * there were and where the first stood. The marks are a style and a bookmark because Word,
 * LibreOffice and python-docx keep both through an edit.
 */
final class ReportParts {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String RESPONSE = "rusdialog response";
  private static final String COMPUTED = "rusdialog computed";
  private static final String COMPUTED_TABLE = "_rusdialog_computed";

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
    if (hasStyle.test(paragraph, style -> name(style).equals(RESPONSE))) {
      if (responses++ == 0) {
        firstResponse = place.get();
      }
      return true;
    }
    if (hasStyle.test(paragraph, style -> name(style).startsWith(COMPUTED))) {
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

  private static String name(XWPFStyle style) {
    return style.getName() == null ? "" : style.getName().toLowerCase(Locale.ROOT);
  }
}
