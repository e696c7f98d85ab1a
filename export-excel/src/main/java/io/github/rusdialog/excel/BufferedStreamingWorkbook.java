package io.github.rusdialog.excel;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
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
 * its rows is copied through buffers. POI 5.5's {@code SXSSFWorkbook} copies it one character at a
 * time through an unbuffered reader and writer, which allocates a buffer per character: a fifth of
 * everything an export of one meeting allocates, and more the more a sheet carries besides its rows
 * (column widths, print setup, drop-downs). The bytes written are the same.
 */
final class BufferedStreamingWorkbook extends SXSSFWorkbook {
  private static final String START = "<sheetData";
  private static final String END = "</sheetData>";

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
   * Copies a sheet's XML up to its {@code <sheetData>} element, writes the streamed rows in its
   * place, then copies the rest; an empty {@code <sheetData/>} is replaced the same way.
   */
  private static void copyAndInject(InputStream in, OutputStream out, ISheetInjector rows) throws IOException {
    Reader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 8192);
    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 8192);
    String wanted = START;
    int matched = 0;
    boolean startWritten = false;
    int c;
    while ((c = reader.read()) != -1) {
      if (c == wanted.charAt(matched)) {
        matched++;
        if (matched < wanted.length()) {
          continue;
        }
        if (wanted == END) {
          break;
        }
        c = reader.read();
        if (c == -1) {
          writer.write(START);
          break;
        }
        if (c == '>') {
          writer.write(START);
          writer.write('>');
          startWritten = true;
          wanted = END;
          matched = 0;
          continue;
        }
        if (c == '/') {
          c = reader.read();
          if (c == -1) {
            writer.write(START);
            break;
          }
          if (c == '>') {
            break;
          }
          writer.write(START);
          writer.write('/');
          writer.write(c);
          matched = 0;
          continue;
        }
        writer.write(START);
        writer.write('/');
        writer.write(c);
        matched = 0;
        continue;
      }
      if (matched > 0) {
        writer.write(wanted, 0, matched);
      }
      if (c == wanted.charAt(0)) {
        matched = 1;
      } else {
        writer.write(c);
        matched = 0;
      }
    }
    writer.flush();
    if (!startWritten) {
      writer.write("<sheetData>\n");
      writer.flush();
    }
    rows.writeSheetData(out);
    writer.write(END);
    char[] buffer = new char[8192];
    for (int n; (n = reader.read(buffer)) != -1; ) {
      writer.write(buffer, 0, n);
    }
    writer.flush();
  }
}
