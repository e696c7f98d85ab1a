package io.github.rusdialog.cli;

import io.github.rusdialog.docx.DocxSummaryReader;
import io.github.rusdialog.markdown.MarkdownSummaryReader;
import io.github.rusdialog.excel.WorkbookImport;
import io.github.rusdialog.excel.WorkbookReader;
import io.github.rusdialog.json.JsonDialogueReader;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.ModelValidationException;
import io.github.rusdialog.text.Summary;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.text.SummaryReader;
import io.github.rusdialog.text.SummaryWarning;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads input files, JSON dialogues, rusdialog workbooks and summaries alike, and merges them into one dialogue:
 * name and organiser from the first input that gives them (else from --name/--organiser),
 * strategic areas joined by id, and meetings put together, where one meeting id seen twice is an
 * error naming both files. Summaries' warnings go to stderr, or fail the run with --strict.
 */
final class Inputs {
  private final ReadOptions options;
  private final StrategicAreaCatalogue catalogue;
  private final PrintWriter err;

  Inputs(ReadOptions options, PrintWriter err) throws IOException {
    options.requireValid();
    this.options = options;
    this.catalogue = options.catalogue();
    this.err = err;
  }

  /** Whether the file is read as JSON or as a summary, by its extension. */
  static boolean isJson(Path file) {
    return extension(file).equals("json");
  }

  /** Whether the file is a workbook rusdialog wrote (or made as a template), by its extension. */
  static boolean isWorkbook(Path file) {
    return extension(file).equals("xlsx");
  }

  static void requireKnownType(Path file) {
    String extension = extension(file);
    if (!extension.equals("json") && !extension.equals("txt") && !extension.equals("md")
        && !extension.equals("docx") && !extension.equals("xlsx")) {
      throw new UsageException(file + ": cannot read " + (extension.isEmpty() ? "files without an extension"
          : "." + extension + " files") + "; give a rusdialog JSON file (.json), a workbook rusdialog"
          + " exported (.xlsx) or a meeting summary (.txt, .md, .docx)");
    }
  }

  /** Reads one input file into a dialogue, reporting its warnings. */
  Dialogue read(Path file) throws IOException {
    requireKnownType(file);
    if (Files.isDirectory(file)) {
      throw new InvalidInputException(file.toString(), 0, 0, null, "is a folder, not a file");
    }
    try {
      if (isJson(file)) {
        return JsonDialogueReader.create().read(file);
      }
      if (isWorkbook(file)) {
        WorkbookImport workbook = WorkbookReader.create().read(file);
        report(workbook.warnings());
        return workbook.dialogue();
      }
      Summary summary;
      switch (extension(file)) {
        case "docx":
          summary = DocxSummaryReader.withCatalogue(catalogue).read(file);
          break;
        case "md":
          summary = MarkdownSummaryReader.withCatalogue(catalogue).read(file);
          break;
        default:
          summary = SummaryReader.withCatalogue(catalogue).read(file);
      }
      report(summary.warnings());
      return summary.toDialogue();
    } catch (NoSuchFileException e) {
      throw new InvalidInputException(file.toString(), 0, 0, null, "no such file");
    } catch (AccessDeniedException e) {
      throw new InvalidInputException(file.toString(), 0, 0, null, "cannot be read: permission denied");
    } catch (InvalidInputException e) {
      throw e;
    } catch (ModelValidationException e) {
      throw new InvalidInputException(file.toString(), 0, 0, null, e.getMessage());
    }
  }

  private void report(List<SummaryWarning> warnings) throws InvalidInputException {
    for (SummaryWarning warning : warnings) {
      if (options.strict) {
        throw new InvalidInputException(warning.source(), warning.line(), 0, warning.place().orElse(null),
            warning.message() + " (--strict makes this an error)");
      }
      err.println(warning);
    }
  }

  /** Reads and merges all inputs into one dialogue ({@link Dialogue#combine}), naming files in errors. */
  Dialogue readAll(List<Path> files) throws IOException {
    List<Dialogue> parts = new ArrayList<>();
    for (Path file : files) {
      parts.add(read(file));
    }
    Dialogue combined;
    try {
      combined = Dialogue.combine(parts);
    } catch (ModelValidationException e) {
      Matcher part = PART.matcher(e.field() + ": " + e.problem());
      if (part.find()) {
        String message = PART.matcher(e.problem()).replaceAll(m -> files.get(Integer.parseInt(m.group(1))).toString()
            .replace("\\", "\\\\").replace("$", "\\$"));
        Path file = files.get(Integer.parseInt(part.group(1)));
        throw new InvalidInputException(file.toString(), 0, 0, null, e.field().replaceFirst("^parts\\[\\d+\\]\\.", "")
            + ": " + message);
      }
      throw new InvalidInputException(String.join(", ", files.stream().map(Path::toString).toList()),
          0, 0, null, e.getMessage());
    }
    if (combined.name().isPresent() && combined.organiser().isPresent()
        || options.name == null && options.organiser == null) {
      return combined;
    }
    return Dialogue.builder().from(combined).name(combined.name().or(() -> Optional.ofNullable(options.name)))
        .organiser(combined.organiser().or(() -> Optional.ofNullable(options.organiser))).build();
  }

  private static final Pattern PART = Pattern.compile("parts\\[(\\d+)\\]");

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
