package io.github.rusdialog.cli;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.json.JsonExporter;
import io.github.rusdialog.model.Dialogue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rusdialog import}: summaries or rusdialog workbooks to one JSON dialogue. */
@Command(name = "import", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Read meeting summaries (.txt, .md, .docx) or workbooks rusdialog exported (.xlsx),"
        + " edited or not, into one rusdialog JSON dialogue.",
    footerHeading = "%nExamples:%n",
    footer = {
      "  rusdialog import examples/bolagsdagen-2024-03-13.txt --out bolagsdagen.json",
      "  rusdialog import summaries/*.md --out dialog.json",
      "  rusdialog import dialog.xlsx --out dialog.json"})
final class ImportCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  VerboseOption verbose;

  @Mixin
  ReadingMixin reading;

  @Parameters(arity = "1..*", paramLabel = "SUMMARY", description = "Meeting summaries (.txt, .md, .docx) or rusdialog workbooks (.xlsx).")
  List<Path> summaries;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.json",
      description = "The JSON file to write.")
  Path out;

  private Inputs reader() throws IOException {
    return new Inputs(reading, spec.commandLine().getErr());
  }

  @Override
  public Integer call() throws IOException {
    for (Path summary : summaries) {
      if (Inputs.isJson(summary)) {
        throw new UsageException(summary + ": import reads summaries (.txt, .md, .docx) and workbooks (.xlsx);"
            + " JSON is already"
            + " imported, export it instead");
      }
      if (Files.exists(out) && Files.exists(summary) && Files.isSameFile(out, summary)) {
        throw new UsageException(out + " would overwrite the input " + summary);
      }
    }
    Dialogue dialogue = reader().readAll(summaries);
    ReportFiles files = new ReportFiles();
    files.add(out, stream -> new JsonExporter().export(dialogue, ExportOptions.defaults(), stream));
    for (Path written : files.writeAll()) {
      spec.commandLine().getOut().printf(Locale.ROOT, "%s  %,d bytes, %d meeting(s)%n", written,
          Files.size(written), dialogue.meetings().size());
    }
    spec.commandLine().getOut().flush();
    return 0;
  }
}
