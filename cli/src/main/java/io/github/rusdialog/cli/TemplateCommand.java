package io.github.rusdialog.cli;

import io.github.rusdialog.docx.write.SummaryTemplate;
import io.github.rusdialog.excel.ExcelExporter;
import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.model.Dialogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code rusdialog template}: a workbook with empty tables and the drop-downs, for writing one
 * meeting's summary straight into Excel, or a Word document with the summary's parts to write it
 * in Word. Each imports like any summary once filled in.
 */
@Command(name = "template", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Write an empty workbook to fill in a meeting's summary in Excel (the overview's meeting"
        + " row, the priorities, and the opportunities and challenges, with drop-downs of the strategic areas"
        + " and item types), or with --format docx a Word document with the summary's parts (the title line,"
        + " the intro, the participants, the priorities and each strategic area with empty lists) and"
        + " placeholders to write over. Read it back with import or export; a Word template is refused while"
        + " a placeholder remains.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  rusdialog template --out ny-sammanfattning.xlsx",
      "  rusdialog template --format docx --out ny-sammanfattning.docx",
      "  rusdialog template --areas examples/other-region/strategic-areas.txt --out mote.xlsx",
      "  rusdialog import ny-sammanfattning.xlsx --out mote.json"})
final class TemplateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  VerboseOption verbose;

  @Mixin
  ReadingMixin reading;

  @Option(names = "--locale", paramLabel = "sv|en", defaultValue = "sv",
      description = "The workbook's language: sheet names, headers and drop-down values (default: ${DEFAULT-VALUE}).")
  String locale;

  @Option(names = {"-f", "--format"}, paramLabel = "xlsx|docx",
      description = "xlsx (a workbook) or docx (a Word document); default: the extension of --out, else xlsx.")
  String format;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "The file to write.")
  Path out;

  @Override
  public Integer call() throws IOException {
    reading.requireValid();
    String extension = extension(out);
    String kind = format == null ? (extension.equals("docx") ? "docx" : "xlsx") : format.strip().toLowerCase(Locale.ROOT);
    if (!kind.equals("xlsx") && !kind.equals("docx")) {
      throw new UsageException("--format " + format + ": a template is a workbook (xlsx) or a Word document (docx)");
    }
    if (!extension.equals(kind)) {
      throw new UsageException("--out " + out + ": a " + (kind.equals("docx") ? "Word" : "workbook") + " template is"
          + " named ." + kind);
    }
    if (Files.exists(out)) {
      throw new UsageException(out + " exists; a template does not overwrite a file someone may have"
          + " filled in: remove it or choose another name");
    }
    Dialogue empty = Dialogue.builder().strategicAreas(reading.catalogue().areas())
        .name(Optional.ofNullable(reading.name)).organiser(Optional.ofNullable(reading.organiser)).build();
    ReportFiles files = new ReportFiles();
    if (kind.equals("docx")) {
      files.add(out, stream -> SummaryTemplate.write(reading.catalogue(), Instant.now(), stream));
    } else {
      ExportOptions options = ExportOptions.builder().locale(ExportCommand.locale(locale)).build();
      files.add(out, stream -> new ExcelExporter().export(empty, options, stream));
    }
    for (Path written : files.writeAll()) {
      spec.commandLine().getOut().printf(Locale.ROOT, "%s  %,d bytes, %d strategic areas%n", written,
          Files.size(written), empty.strategicAreas().size());
    }
    spec.commandLine().getOut().flush();
    return 0;
  }

  private static String extension(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".docx") ? "docx" : name.endsWith(".xlsx") ? "xlsx" : "";
  }
}
