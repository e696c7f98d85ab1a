package io.github.rusdialog.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A Jackson 2 application — a Spring Boot 3 service, say — exports and reads rusdialog JSON and
 * registers the Jackson 2 module with {@code findAndRegisterModules()}, with its Jackson line
 * managed by its own build: each {@code jackson-bom} from 2.17 to 2.21 and Spring Boot 3's
 * dependency management. Version 0.1 crashed here: {@code rusdialog-export-json} brought Jackson 3's
 * databind, which needs {@code jackson-annotations} 2.21 that such builds manage down.
 *
 * <p>The application's Jackson line is resolved by Maven from a small pom importing the BOM (as the
 * application's build would); rusdialog's jars are this build's. Run on the class path and on the
 * module path, compiled with {@code -Xlint:all -Werror}.
 */
class JacksonTwoApplicationTest {
  @TempDir
  Path dir;

  static Stream<Arguments> boms() {
    return Stream.of(
        Arguments.of("com.fasterxml.jackson:jackson-bom:2.17.2", "2.17.2"),
        Arguments.of("com.fasterxml.jackson:jackson-bom:2.18.3", "2.18.3"),
        Arguments.of("com.fasterxml.jackson:jackson-bom:2.19.2", "2.19.2"),
        Arguments.of("com.fasterxml.jackson:jackson-bom:2.20.1", "2.20.1"),
        Arguments.of("com.fasterxml.jackson:jackson-bom:2.21.7", "2.21.7"),
        // Spring Boot 3.5's dependency management, which manages Jackson 2.19.
        Arguments.of("org.springframework.boot:spring-boot-dependencies:3.5.7", "2.19.2"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("boms")
  void exportsReadsAndRegistersTheModule(String bom, String jackson) throws Exception {
    List<String> path = new ArrayList<>(jacksonTwoLine(bom));
    assertThat(path).as("the application's Jackson 2 line").anyMatch(jar -> jar.endsWith("jackson-annotations-"
        + annotationsVersion(jackson) + ".jar"));
    path.addAll(rusdialog());
    assertThat(path).as("nothing of Jackson 3 but its streaming core")
        .noneMatch(jar -> jar.contains("tools/jackson/databind") || jar.contains("jackson3"));
    String libraries = String.join(File.pathSeparator, path);

    Path modular = Application.compile(dir, "jackson2-app", List.of("service/Main.java", "module-info.java"),
        true, libraries);
    assertRan(Application.run(List.of("--module-path", modular + File.pathSeparator + libraries,
        "-m", "service.app/service.Main"), dir.resolve("out-modules")), jackson);
    Path plain = Application.compile(dir, "jackson2-app", List.of("service/Main.java"), false, libraries);
    assertRan(Application.run(List.of("-cp", plain + File.pathSeparator + libraries, "service.Main"),
        dir.resolve("out-classes")), jackson);
  }

  private static void assertRan(List<String> output, String jackson) {
    assertThat(output).contains("jackson " + jackson, "json read back equal true", "jackson2 round trip true",
        "jackson2 writes the format true",
        "jackson2 refusal line 1, column 51: $.meeting.date: \"13/3\" is not a date; write it as yyyy-mm-dd,"
            + " e.g. \"2024-03-13\"");
    assertThat(output).anyMatch(line -> line.matches("json exported [1-9][0-9]*"));
  }

  /** Jackson's patch releases of annotations carry the minor version only from 2.20 on. */
  private static String annotationsVersion(String jackson) {
    return jackson.compareTo("2.20") >= 0 ? jackson.substring(0, jackson.lastIndexOf('.')) : jackson;
  }

  /** rusdialog's JSON jars from this build: core, the exporter with Jackson 3's core, the Jackson 2 module. */
  private static List<String> rusdialog() {
    return Application.libraryPath().stream()
        .filter(entry -> entry.matches(".*rusdialog-(core|export-json|jackson2)-[^/]*\\.jar")
            || entry.matches(".*[/\\\\](core|export-json|jackson2)[/\\\\]target[/\\\\]classes")
            || entry.contains("tools/jackson/core/jackson-core/"))
        .toList();
  }

  /** The Jackson 2 jars an application managed by {@code bom} resolves, resolved by Maven. */
  private List<String> jacksonTwoLine(String bom) throws IOException, InterruptedException {
    String[] coordinates = bom.split(":");
    Path project = Files.createDirectories(dir.resolve("jackson2-app"));
    String pom;
    try (var in = getClass().getClassLoader().getResourceAsStream("jackson2-app/pom.xml.txt")) {
      pom = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Files.writeString(project.resolve("pom.xml"), pom.replace("@BOM_GROUP@", coordinates[0])
        .replace("@BOM_ARTIFACT@", coordinates[1]).replace("@BOM_VERSION@", coordinates[2]));
    Path classpath = project.resolve("classpath.txt");
    String maven = Path.of(System.getProperty("maven.home"), "bin", "mvn").toString();
    Process process = new ProcessBuilder(maven, "-B", "-q", "-ntp",
        "-Dmaven.repo.local=" + System.getProperty("maven.repo.local"),
        "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath",
        "-Dmdep.outputFile=" + classpath, "-Dmdep.includeScope=runtime")
        .directory(project.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as("Maven resolving %s:%n%s", bom, output).isZero();
    return List.of(Files.readString(classpath, StandardCharsets.UTF_8).strip().split(File.pathSeparator));
  }
}
