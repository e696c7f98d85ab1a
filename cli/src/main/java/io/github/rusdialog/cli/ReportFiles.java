package io.github.rusdialog.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Writes report files all or nothing: each into a temporary file in the target folder, and only
 * when every one is complete are they moved into place. A failure leaves no partial file and never
 * replaces a report from an earlier run.
 */
final class ReportFiles {
  /** Writes one report's bytes. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private final Map<Path, Content> reports = new LinkedHashMap<>();

  void add(Path target, Content content) {
    reports.put(target, content);
  }

  /** Writes every report; returns the targets in order. */
  List<Path> writeAll() throws IOException {
    List<Path> temps = new ArrayList<>();
    try {
      for (Map.Entry<Path, Content> report : reports.entrySet()) {
        Path target = report.getKey();
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would stay on the report.
        Path temp = dir.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
        OutputStream file = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        temps.add(temp);
        try (OutputStream out = new BufferedOutputStream(file, 1 << 16)) {
          report.getValue().writeTo(out);
        }
      }
      int i = 0;
      for (Path target : reports.keySet()) {
        move(temps.get(i++), target);
      }
      return new ArrayList<>(reports.keySet());
    } catch (IOException | RuntimeException e) {
      for (Path temp : temps) {
        Files.deleteIfExists(temp);
      }
      throw e;
    }
  }

  private static void move(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
