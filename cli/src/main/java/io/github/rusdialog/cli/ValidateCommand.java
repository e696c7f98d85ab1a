package io.github.rusdialog.cli;

import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rusdialog validate}: checks inputs, prints the problems, writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check summaries, JSON files and workbooks; print one line per problem; write nothing.",
    footerHeading = "%nExamples:%n",
    footer = {"  rusdialog validate examples/*.txt examples/*.md examples/*.json"})
final class ValidateCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  VerboseOption verbose;

  @Mixin
  ReadingMixin reading;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Summaries (.txt, .md, .docx), JSON files or rusdialog workbooks (.xlsx).")
  List<Path> inputs;

  private Inputs reader() throws IOException {
    return new Inputs(reading, spec.commandLine().getErr());
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    int problems = 0;
    Inputs reader = reader();
    for (Path input : inputs) {
      try {
        Dialogue dialogue = reader.read(input);
        out.printf("%s: valid, %d meeting(s)%n", input, dialogue.meetings().size());
      } catch (InvalidInputException | UsageException e) {
        err.println(e.getMessage());
        problems++;
      }
    }
    if (problems == 0 && inputs.size() > 1) {
      // Each file may be valid alone and still clash with another (a meeting id twice).
      try {
        new Inputs(reading, new PrintWriter(Writer.nullWriter())).readAll(inputs);
      } catch (InvalidInputException e) {
        err.println(e.getMessage());
        problems++;
      }
    }
    out.flush();
    err.flush();
    return problems == 0 ? 0 : 1;
  }
}
