package io.github.rusdialog.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.text.SummaryDocument;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 33: every example of the CommonMark spec (0.31, from commonmark-java's test utilities),
 * written under a summary's "Möjligheter:", reads or is refused in our words — never a crash, never
 * a library's words or class names, never a message over two lines — and no example is read as a
 * second meeting.
 */
class CommonMarkSpecTest {
  private static final String HEAD = "# Bolagsdagen 13/3 2024\n\nI just det här mötet deltog företrädare för:\n\n"
      + "- Kommunen\n\n## Mest prioriterade områden enligt deltagarna\n\n1. **Boende:** Fler bostäder.\n\n"
      + "## God tillgänglighet genom digital kommunikation och transportsystem\n\nMöjligheter:\n\n";

  /** One example of the spec: its number, section and Markdown. */
  record Example(int number, String section, String markdown) {
    @Override
    public String toString() {
      return "example " + number + " (" + section + ")";
    }
  }

  static List<Example> examples() throws IOException {
    String spec;
    try (InputStream in = CommonMarkSpecTest.class.getResourceAsStream("/spec.txt")) {
      spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    List<Example> examples = new ArrayList<>();
    String fence = "````````````````````````````````";
    String section = "";
    String[] lines = spec.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].startsWith("#")) {
        section = lines[i].replaceFirst("^#+\\s*", "");
      } else if (lines[i].startsWith(fence + " example")) {
        StringBuilder markdown = new StringBuilder();
        for (i++; !lines[i].equals("."); i++) {
          markdown.append(lines[i].replace('→', '\t')).append('\n');
        }
        while (!lines[i].equals(fence)) {
          i++;
        }
        examples.add(new Example(examples.size() + 1, section, markdown.toString()));
      }
    }
    return examples;
  }

  @Test
  void theSpecIsThere() throws IOException {
    assertThat(examples()).hasSizeGreaterThan(600);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void anExampleUnderALabelReadsOrIsRefusedInOurWords(Example example) {
    String summary = HEAD + example.markdown();
    SummaryDocument document;
    try {
      document = MarkdownSummaryReader.create().readDocument(summary, "spec.md");
    } catch (InvalidInputException e) {
      assertThat(e.getMessage()).as(example.toString()).doesNotContain("\n", "org.", "java.", "Exception",
          "commonmark", "null");
      assertThat(e.getMessage()).as(example.toString()).startsWith("spec.md");
      return;
    }
    assertThat(document.summaries()).as(example + ": read as one meeting").hasSize(1);
    Meeting meeting = document.summaries().get(0).meeting();
    assertThat(meeting.title()).isEqualTo("Bolagsdagen");
    for (AreaInput area : meeting.areas()) {
      for (AreaItem item : area.opportunities()) {
        assertThat(item.text()).as(example.toString()).isNotBlank();
      }
    }
  }

  /** Guards the test against vacuity: many examples read, and many are refused. */
  @Test
  void manyExamplesReadAndManyAreRefused() throws IOException {
    long read = examples().stream().filter(example -> {
      try {
        MarkdownSummaryReader.create().readDocument(HEAD + example.markdown(), "spec.md");
        return true;
      } catch (InvalidInputException e) {
        return false;
      }
    }).count();
    assertThat(read).isBetween(100L, (long) examples().size() - 100);
  }
}
