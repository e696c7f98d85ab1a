package io.github.rusdialog.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.read.DialogueReader;
import io.github.rusdialog.read.DialogueReaders;
import io.github.rusdialog.read.ReadResult;
import io.github.rusdialog.testkit.DialogueReaderContract;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/** The Word reader keeps the reader contract. */
class DocxReaderContractTest extends DialogueReaderContract {
  @Override
  protected DialogueReader reader() {
    return new io.github.rusdialog.docx.internal.DocxProvider();
  }

  @Override
  protected Sample good() {
    try {
      return Sample.of("bolagsdagen-2024-03-13.docx",
          Files.readAllBytes(Path.of("..", "examples", "bolagsdagen-2024-03-13.docx")), "Bolagsdagen");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  protected Sample broken() {
    return Sample.of("trasig.docx", document("Bolagsdagen 13/3 2024", "Mest prioriterade områden enligt deltagarna",
        "1. Boende", "3. Skola"), "trasig.docx: paragraph 4 \"3. Skola\": priority 3 follows priority 1");
  }

  @Override
  protected Sample warned() {
    return Sample.of("tunn.docx", document("Bolagsdagen 13/3 2024", "Hej."), "");
  }

  /** Content decides before the name: a Word document saved as "notes.txt" is read as Word. */
  @Test
  void readsAWordDocumentByItsContentWhateverItsName() throws IOException {
    Path misnamed = Files.write(dir.resolve("anteckningar.txt"), good().bytes());
    ReadResult result = DialogueReaders.of(List.of(new io.github.rusdialog.docx.internal.DocxProvider())).read(misnamed);
    assertThat(result.dialogue().meetings()).extracting(Meeting::title).containsExactly("Bolagsdagen");
    InvalidInputException without = catchThrowableOfType(InvalidInputException.class,
        () -> DialogueReaders.of(List.of()).read(misnamed));
    assertThat(without.problem()).isEqualTo("is a Word document; reading Word summaries needs"
        + " rusdialog-import-docx on the class path");
  }

  /** A Word document of plain paragraphs, as POI writes one. */
  private static byte[] document(String... paragraphs) {
    try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (String paragraph : paragraphs) {
        document.createParagraph().createRun().setText(paragraph);
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
