package io.github.rusdialog.excel;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles a workbook uses, made once per workbook (Excel caps their number). */
final class Styles {
  final CellStyle header;
  final CellStyle text;
  final CellStyle wrapped;
  final CellStyle date;
  final CellStyle number;
  final CellStyle decimal;
  final CellStyle title;
  final CellStyle heading;
  final CellStyle bold;
  final CellStyle boldWrapped;
  final CellStyle italicWrapped;
  final CellStyle italic;
  final CellStyle label;

  Styles(Workbook workbook) {
    Font boldFont = workbook.createFont();
    boldFont.setBold(true);
    Font headerFont = workbook.createFont();
    headerFont.setBold(true);
    headerFont.setColor(IndexedColors.WHITE.getIndex());
    Font titleFont = workbook.createFont();
    titleFont.setBold(true);
    titleFont.setFontHeightInPoints((short) 16);
    Font headingFont = workbook.createFont();
    headingFont.setBold(true);
    headingFont.setFontHeightInPoints((short) 12);
    Font italicFont = workbook.createFont();
    italicFont.setItalic(true);

    header = workbook.createCellStyle();
    header.setFont(headerFont);
    header.setFillForegroundColor(IndexedColors.DARK_BLUE.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    header.setWrapText(true);

    text = top(workbook);
    wrapped = top(workbook);
    wrapped.setWrapText(true);
    date = top(workbook);
    date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
    number = top(workbook);
    number.setDataFormat(workbook.createDataFormat().getFormat("0"));
    decimal = top(workbook);
    decimal.setDataFormat(workbook.createDataFormat().getFormat("0.00"));

    title = top(workbook);
    title.setFont(titleFont);
    heading = top(workbook);
    heading.setFont(headingFont);
    heading.setWrapText(true);
    bold = top(workbook);
    bold.setFont(boldFont);
    boldWrapped = top(workbook);
    boldWrapped.setFont(boldFont);
    boldWrapped.setWrapText(true);
    italicWrapped = top(workbook);
    italicWrapped.setFont(italicFont);
    italicWrapped.setWrapText(true);
    italic = top(workbook);
    italic.setFont(italicFont);
    label = top(workbook);
    label.setFont(boldFont);
  }

  private static CellStyle top(Workbook workbook) {
    CellStyle style = workbook.createCellStyle();
    style.setVerticalAlignment(VerticalAlignment.TOP);
    return style;
  }
}
