package io.github.rusdialog.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.model.Dialogue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Feeds the JSON reader arbitrary bytes: it must return a dialogue or throw its documented
 * {@link JsonFormatException}, never anything else; what it reads must write and read back
 * equal. A plain {@code mvn test} replays the committed inputs; fuzz for real with
 * {@code JAZZER_FUZZ=1 mvn -pl export-json test -Dtest=JsonDialogueReaderFuzzTest}.
 */
class JsonDialogueReaderFuzzTest {
  private static final JsonDialogueReader READER = JsonDialogueReader.create().withMaxDocumentBytes(1 << 20);

  @FuzzTest(maxDuration = "10m")
  void readsOrRejectsCleanly(byte[] input) throws IOException {
    Dialogue dialogue;
    try {
      dialogue = READER.read(new ByteArrayInputStream(input), "fuzz.json");
    } catch (JsonFormatException e) {
      assertThat(e.getMessage()).startsWith("fuzz.json");
      return;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new JsonExporter().export(dialogue, ExportOptions.defaults(), out);
    assertThat(READER.read(new ByteArrayInputStream(out.toByteArray()), "again.json")).isEqualTo(dialogue);
  }
}
