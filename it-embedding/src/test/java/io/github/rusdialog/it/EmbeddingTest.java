package io.github.rusdialog.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.File;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application embeds rusdialog as applications do: compiled with {@code -Xlint:all -Werror}
 * against the library jars, then run in a fresh JVM — once as a named module on the module path
 * (module-info with {@code requires io.github.rusdialog.json} …), once on the class path. Each run
 * finds the four exporters as services, writes xlsx, pdf, json and html (labels, fonts and the
 * page's stylesheet load in named modules), reads the JSON back, finds the Jackson module with {@code findAndAddModules()} and reads
 * a summary.
 */
class EmbeddingTest {
  private static final List<String> EXPECTED = List.of(
      "exporters [html, json, pdf, xlsx] problems []",
      "json read back equal true",
      "jackson module found true",
      "summary read Möte",
      "markdown read Unga");

  @TempDir
  Path dir;

  @Test
  void runsOnTheModulePath() throws Exception {
    Path classes = compile(true);
    List<String> output = run(List.of("--module-path", classes + File.pathSeparator + applicationPath(),
        "-m", "demo.app/demo.Main"));
    assertRan(output);
  }

  @Test
  void runsOnTheClassPath() throws Exception {
    Path classes = compile(false);
    List<String> output = run(List.of("-cp", classes + File.pathSeparator + applicationPath(), "demo.Main"));
    assertRan(output);
  }

  /** The application's report of itself, and the reports it wrote, read back. */
  private void assertRan(List<String> output) throws IOException {
    assertThat(output).containsAll(EXPECTED);
    for (String format : List.of("xlsx", "pdf", "json", "html")) {
      assertThat(output).anyMatch(line -> line.matches(format + " [1-9][0-9]*"));
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(dir.resolve("out/report.xlsx")))) {
      StringBuilder cells = new StringBuilder();
      workbook.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.append(cell).append('\n'))));
      // English labels loaded in a named module; the data as the application built it.
      assertThat(workbook.getSheet("Overview")).isNotNull();
      assertThat(cells).contains("Bolagsdagen", "Kommunen", "Boende", "Lärare saknas.");
    }
    PdfReader pdf = new PdfReader(Files.readAllBytes(dir.resolve("out/report.pdf")));
    try {
      String text = new PdfTextExtractor(pdf).getTextFromPage(1);
      // The fonts loaded in a named module: Swedish letters drawn and extracted.
      assertThat(text).contains("Bolagsdagen", "Lärare saknas.");
    } finally {
      pdf.close();
    }
    // The stylesheet, a resource of the html module, read in a named module; English labels, Swedish data.
    String html = Files.readString(dir.resolve("out/report.html"), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(html).contains("<html lang=\"en\">", ".rusdialog {", "Skip to content",
        "<li lang=\"sv\">Lärare saknas.</li>");
  }

  /** Compiles the application with every lint warning an error; returns its classes. */
  private Path compile(boolean modular) throws IOException {
    Path sources = dir.resolve("src");
    Files.createDirectories(sources.resolve("demo"));
    List<String> files = new ArrayList<>();
    files.add(copy("app/demo/Main.java.txt", sources.resolve("demo/Main.java")));
    if (modular) {
      files.add(copy("app/module-info.java.txt", sources.resolve("module-info.java")));
    }
    Path classes = Files.createDirectories(dir.resolve(modular ? "modular-classes" : "classes"));
    List<String> arguments = new ArrayList<>(List.of("-Xlint:all", "-Werror", "--release", "17",
        "-d", classes.toString(), modular ? "--module-path" : "-cp", applicationPath()));
    if (modular) {
      // Otherwise javac in this JVM falls back to the test's own class path.
      arguments.addAll(List.of("-cp", Files.createDirectories(dir.resolve("empty")).toString()));
    }
    arguments.addAll(files);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, diagnostics, diagnostics, arguments.toArray(new String[0]));
    String messages = diagnostics.toString(StandardCharsets.UTF_8);
    assertThat(status).as("javac -Xlint:all -Werror:%n%s", messages).isZero();
    assertThat(messages).as("javac diagnostics").isEmpty();
    return classes;
  }

  private List<String> run(List<String> launch) throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // POI logs through log4j-api; without a provider it prints an error line. Applications choose.
    command.add("-Dlog4j2.loggerContextFactory=org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    command.addAll(launch);
    command.add(out.toString());
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("the application's output:%n%s", output).isZero();
    return output.lines().toList();
  }

  private static String applicationPath() {
    try {
      return Files.readString(Path.of("target", "application-path.txt"), StandardCharsets.UTF_8).strip();
    } catch (IOException e) {
      throw new UncheckedIOException("run through Maven: target/application-path.txt is written by the"
          + " dependency plugin", e);
    }
  }

  private static String copy(String resource, Path target) throws IOException {
    try (var in = EmbeddingTest.class.getClassLoader().getResourceAsStream(resource)) {
      Files.write(target, in.readAllBytes());
    }
    return target.toString();
  }
}
