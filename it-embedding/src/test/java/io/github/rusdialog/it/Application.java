package io.github.rusdialog.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** A small application, compiled from test resources and run in a fresh JVM as its users would. */
final class Application {
  private Application() {}

  /**
   * Compiles {@code resources} (each {@code name.java.txt}, copied to {@code name.java}) with every
   * lint warning an error against {@code path}; returns the classes' directory.
   */
  static Path compile(Path dir, String resources, List<String> files, boolean modular, String path)
      throws IOException {
    Path sources = dir.resolve("src");
    List<String> copies = new ArrayList<>();
    for (String file : files) {
      if (modular || !file.equals("module-info.java")) {
        copies.add(copy(resources + "/" + file + ".txt", sources.resolve(file)));
      }
    }
    Path classes = Files.createDirectories(dir.resolve(modular ? "modular-classes" : "classes"));
    List<String> arguments = new ArrayList<>(List.of("-Xlint:all", "-Werror", "--release", "17",
        "-d", classes.toString(), modular ? "--module-path" : "-cp", path));
    if (modular) {
      // Otherwise javac in this JVM falls back to the test's own class path.
      arguments.addAll(List.of("-cp", Files.createDirectories(dir.resolve("empty")).toString()));
    }
    arguments.addAll(copies);
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int status = javac.run(null, diagnostics, diagnostics, arguments.toArray(new String[0]));
    String messages = diagnostics.toString(StandardCharsets.UTF_8);
    assertThat(status).as("javac -Xlint:all -Werror:%n%s", messages).isZero();
    assertThat(messages).as("javac diagnostics").isEmpty();
    return classes;
  }

  /** Runs {@code launch} in a fresh JVM with {@code out} as its one argument; returns its output lines. */
  static List<String> run(List<String> launch, Path out) throws IOException, InterruptedException {
    Files.createDirectories(out);
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

  /** The library jars and what they need at run time, as Maven resolved them for this module. */
  static List<String> libraryPath() {
    try {
      String path = Files.readString(Path.of("target", "application-path.txt"), StandardCharsets.UTF_8).strip();
      return List.of(path.split(java.io.File.pathSeparator));
    } catch (IOException e) {
      throw new UncheckedIOException("run through Maven: target/application-path.txt is written by the"
          + " dependency plugin", e);
    }
  }

  private static String copy(String resource, Path target) throws IOException {
    Files.createDirectories(target.getParent());
    try (InputStream in = Application.class.getClassLoader().getResourceAsStream(resource)) {
      Files.write(target, in.readAllBytes());
    }
    return target.toString();
  }
}
