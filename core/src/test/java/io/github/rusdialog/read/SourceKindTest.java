package io.github.rusdialog.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What a source is, judged from its bytes: markup that Markdown may begin with is text, not XML. */
class SourceKindTest {
  private static DialogueSource.Kind kind(String text) {
    return DialogueSource.of("x", text.getBytes(StandardCharsets.UTF_8)).kind();
  }

  @Test
  void markupAtTheStartIsXmlOnlyWhenItSaysSo() {
    assertThat(kind("<?xml version=\"1.0\"?><project/>")).isEqualTo(DialogueSource.Kind.XML);
    assertThat(kind("<project xmlns=\"http://maven.apache.org/POM/4.0.0\">")).isEqualTo(DialogueSource.Kind.XML);
    assertThat(kind("<!-- licence --><svg xmlns=\"http://www.w3.org/2000/svg\"/>")).isEqualTo(DialogueSource.Kind.XML);
    assertThat(kind("<!DOCTYPE html><title>x</title>")).isEqualTo(DialogueSource.Kind.HTML);
    assertThat(kind("<!-- sparad från webben --> <html lang=\"sv\">")).isEqualTo(DialogueSource.Kind.HTML);
    assertThat(kind("<!-- Utkast -->\n# Bolagsdagen 13/3 2024")).isEqualTo(DialogueSource.Kind.TEXT);
    assertThat(kind("<script>analytics()</script>\n# Bolagsdagen")).isEqualTo(DialogueSource.Kind.TEXT);
    assertThat(kind("<div align=\"center\"><img src=\"logo.png\"></div>\n\n# Bolagsdagen"))
        .isEqualTo(DialogueSource.Kind.TEXT);
    assertThat(kind("<!-- en kommentar som aldrig slutar")).isEqualTo(DialogueSource.Kind.TEXT);
  }

  @Test
  void aMarkdownSummaryThatBeginsWithACommentIsGivenToTheMarkdownReaderNotRefusedAsXml() throws Exception {
    Path file = Files.writeString(Files.createTempDirectory("kind").resolve("möte.md"),
        "<!-- Utkast -->\n\n# Bolagsdagen 13/3 2024\n", StandardCharsets.UTF_8);
    // Core alone has no Markdown reader: the refusal names the module, not "an XML document".
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> DialogueReaders.of(java.util.List.of())
        .read(java.util.List.of(file), ReadOptions.defaults()))).hasMessageContaining("text in Markdown")
        .hasMessageNotContaining("XML");
  }
}
