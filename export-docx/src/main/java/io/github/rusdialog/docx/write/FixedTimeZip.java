package io.github.rusdialog.docx.write;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Copies a package POI wrote with every entry's time set to the report's "generated at" instant:
 * POI stamps the entries with the clock, and equal input is owed identical bytes. The time is
 * written as that instant's UTC date and time, so the machine's time zone does not change it.
 */
final class FixedTimeZip {
  private FixedTimeZip() {}

  static void copy(byte[] zip, Instant generatedAt, OutputStream out) throws IOException {
    LocalDateTime time = LocalDateTime.ofInstant(generatedAt, ZoneOffset.UTC);
    ZipOutputStream copy = new ZipOutputStream(out);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry fixed = new ZipEntry(entry.getName());
        fixed.setTimeLocal(time);
        copy.putNextEntry(fixed);
        in.transferTo(copy);
        copy.closeEntry();
      }
    }
    // Finished, not closed: the caller's stream stays open.
    copy.finish();
  }
}
