package io.github.rusdialog.cli;

import io.github.rusdialog.excel.ExcelExporter;
import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.model.Dialogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * meeting's summary straight into Excel. It imports like any exported workbook.
 */
@Command(name = "template", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Write an empty workbook to fill in a meeting's summary in Excel: the overview's meeting"
        + " row, the priorities, and the opportunities and challenges, with drop-downs of the strategic areas"
        + " and item types. Read it back with import or export.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  rusdialog template --out ny-sammanfattning.xlsx",
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

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.xlsx", description = "The workbook to write.")
  Path out;

  @Override
  public Integer call() throws IOException {
    reading.requireValid();
    if (!out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw new UsageException("--out " + out + ": a template is an Excel workbook; name it .xlsx");
    }
    if (Files.exists(out)) {
      throw new UsageException(out + " exists; a template does not overwrite a workbook someone may have"
          + " filled in: remove it or choose another name");
    }
    Dialogue empty = Dialogue.builder().strategicAreas(reading.catalogue().areas())
        .name(Optional.ofNullable(reading.name)).organiser(Optional.ofNullable(reading.organiser)).build();
    ExportOptions options = ExportOptions.builder().locale(ExportCommand.locale(locale)).build();
    ReportFiles files = new ReportFiles();
    files.add(out, stream -> new ExcelExporter().export(empty, options, stream));
    for (Path written : files.writeAll()) {
      spec.commandLine().getOut().printf(Locale.ROOT, "%s  %,d bytes, %d strategic areas%n", written,
          Files.size(written), empty.strategicAreas().size());
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
