package io.github.rusdialog.cli;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.Exporter;
import io.github.rusdialog.export.ExporterRegistry;
import io.github.rusdialog.export.ExporterSetting;
import io.github.rusdialog.export.InvalidSettingException;
import io.github.rusdialog.model.Dialogue;
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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rusdialog export}: inputs to reports in the chosen formats. */
@Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Write Excel, PDF and JSON reports of one or more summaries or JSON dialogues.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  rusdialog export examples/bolagsdagen-2024-03-13.txt --format xlsx,pdf,json,html --out reports",
      "  rusdialog export a.md b.md c.json --format pdf --locale en --title \"RUS 2024\" --out reports",
      "  SOURCE_DATE_EPOCH=1710374400 rusdialog export dialog.json --out reports   # reproducible bytes",
      "",
      "Several inputs make one dialogue, written to DIR/dialog.<ext>; one input gives DIR/<its name>.<ext>.",
      "Reports are written to temporary files and moved into place only when all are complete."})
final class ExportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  VerboseOption verbose;

  @Mixin
  ReadingMixin reading;

  @Mixin
  PublishingOption publishing;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Summary texts (.txt, .md, .docx), rusdialog JSON files (.json) or workbooks rusdialog"
          + " exported (.xlsx), edited or not.")
  List<Path> inputs;

  @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT",
      description = "Comma-separated report formats, e.g. xlsx,pdf,json,html,docx (default: every format found"
          + " but docx, the Word report officials edit, which is written when asked for; rusdialog formats lists"
          + " them).")
  List<String> formats;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = ".",
      description = "Folder to write the reports to, created if missing (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--locale", paramLabel = "sv|en", defaultValue = "sv",
      description = "Language of headings and labels: sv (default) or en. Data is never translated.")
  String locale;

  @Option(names = "--title", paramLabel = "TITLE", description = "Document title instead of the dialogue's name.")
  String title;

  @Option(names = "--generated-at", paramLabel = "INSTANT",
      description = "The 'generated at' time, e.g. 2024-03-14T09:30:00Z (default: SOURCE_DATE_EPOCH"
          + " when set, else now). Fix it to get byte-identical reports.")
  Instant generatedAt;

  @Option(names = "--set", paramLabel = "KEY=VALUE", mapFallbackValue = "",
      description = "An exporter setting, e.g. --set xlsx.meetingSheetLimit=50 --set pdf.pageSize=letter"
          + " (rusdialog formats --verbose lists them).")
  Map<String, String> settings;

  private final Map<String, String> environment;

  ExportCommand(Map<String, String> environment) {
    this.environment = environment;
  }

  private Inputs reader() throws IOException {
    return new Inputs(reading, spec.commandLine().getErr());
  }

  @Override
  public Integer call() throws IOException {
    ExporterRegistry registry = ExporterRegistry.load(ExportCommand.class.getClassLoader());
    List<Exporter> exporters = exporters(registry);
    ExportOptions options = options();
    for (Exporter exporter : exporters) {
      try {
        ExporterSetting.requireKnown(exporter, options);
      } catch (InvalidSettingException e) {
        throw new UsageException("--set: " + e.getMessage());
      }
    }
    String name = Inputs.reportName(inputs);
    List<Path> targets = new ArrayList<>();
    for (Exporter exporter : exporters) {
      Path target = out.resolve(name + "." + exporter.fileExtension());
      for (Path input : inputs) {
        if (Files.exists(target) && Files.exists(input) && Files.isSameFile(target, input)) {
          throw new UsageException(target + " would overwrite the input " + input
              + "; choose another --out folder");
        }
      }
      targets.add(target);
    }
    Dialogue dialogue = reader().readAll(inputs);
    publishing.requirePublishable(exporters, dialogue, options);
    ReportFiles files = new ReportFiles();
    for (int i = 0; i < exporters.size(); i++) {
      Exporter exporter = exporters.get(i);
      files.add(targets.get(i), stream -> exporter.export(dialogue, options, stream));
    }
    PrintWriter stdout = spec.commandLine().getOut();
    List<Path> written;
    try {
      written = files.writeAll();
    } catch (InvalidSettingException e) {
      throw new UsageException("--set: " + e.getMessage());
    }
    for (Path report : written) {
      stdout.printf(Locale.ROOT, "%s  %,d bytes%n", report, Files.size(report));
    }
    stdout.flush();
    return 0;
  }

  /** The formats not among the defaults. */
  static final Set<String> ON_REQUEST = Set.of("docx");

  private List<Exporter> exporters(ExporterRegistry registry) {
    Set<String> ids = new LinkedHashSet<>();
    if (formats == null || formats.isEmpty()) {
      ids.addAll(registry.ids());
      // The Word report is the one officials edit: written on every run, it would replace an edited
      // copy in the folder. It is written when asked for.
      ids.removeAll(ON_REQUEST);
    } else {
      for (String format : formats) {
        ids.add(format.strip().toLowerCase(Locale.ROOT));
      }
    }
    List<Exporter> exporters = new ArrayList<>();
    for (String id : ids) {
      exporters.add(registry.get(id));
    }
    return exporters;
  }

  /** The locale a {@code --locale} value names: sv or en. */
  static Locale locale(String option) {
    String language = option.strip().toLowerCase(Locale.ROOT);
    if (!language.equals("sv") && !language.equals("en")) {
      throw new UsageException("--locale " + option + ": use sv or en");
    }
    return language.equals("en") ? Locale.ENGLISH : Locale.forLanguageTag("sv-SE");
  }

  private ExportOptions options() {
    ExportOptions.Builder options = ExportOptions.builder()
        .locale(locale(locale))
        .generatedAt(generatedAt())
        .allowPersonalData(publishing.allowPersonalData);
    if (title != null) {
      if (title.isBlank()) {
        throw new UsageException("--title must not be blank");
      }
      options.title(title);
    }
    if (settings != null) {
      options.putAllSettings(settings);
    }
    try {
      return options.build();
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
  }

  private Instant generatedAt() {
    return generatedAt(generatedAt, environment);
  }

  /** The "generated at" instant: the option's, else SOURCE_DATE_EPOCH's, else now to the second. */
  static Instant generatedAt(Instant generatedAt, Map<String, String> environment) {
    if (generatedAt != null) {
      return generatedAt;
    }
    String epoch = environment.get("SOURCE_DATE_EPOCH");
    if (epoch != null && !epoch.isBlank()) {
      try {
        return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
      } catch (NumberFormatException e) {
        throw new UsageException("SOURCE_DATE_EPOCH '" + epoch + "' is not a whole number of seconds");
      }
    }
    return Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
  }
}
