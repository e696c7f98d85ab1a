package io.github.rusdialog.cli;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.Exporter;
import io.github.rusdialog.export.ExporterRegistry;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rusdialog feedback}: for each meeting, the feedback to its participants — every input in
 * their words with the region's response, and what is still open — one file per meeting and format.
 */
@Command(name = "feedback", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Write each meeting's feedback to its participants (\"vi frågade – ni sa – vi gjorde\"):"
        + " every input with the region's response from the workbook, and what is still open.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  rusdialog feedback dialog.xlsx --format pdf,html --out feedback",
      "  rusdialog feedback dialog.json --format html --locale en --out feedback",
      "  rusdialog feedback rattad.docx --responses dialog.xlsx --out feedback",
      "",
      "Writes DIR/<meeting id>-aterkoppling.<ext> (with --locale en, -feedback.<ext>) for every meeting;",
      "all files are written to temporary files and moved into place only when all are complete."})
final class FeedbackCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  VerboseOption verbose;

  @Mixin
  ReadingMixin reading;

  @Mixin
  PublishingOption publishing;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "The dialogue with the region's responses: a workbook rusdialog exported and analysts"
          + " answered (.xlsx), a rusdialog JSON file (.json), or summaries (.txt, .md, .docx).")
  List<Path> inputs;

  @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT", defaultValue = "pdf,html",
      description = "Comma-separated formats with a feedback form: pdf, html, docx (default: pdf,html).")
  List<String> formats;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = ".",
      description = "Folder to write the files to, created if missing (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--locale", paramLabel = "sv|en", defaultValue = "sv",
      description = "Language of headings and labels: sv (default) or en. Data is never translated.")
  String locale;

  @Option(names = "--generated-at", paramLabel = "INSTANT",
      description = "The 'generated at' time, e.g. 2024-03-14T09:30:00Z (default: SOURCE_DATE_EPOCH"
          + " when set, else now). Fix it to get byte-identical files.")
  Instant generatedAt;

  private final Map<String, String> environment;

  FeedbackCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws IOException {
    List<Exporter> exporters = exporters(ExporterRegistry.load(FeedbackCommand.class.getClassLoader()));
    Locale language = ExportCommand.locale(locale);
    Instant generated = ExportCommand.generatedAt(generatedAt, environment);
    Dialogue dialogue = new Inputs(reading, spec.commandLine().getErr()).readAll(inputs);
    if (dialogue.meetings().isEmpty()) {
      throw new UsageException("the input holds no meetings, so there is no feedback to write");
    }
    // Checked once for the whole dialogue, before anything is written: the run is all or nothing.
    publishing.requirePublishable(exporters, dialogue,
        ExportOptions.builder().allowPersonalData(publishing.allowPersonalData).build());
    String suffix = language.getLanguage().equals("en") ? "-feedback." : "-aterkoppling.";
    ReportFiles files = new ReportFiles();
    for (Meeting meeting : dialogue.meetings()) {
      Dialogue one = dialogue.withMeetings(List.of(meeting));
      for (Exporter exporter : exporters) {
        ExportOptions options = ExportOptions.builder().locale(language).generatedAt(generated)
            .allowPersonalData(publishing.allowPersonalData).putSettings(exporter.id() + ".report", "feedback").build();
        files.add(out.resolve(meeting.id() + suffix + exporter.fileExtension()),
            stream -> exporter.export(one, options, stream));
      }
    }
    PrintWriter stdout = spec.commandLine().getOut();
    for (Path file : files.writeAll()) {
      stdout.printf(Locale.ROOT, "%s  %,d bytes%n", file, Files.size(file));
    }
    stdout.flush();
    return 0;
  }

  /**
   * The exporters named by --format; each must have a feedback form: a "report" setting that
   * declares "feedback" among its values.
   */
  private List<Exporter> exporters(ExporterRegistry registry) {
    Set<String> ids = new LinkedHashSet<>();
    for (String format : formats) {
      ids.add(format.strip().toLowerCase(Locale.ROOT));
    }
    List<Exporter> exporters = new ArrayList<>();
    for (String id : ids) {
      Exporter exporter = registry.get(id);
      if (!hasFeedback(exporter)) {
        String withFeedback = registry.exporters().stream().filter(FeedbackCommand::hasFeedback).map(Exporter::id)
            .collect(Collectors.joining(" or "));
        throw new UsageException("--format " + id + ": the " + id + " report has no feedback form; use " + withFeedback);
      }
      exporters.add(exporter);
    }
    return exporters;
  }

  private static boolean hasFeedback(Exporter exporter) {
    return exporter.settings().stream().anyMatch(setting -> setting.key().equals(exporter.id() + ".report")
        && setting.allowedValues().contains("feedback"));
  }
}
