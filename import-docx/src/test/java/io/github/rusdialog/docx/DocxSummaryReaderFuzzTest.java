package io.github.rusdialog.docx;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.Meeting;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Feeds the Word reader arbitrary input: it must return a meeting or throw its documented {@link
 * InvalidInputException}, never anything else. Input starting with {@code X} is used as the
 * {@code word/document.xml} of an otherwise valid document (so the fuzzer explores paragraphs,
 * runs, fields and tables, not only zip headers); other input is the file's bytes. A plain
 * {@code mvn test} replays the committed inputs in {@code DocxSummaryReaderFuzzTestInputs/}; fuzz
 * for real with {@code JAZZER_FUZZ=1 mvn -pl import-docx test -Dtest=DocxSummaryReaderFuzzTest}.
 */
class DocxSummaryReaderFuzzTest {
  private static final byte[] TEMPLATE = template();

  @FuzzTest(maxDuration = "10m")
  void readsOrRejectsCleanly(byte[] input) throws IOException {
    byte[] docx = input.length > 0 && input[0] == 'X' ? withDocumentXml(input) : input;
    Meeting meeting;
    try {
      meeting = read(docx);
    } catch (InvalidInputException e) {
      assertThat(e.getMessage()).startsWith("fuzz.docx: ");
      return;
    }
    assertThat(read(docx)).isEqualTo(meeting);
  }

  private static Meeting read(byte[] docx) throws IOException {
    return DocxSummaryReader.create().read(new ByteArrayInputStream(docx), "fuzz.docx").meeting();
  }

  /** The template document with its body XML replaced by the input after the leading X. */
  private static byte[] withDocumentXml(byte[] input) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(TEMPLATE));
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        zip.putNextEntry(new ZipEntry(entry.getName()));
        if (entry.getName().equals("word/document.xml")) {
          zip.write(input, 1, input.length - 1);
        } else {
          in.transferTo(zip);
        }
      }
    }
    return out.toByteArray();
  }

  private static byte[] template() {
    try (InputStream in = Files.newInputStream(Path.of("src/test/resources/libreoffice/bolagsdagen-2024-03-13.docx"))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
