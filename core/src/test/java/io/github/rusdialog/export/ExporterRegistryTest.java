package io.github.rusdialog.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rusdialog.model.Dialogue;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterRegistryTest {

  /** A test exporter; public with a no-argument constructor so ServiceLoader can make it. */
  public static class FakeExporter implements Exporter {
    private final String id;

    public FakeExporter() {
      this("fake");
    }

    FakeExporter(String id) {
      this.id = id;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public String fileExtension() {
      return id;
    }

    @Override
    public String mediaType() {
      return "text/plain";
    }

    @Override
    public void export(Dialogue dialogue, ExportOptions options, OutputStream out) {}
  }

  /** Another class with the same id, to provoke a duplicate. */
  public static class SecondFakeExporter extends FakeExporter {}

  /** A provider whose constructor fails. */
  public static class BrokenExporter extends FakeExporter {
    public BrokenExporter() {
      throw new IllegalStateException("cannot start");
    }
  }

  @Test
  void namesTheAvailableIdsForAnUnknownOne() {
    ExporterRegistry registry = ExporterRegistry.of(
        List.of(new FakeExporter("xlsx"), new FakeExporter("json"), new FakeExporter("pdf")));
    assertThatThrownBy(() -> registry.get("docx"))
        .isInstanceOf(UnknownExporterException.class)
        .hasMessage("No exporter for 'docx'; available: json, pdf, xlsx");
    assertThat(registry.ids()).containsExactly("json", "pdf", "xlsx");
    assertThat(registry.find("pdf")).isPresent();
  }

  @Test
  void failsOnTwoExportersWithOneIdNamingBothClasses(@TempDir Path dir) throws Exception {
    try (URLClassLoader loader = servicesLoader(dir,
        FakeExporter.class.getName(), SecondFakeExporter.class.getName())) {
      assertThatThrownBy(() -> ExporterRegistry.load(loader))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("Two exporters have the id 'fake'")
          .hasMessageContaining(FakeExporter.class.getName())
          .hasMessageContaining(SecondFakeExporter.class.getName());
    }
  }

  @Test
  void reportsAndSkipsBrokenProviders(@TempDir Path dir) throws Exception {
    try (URLClassLoader loader = servicesLoader(dir,
        "com.example.MissingExporter", BrokenExporter.class.getName(), FakeExporter.class.getName())) {
      ExporterRegistry registry = ExporterRegistry.load(loader);
      assertThat(registry.ids()).containsExactly("fake");
      assertThat(registry.problems()).hasSize(2);
      assertThat(registry.problems().get(0)).contains("com.example.MissingExporter");
      assertThat(registry.problems().get(1)).contains(BrokenExporter.class.getName());
      assertThatThrownBy(() -> registry.get("pdf"))
          .hasMessageStartingWith("No exporter for 'pdf'; available: fake; could not load: ")
          .hasMessageContaining("com.example.MissingExporter");
    }
  }

  @Test
  void findsNothingWhenNoExporterModuleIsPresent() {
    assertThatThrownBy(() -> ExporterRegistry.of(List.of()).get("pdf"))
        .hasMessage("No exporter for 'pdf'; available: none (no exporter module on the class path)");
  }

  private static URLClassLoader servicesLoader(Path dir, String... classNames) throws Exception {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(services.resolve(Exporter.class.getName()),
        String.join("\n", classNames) + "\n", StandardCharsets.UTF_8);
    // Parent-last for the services file only: the test classes come from the parent.
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, ExporterRegistryTest.class.getClassLoader()) {
      @Override
      public java.util.Enumeration<URL> getResources(String name) throws java.io.IOException {
        return name.startsWith("META-INF/services/") ? findResources(name) : super.getResources(name);
      }
    };
  }
}
