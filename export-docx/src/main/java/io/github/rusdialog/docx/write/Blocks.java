package io.github.rusdialog.docx.write;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLook;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;

/**
 * The document's building blocks in Word's own structures: paragraphs in built-in styles, list
 * items in a list instance, tables with a header row, bookmarks. Data texts keep their line
 * breaks and tabs as Word's breaks and tabs, and are marked with the data's language where the
 * labels are in another.
 */
final class Blocks {
  /** What the bookmark in a computed table's first cell is named with; import-docx skips such a table. */
  static final String COMPUTED_BOOKMARK = "_rusdialog_computed";

  private final XWPFDocument document;
  /** The data's language where it differs from the labels', else null: runs of data are marked with it. */
  private final String dataLanguage;
  private int bookmarks;
  private int computedTables;

  Blocks(XWPFDocument document, String dataLanguage) {
    this.document = document;
    this.dataLanguage = dataLanguage;
  }

  XWPFDocument document() {
    return document;
  }

  /** {@return the language data runs are marked with, or null where the labels' is the data's} */
  String dataLanguage() {
    return dataLanguage;
  }

  /** A paragraph of the style holding a label's words: not data, not marked with the data's language. */
  XWPFParagraph label(String style, String text) {
    XWPFParagraph paragraph = paragraph(style);
    text(paragraph, text, false, false);
    return paragraph;
  }

  /** A paragraph of the style holding data, as written. */
  XWPFParagraph data(String style, String text) {
    XWPFParagraph paragraph = paragraph(style);
    text(paragraph, text, false, true);
    return paragraph;
  }

  XWPFParagraph paragraph(String style) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setStyle(style);
    return paragraph;
  }

  /** A paragraph of a list instance: bullets or a numbered list, as Word numbers it. */
  XWPFParagraph listItem(String style, BigInteger list) {
    XWPFParagraph paragraph = paragraph(style);
    CTNumPr numbering = paragraph.getCTP().getPPr().addNewNumPr();
    numbering.addNewIlvl().setVal(BigInteger.ZERO);
    numbering.addNewNumId().setVal(list);
    return paragraph;
  }

  /**
   * Adds text to the paragraph as runs: a line break in the text is Word's line break and a tab is
   * Word's tab, so that the text reads back as written.
   */
  void text(XWPFParagraph paragraph, String text, boolean bold, boolean data) {
    XWPFRun run = run(paragraph, bold, data);
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : '\n';
      if (c == '\n' || c == '\t') {
        if (i > start) {
          run.setText(text.substring(start, i), textCount(run));
        }
        if (i < text.length()) {
          if (c == '\n') {
            run.addBreak();
          } else {
            run.addTab();
          }
        }
        start = i + 1;
      }
    }
  }

  private static int textCount(XWPFRun run) {
    return run.getCTR().sizeOfTArray();
  }

  private XWPFRun run(XWPFParagraph paragraph, boolean bold, boolean data) {
    XWPFRun run = paragraph.createRun();
    if (bold) {
      run.setBold(true);
    }
    if (data && dataLanguage != null) {
      run.setLang(dataLanguage);
    }
    return run;
  }

  /**
   * Puts a bookmark around the paragraph's content, for the contents' links to point at; its name
   * starts with "_Toc", as Word's own for headings in a table of contents, which Word hides.
   */
  void bookmark(XWPFParagraph paragraph, String name) {
    BigInteger id = BigInteger.valueOf(++bookmarks);
    CTBookmark start = paragraph.getCTP().insertNewBookmarkStart(0);
    start.setName(name);
    start.setId(id);
    paragraph.getCTP().addNewBookmarkEnd().setId(id);
  }

  /**
   * A table of computed text cells under a header row that repeats on every page, in the
   * report's table style: a screen reader announces the header cells with each cell.
   */
  XWPFTable table(List<String> headers, List<List<String>> rows) {
    XWPFTable table = document.createTable(rows.size() + 1, headers.size());
    table.setStyleID("RusdialogTable");
    table.setWidth("100%");
    CTTblPr properties = table.getCTTbl().getTblPr();
    // POI gives new tables direct borders; the table style's are the ones meant.
    if (properties.isSetTblBorders()) {
      properties.unsetTblBorders();
    }
    CTTblLook look = properties.isSetTblLook() ? properties.getTblLook() : properties.addNewTblLook();
    look.setFirstRow(true);
    look.setFirstColumn(false);
    look.setLastRow(false);
    look.setLastColumn(false);
    look.setNoHBand(true);
    look.setNoVBand(true);
    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    header.setCantSplitRow(true);
    for (int c = 0; c < headers.size(); c++) {
      cell(header.getCell(c), headers.get(c), false);
    }
    // Computed from the meetings: import-docx skips a table holding this bookmark. A bookmark of
    // one cell survives Word and LibreOffice where a table style's name may not.
    bookmark(header.getCell(0).getParagraphs().get(0), COMPUTED_BOOKMARK + "_table_" + (++computedTables));
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      for (int c = 0; c < headers.size(); c++) {
        cell(table.getRow(r + 1).getCell(c), row.get(c), true);
      }
    }
    return table;
  }

  private void cell(XWPFTableCell cell, String text, boolean data) {
    XWPFParagraph paragraph = cell.getParagraphs().get(0);
    text(paragraph, text, false, data);
  }
}
