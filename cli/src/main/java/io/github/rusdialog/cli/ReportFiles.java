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
 * when every one is complete are they moved into place. Reports of an earlier run are moved aside
 * first and put back if any move fails; folders created for the reports are removed again. A
 * failure thus leaves the output folder as it was: no partial file, no new file, no report
 * replaced.
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
    List<Path> createdDirs = new ArrayList<>();
    List<Path> temps = new ArrayList<>();
    try {
      for (Map.Entry<Path, Content> report : reports.entrySet()) {
        Path target = report.getKey();
        Path dir = target.toAbsolutePath().getParent();
        createDirectories(dir, createdDirs);
        // Not Files.createTempFile: its owner-only permissions would stay on the report.
        Path temp = sibling(target, "part");
        OutputStream file = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        temps.add(temp);
        try (OutputStream out = new BufferedOutputStream(file, 1 << 16)) {
          report.getValue().writeTo(out);
        }
      }
      moveAllIntoPlace(temps);
      return new ArrayList<>(reports.keySet());
    } catch (IOException | RuntimeException e) {
      for (Path temp : temps) {
        deleteQuietly(temp, e);
      }
      for (int i = createdDirs.size() - 1; i >= 0; i--) {
        deleteQuietly(createdDirs.get(i), e);
      }
      throw e;
    }
  }

  /**
   * Moves every temporary file onto its target. An existing target is first moved aside; if a move
   * fails, the reports already moved are taken out again and the earlier ones put back.
   */
  private void moveAllIntoPlace(List<Path> temps) throws IOException {
    List<Path> targets = new ArrayList<>(reports.keySet());
    for (Path target : targets) {
      if (Files.isDirectory(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        throw new java.nio.file.FileSystemException(target.toString(), null,
            "is a folder, so the report cannot be written there; move the folder or choose another --out");
      }
    }
    List<Path> backups = new ArrayList<>();
    int moved = 0;
    try {
      for (Path target : targets) {
        Path backup = null;
        if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          backup = sibling(target, "old");
          move(target, backup);
        }
        backups.add(backup);
        move(temps.get(moved), target);
        moved++;
      }
    } catch (IOException | RuntimeException e) {
      for (int i = backups.size() - 1; i >= 0; i--) {
        if (i < moved) {
          deleteQuietly(targets.get(i), e);
        }
        if (backups.get(i) != null) {
          try {
            move(backups.get(i), targets.get(i));
          } catch (IOException restore) {
            e.addSuppressed(restore);
          }
        }
      }
      throw e;
    }
    for (Path backup : backups) {
      if (backup != null) {
        Files.deleteIfExists(backup);
      }
    }
  }

  /** Creates {@code dir} and its missing parents, remembering each one created, outermost first. */
  private static void createDirectories(Path dir, List<Path> created) throws IOException {
    List<Path> missing = new ArrayList<>();
    for (Path d = dir; d != null && !Files.exists(d); d = d.getParent()) {
      missing.add(0, d);
    }
    for (Path d : missing) {
      if (!created.contains(d)) {
        Files.createDirectory(d);
        created.add(d);
      }
    }
  }

  private static Path sibling(Path target, String suffix) {
    return target.toAbsolutePath().getParent()
        .resolve("." + target.getFileName() + "." + UUID.randomUUID() + "." + suffix);
  }

  private static void deleteQuietly(Path path, Exception failure) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      failure.addSuppressed(e);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
