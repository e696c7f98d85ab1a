package io.github.rusdialog.cli;

import io.github.rusdialog.export.ExportException;
import io.github.rusdialog.export.UnknownExporterException;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.ModelValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code rusdialog} command line: {@code export}, {@code feedback}, {@code import}, {@code
 * template}, {@code validate} and {@code formats}. Exit codes: 0 success, 1 invalid input or a failed write (one line per problem
 * on stderr, {@code file:line: what is wrong}), 2 wrong usage.
 */
@Command(name = "rusdialog", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Turns RUS dialogue meeting summaries into Excel, PDF and JSON reports.",
    subcommands = {CommandLine.HelpCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  rusdialog export examples/bolagsdagen-2024-03-13.txt --format xlsx,pdf,json --out reports",
      "  rusdialog validate examples/*.txt examples/*.md",
      "  rusdialog feedback reports/dialog.xlsx --format pdf,html --out feedback",
      "  rusdialog import examples/kommundialog-overkalix-2024-04-19.md --out overkalix.json",
      "  rusdialog import reports/dialog.xlsx --out dialog.json",
      "  rusdialog template --out ny-sammanfattning.xlsx",
      "  rusdialog formats"})
public final class Main implements Runnable {
  static {
    // Apache POI logs through log4j-api; without a provider log4j prints an error on the first
    // workbook. A command line has nothing to say through it.
    setIfAbsent("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    setIfAbsent("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
    setIfAbsent("log4j2.simplelogLevel", "OFF");
    setIfAbsent("java.awt.headless", "true");
  }

  @Spec
  CommandSpec spec;

  private Main() {}

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(args, System.getenv(), out, err));
  }

  /** Runs the command line with this environment and these streams; returns the exit code. */
  static int run(String[] args, Map<String, String> environment, PrintWriter out, PrintWriter err) {
    return commandLine(environment, out, err).execute(args);
  }

  static CommandLine commandLine(Map<String, String> environment, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.addSubcommand(new CommandLine(new ExportCommand(environment)));
    commandLine.addSubcommand(new CommandLine(new FeedbackCommand(environment)));
    commandLine.addSubcommand(new CommandLine(new ImportCommand()));
    commandLine.addSubcommand(new CommandLine(new TemplateCommand()));
    commandLine.addSubcommand(new CommandLine(new ValidateCommand()));
    commandLine.addSubcommand(new CommandLine(new FormatsCommand()));
    commandLine.setUsageHelpWidth(110);
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler(Main::handle);
    return commandLine;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: use export, feedback,"
        + " import, template, validate or formats (rusdialog --help lists them)");
  }

  private static int handle(Exception e, CommandLine commandLine, CommandLine.ParseResult parsed) {
    PrintWriter err = commandLine.getErr();
    Object command = commandLine.getCommand();
    boolean verbose = parsed.hasMatchedOption("--verbose")
        || (parsed.subcommand() != null && parsed.subcommand().hasMatchedOption("--verbose"));
    int code;
    if (e instanceof InvalidInputException) {
      err.println(e.getMessage());
      code = 1;
    } else if (e instanceof ModelValidationException || e instanceof ExportException) {
      err.println("error: " + e.getMessage());
      code = 1;
    } else if (e instanceof UnknownExporterException || e instanceof UsageException) {
      err.println("error: " + e.getMessage());
      code = 2;
    } else if (e instanceof AccessDeniedException) {
      err.println(((AccessDeniedException) e).getFile() + ": permission denied");
      code = 1;
    } else if (e instanceof FileSystemException) {
      FileSystemException fs = (FileSystemException) e;
      err.println(fs.getFile() + ": " + (fs.getReason() == null ? fs.getClass().getSimpleName() : fs.getReason()));
      code = 1;
    } else if (e instanceof IOException || e instanceof UncheckedIOException) {
      err.println("error: " + e.getMessage());
      code = 1;
    } else {
      err.println("error: unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()
          + (verbose ? "" : " (run with --verbose for details)"));
      code = 1;
    }
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return code;
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  /** The version from the build. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"rusdialog " + properties.getProperty("version", "unknown"),
          "Java " + System.getProperty("java.version")};
    }
  }
}
