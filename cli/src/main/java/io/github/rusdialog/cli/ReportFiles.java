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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

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

  /** Moves a file; replaced in tests to make a move fail. */
  @FunctionalInterface
  interface Mover {
    void move(Path from, Path to) throws IOException;
  }

  private final Map<Path, Content> reports = new LinkedHashMap<>();
  private final Mover mover;

  ReportFiles() {
    this(ReportFiles::atomicMove);
  }

  ReportFiles(Mover mover) {
    this.mover = mover;
  }

  void add(Path target, Content content) {
    reports.put(target, content);
  }

  /** Writes every report; returns the targets in order. */
  List<Path> writeAll() throws IOException {
    List<Path> createdDirs = new ArrayList<>();
    List<Path> temps = new ArrayList<>();
    try {
      for (Path target : reports.keySet()) {
        createDirectories(target.toAbsolutePath().getParent(), createdDirs);
        // Not Files.createTempFile: its owner-only permissions would stay on the report.
        Path temp = sibling(target, "part");
        Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        temps.add(temp);
      }
      writeConcurrently(temps);
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
   * Writes the reports into their temporary files, each on a thread of its own: exporters are
   * thread-safe and the dialogue immutable, and on two cores the formats finish sooner together.
   * The first failure is thrown once all have ended.
   */
  private void writeConcurrently(List<Path> temps) throws IOException {
    List<Content> contents = new ArrayList<>(reports.values());
    if (contents.size() == 1) {
      write(temps.get(0), contents.get(0));
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(contents.size(), runnable -> {
      Thread thread = new Thread(runnable, "rusdialog-report");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < contents.size(); i++) {
        Path temp = temps.get(i);
        Content content = contents.get(i);
        running.add(pool.submit(() -> {
          write(temp, content);
          return null;
        }));
      }
      Throwable first = null;
      for (Future<?> report : running) {
        try {
          report.get();
        } catch (ExecutionException e) {
          if (first == null) {
            first = e.getCause();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while writing the reports", e);
        }
      }
      if (first instanceof IOException) {
        throw (IOException) first;
      }
      if (first instanceof RuntimeException) {
        throw (RuntimeException) first;
      }
      if (first instanceof Error) {
        throw (Error) first;
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static void write(Path temp, Content content) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
      content.writeTo(out);
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
          mover.move(target, backup);
        }
        backups.add(backup);
        mover.move(temps.get(moved), target);
        moved++;
      }
    } catch (IOException | RuntimeException e) {
      for (int i = backups.size() - 1; i >= 0; i--) {
        if (i < moved) {
          deleteQuietly(targets.get(i), e);
        }
        if (backups.get(i) != null) {
          try {
            atomicMove(backups.get(i), targets.get(i));
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

  private static void atomicMove(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
