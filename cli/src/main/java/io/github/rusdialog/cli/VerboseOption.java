package io.github.rusdialog.cli;

import picocli.CommandLine.Option;

/** The {@code --verbose} switch every command has: show the stack trace of a failure. */
final class VerboseOption {
  @Option(names = "--verbose", description = "Print the stack trace when something fails.")
  boolean verbose;
}
