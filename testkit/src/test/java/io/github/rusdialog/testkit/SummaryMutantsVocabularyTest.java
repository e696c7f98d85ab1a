package io.github.rusdialog.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 32: the words the mutants write are the reader's words — every label and heading of
 * {@link SummaryMutants} is a form of the table in {@code docs/summary-format.md}, which core's
 * {@code VocabularyDocsTest} ties to the reader's own table, and of the concept the mutant means.
 */
class SummaryMutantsVocabularyTest {
  @Test
  void everyWordTheMutantsWriteIsAFormOfItsConcept() throws IOException {
    Map<String, String> conceptOf = documentedForms();
    assertConcept(SummaryMutants.OPPORTUNITY_LABELS, conceptOf, "opportunities");
    assertConcept(SummaryMutants.CHALLENGE_LABELS, conceptOf, "challenges");
    assertConcept(SummaryMutants.PRIORITY_HEADINGS, conceptOf, "priorities heading");
    for (String label : SummaryMutants.REFUSED_LABELS) {
      assertThat(conceptOf.get(key(label))).as(label).startsWith("refused: ");
    }
  }

  private static void assertConcept(List<String> written, Map<String, String> conceptOf, String concept) {
    for (String form : written) {
      assertThat(conceptOf.get(key(form))).as("the concept of %s", form).isEqualTo(concept);
    }
  }

  /** The docs' table: each form's key and the concept it is a form of. */
  private static Map<String, String> documentedForms() throws IOException {
    String docs = Files.readString(Path.of("..", "docs", "summary-format.md"));
    String table = docs.substring(docs.indexOf("<!-- vocabulary:start -->"), docs.indexOf("<!-- vocabulary:end -->"));
    Map<String, String> conceptOf = new HashMap<>();
    table.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| concept")).forEach(line -> {
      String[] cells = line.split("\\|");
      Arrays.stream(cells[2].split(",")).forEach(form -> conceptOf.put(key(form), cells[1].strip()));
    });
    return conceptOf;
  }

  /** A label or heading as the reader compares it: without markup, colon, full stop, case or diacritics. */
  private static String key(String written) {
    return SummaryMutants.normal(written.replaceFirst("^#+\\s*", "").replace("**", "").replace("__", ""));
  }
}
