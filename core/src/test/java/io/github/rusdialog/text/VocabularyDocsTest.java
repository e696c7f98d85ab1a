package io.github.rusdialog.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 32: the docs' table of words is the reader's one table of concepts and forms. */
class VocabularyDocsTest {
  @Test
  void theDocsTableIsTheReadersTable() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "summary-format.md"));
    String table = docs.substring(docs.indexOf("<!-- vocabulary:start -->"), docs.indexOf("<!-- vocabulary:end -->"));
    Map<String, List<String>> documented = new LinkedHashMap<>();
    table.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| concept")).forEach(line -> {
      String[] cells = line.split("\\|");
      documented.put(cells[1].strip(), Arrays.stream(cells[2].split(",")).map(String::strip).toList());
    });
    Map<String, List<String>> code = new LinkedHashMap<>();
    for (Vocabulary.Concept concept : Vocabulary.Concept.values()) {
      code.put(concept.name, concept.forms);
    }
    assertThat(documented).isEqualTo(code);
  }

  @Test
  void messagesNameTheFirstFormsOfTheTable() {
    assertThat(Vocabulary.KNOWN_SECTION_LABELS).isEqualTo("\"Möjligheter:\", \"Utmaningar:\", \"Relaterade insikter:\"");
    assertThat(Vocabulary.KNOWN_PRIORITIES_HEADINGS).isEqualTo("\"Mest prioriterade områden enligt deltagarna\","
        + " \"Prioriterade områden\", \"Deltagarnas prioriteringar\", \"Prioriteringar\"");
    assertThat(Vocabulary.KNOWN_PARTICIPANT_LABELS).isEqualTo("\"Deltagare:\", \"Deltagande grupper:\", \"Närvarande:\"");
  }

  @Test
  void everyFormIsAKeyOfItsConceptOnly() {
    for (Vocabulary.Concept concept : Vocabulary.Concept.values()) {
      for (String form : concept.forms) {
        String key = TextKeys.key(form);
        boolean section = Vocabulary.SECTION_LABELS.containsKey(key);
        boolean refused = Vocabulary.REFUSED_LABELS.containsKey(key);
        boolean priorities = Vocabulary.PRIORITIES_HEADINGS.contains(key);
        boolean participants = Vocabulary.PARTICIPANT_LABELS.contains(key);
        assertThat(List.of(section, refused, priorities, participants)).as(form).containsOnlyOnce(true);
      }
    }
  }
}
