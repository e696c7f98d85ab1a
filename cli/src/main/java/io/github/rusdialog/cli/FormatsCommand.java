package io.github.rusdialog.cli;

import io.github.rusdialog.export.Exporter;
import io.github.rusdialog.export.ExporterRegistry;
import io.github.rusdialog.export.ExporterSetting;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rusdialog formats}: the exporters found on the class path. */
@Command(name = "formats", mixinStandardHelpOptions = true, description = "List the report formats (exporter ids) available.")
final class FormatsCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-v", "--verbose"}, description = "Also list each format's settings (for export --set).")
  boolean verbose;

  @Override
  public Integer call() {
    ExporterRegistry registry = ExporterRegistry.load(FormatsCommand.class.getClassLoader());
    PrintWriter out = spec.commandLine().getOut();
    for (Exporter exporter : registry.exporters()) {
      out.printf("%-6s .%-5s %s%s%n", exporter.id(), exporter.fileExtension(), exporter.description(),
          ExportCommand.ON_REQUEST.contains(exporter.id()) ? " (written when asked for with --format)" : "");
      if (verbose) {
        for (ExporterSetting setting : exporter.settings()) {
          out.printf("         --set %s=%s  (default%s) %s%n", setting.key(), setting.defaultValue(),
              setting.allowedValues().isEmpty() ? "" : "; one of " + String.join(", ", setting.allowedValues()),
              setting.description());
        }
      }
    }
    for (String problem : registry.problems()) {
      spec.commandLine().getErr().println("warning: an exporter could not be loaded: " + problem);
    }
    out.flush();
    return 0;
  }
}
