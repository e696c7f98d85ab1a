package io.github.rusdialog.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChartSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * POI's streaming workbook with one change: when it writes the file, the XML of each sheet around
 * its rows is copied as a whole. POI 5.5's {@code SXSSFWorkbook} copies it one character at a
 * time through an unbuffered reader and writer, which allocates a buffer per character: a fifth of
 * everything an export of one meeting allocates, and more the more a sheet carries besides its rows
 * (column widths, print setup, drop-downs). The bytes written are the same.
 */
final class BufferedStreamingWorkbook extends SXSSFWorkbook {
  private static final byte[] START = "<sheetData".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EMPTY_START = "<sheetData>\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] END = "</sheetData>".getBytes(StandardCharsets.US_ASCII);

  BufferedStreamingWorkbook(int rowAccessWindowSize) {
    super(rowAccessWindowSize);
  }

  /** As POI's, but with {@link #copyAndInject}; keep in step with POI when upgrading it. */
  @Override
  protected void injectData(ZipEntrySource zipEntrySource, OutputStream out) throws IOException {
    ZipArchiveOutputStream zos = createArchiveOutputStream(out);
    try {
      Enumeration<? extends ZipArchiveEntry> entries = zipEntrySource.getEntries();
      while (entries.hasMoreElements()) {
        ZipArchiveEntry entry = entries.nextElement();
        ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
        if (entry.getSize() >= 0) {
          copy.setSize(entry.getSize());
        }
        if (entry.getTime() >= 0) {
          copy.setTime(entry.getTime());
        }
        zos.putArchiveEntry(copy);
        try (InputStream in = zipEntrySource.getInputStream(entry)) {
          if (in instanceof ZipArchiveThresholdInputStream) {
            // As POI does (its bug 59743): no zip-bomb guard on the copy of our own parts.
            ((ZipArchiveThresholdInputStream) in).setGuardState(false);
          }
          XSSFSheet sheet = getSheetFromZipEntryName(entry.getName());
          if (sheet != null && !(sheet instanceof XSSFChartSheet)) {
            copyAndInject(in, zos, createSheetInjector(getSheet(sheet.getSheetName())));
          } else {
            in.transferTo(zos);
          }
        } finally {
          zos.closeArchiveEntry();
        }
      }
    } finally {
      zos.finish();
      zipEntrySource.close();
    }
  }

  /**
   * Writes a sheet's XML with the streamed rows in its {@code <sheetData>} element, as POI does: the
   * XML up to and including {@code <sheetData>}, what the element held, the rows, then
   * {@code </sheetData>} and the rest; an empty {@code <sheetData/>} is replaced by the element
   * with the rows, and a sheet without one gets it at the end. The XML around the rows is a few
   * kilobytes (the rows are in POI's temporary file), so it is read whole and searched as bytes:
   * the markers are ASCII, which never occurs inside a UTF-8 sequence for another character.
   */
  private static void copyAndInject(InputStream in, OutputStream out, ISheetInjector rows) throws IOException {
    byte[] xml = in.readAllBytes();
    for (int from = 0, at; (at = indexOf(xml, START, from)) >= 0; from = at + START.length) {
      int after = at + START.length;
      if (after < xml.length && xml[after] == '>') {
        int end = indexOf(xml, END, after + 1);
        int inside = end < 0 ? xml.length : end;
        out.write(xml, 0, inside);
        rows.writeSheetData(out);
        out.write(END);
        if (end >= 0) {
          out.write(xml, end + END.length, xml.length - end - END.length);
        }
        return;
      }
      if (after + 1 < xml.length && xml[after] == '/' && xml[after + 1] == '>') {
        out.write(xml, 0, at);
        writeElement(out, rows);
        out.write(xml, after + 2, xml.length - after - 2);
        return;
      }
    }
    out.write(xml);
    writeElement(out, rows);
  }

  private static void writeElement(OutputStream out, ISheetInjector rows) throws IOException {
    out.write(EMPTY_START);
    rows.writeSheetData(out);
    out.write(END);
  }

  private static int indexOf(byte[] text, byte[] marker, int from) {
    search:
    for (int i = from; i <= text.length - marker.length; i++) {
      for (int j = 0; j < marker.length; j++) {
        if (text[i + j] != marker[j]) {
          continue search;
        }
      }
      return i;
    }
    return -1;
  }
}
