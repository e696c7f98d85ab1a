package io.github.rusdialog.cli;

import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.read.DialogueReaders;
import io.github.rusdialog.read.ReadOptions;
import io.github.rusdialog.read.ReadResult;
import io.github.rusdialog.read.ReadWarning;
import io.github.rusdialog.responses.ResponseCarryOver;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads input files through {@link DialogueReaders}, the one way in the library offers, and merges
 * them into one dialogue. Warnings go to stderr; with --strict the first one fails the run.
 */
final class Inputs {
  private final ReadOptions options;
  private final Path responses;
  private final PrintWriter err;

  Inputs(ReadingMixin options, PrintWriter err) throws IOException {
    this.options = options.toLibraryOptions();
    this.responses = options.responses;
    this.err = err;
  }

  /** Whether the file is JSON by its extension (for the import command, which refuses it). */
  static boolean isJson(Path file) {
    return extension(file).equals("json");
  }

  /**
   * Reads and merges all inputs into one dialogue ({@link Dialogue#combine}), naming files in errors,
   * and carries the responses of --responses over onto it.
   */
  Dialogue readAll(List<Path> files) throws IOException {
    DialogueReaders readers = DialogueReaders.load();
    ReadResult result = report(readers.read(files, options));
    if (responses == null) {
      return result.dialogue();
    }
    ReadResult answered = report(readers.read(List.of(responses), options));
    return report(ResponseCarryOver.carry(answered.dialogue(), responses.toString(), result.dialogue(), options))
        .dialogue();
  }

  private ReadResult report(ReadResult result) {
    for (ReadWarning warning : result.warnings()) {
      err.println(warning);
    }
    return result;
  }

  /** Reads one input file into a dialogue, reporting its warnings. */
  Dialogue read(Path file) throws IOException {
    return readAll(List.of(file));
  }

  /** The base name reports get: the single input's name without extension, or "dialog". */
  static String reportName(List<Path> files) {
    if (files.size() != 1) {
      return "dialog";
    }
    String file = files.get(0).getFileName().toString();
    int dot = file.lastIndexOf('.');
    return dot > 0 ? file.substring(0, dot) : file;
  }

  private static String extension(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
