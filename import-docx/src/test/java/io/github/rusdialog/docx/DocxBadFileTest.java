package io.github.rusdialog.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Files that are not a readable Word document get one clear sentence, never a stack trace. */
class DocxBadFileTest {
  private static final Path SEED = Path.of("..", "examples", "bolagsdagen-2024-03-13.txt");

  private static String problem(byte[] bytes) {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
        () -> DocxSummaryReader.create().read(new ByteArrayInputStream(bytes), "bad.docx"));
    assertThat(e).as("expected an InvalidInputException").isNotNull();
    assertThat(e.getMessage()).startsWith("bad.docx: ");
    return e.problem();
  }

  @Test
  void refusesTextAndEmptyFiles() {
    assertThat(problem("Bolagsdagen 13/3 2024\n".getBytes(StandardCharsets.UTF_8)))
        .isEqualTo("is not a Word document (.docx): it is not a zip file; save the summary from Word as .docx");
    assertThat(problem(new byte[0])).isEqualTo("is not a Word document (.docx): it is not a zip file (it is"
        + " empty); save the summary from Word as .docx");
  }

  @Test
  void refusesAnotherOfficeFile() throws IOException {
    ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet("Blad1");
      workbook.write(xlsx);
    }
    assertThat(problem(xlsx.toByteArray())).isEqualTo("is a zip file but not a Word document (its main part"
        + " is application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml); save the summary"
        + " from Word as .docx");
  }

  @Test
  void refusesAZipThatIsNoOfficeFile() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("readme.txt"));
      out.write("hej".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(problem(zip.toByteArray())).isEqualTo("is damaged: its list of parts ([Content_Types].xml) is"
        + " missing or cannot be read; open it in Word and save it again as Word Document (.docx)");
  }

  /** The seed as a .docx, with one part's text changed by {@code edit}, or left out where it gives null. */
  private static byte[] withPart(String name, java.util.function.UnaryOperator<String> edit) throws IOException {
    byte[] docx = DocxRenderer.render(Files.readString(SEED, StandardCharsets.UTF_8)).bytes;
    ByteArrayOutputStream changed = new ByteArrayOutputStream();
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(docx));
        ZipOutputStream out = new ZipOutputStream(changed)) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        byte[] bytes = in.readAllBytes();
        String edited = entry.getName().equals(name) ? edit.apply(new String(bytes, StandardCharsets.UTF_8)) : null;
        if (entry.getName().equals(name) && edited == null) {
          continue;
        }
        out.putNextEntry(new ZipEntry(entry.getName()));
        out.write(edited != null ? edited.getBytes(StandardCharsets.UTF_8) : bytes);
      }
    }
    return changed.toByteArray();
  }

  /*
   * POI names these only in its messages, which OfficePackages matches: each test fails when a POI
   * upgrade changes the words, before an official sees POI's words instead of ours.
   */

  @Test
  void refusesAPackageWithoutItsListOfPartsInOurWords() throws IOException {
    byte[] changed = withPart("[Content_Types].xml", xml -> null);
    assertThat(problem(changed)).isEqualTo("is damaged: its list of parts ([Content_Types].xml)"
        + " is missing or cannot be read; open it in Word and save it again as Word Document (.docx)");
  }

  @Test
  void refusesStrictOpenXmlSayingHowToSaveIt() throws IOException {
    // Word's "Strict Open XML Document" relates the main part by the ISO namespace.
    byte[] strict = withPart("_rels/.rels", rels -> rels.replace(
        "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument",
        "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument"));
    assertThat(problem(strict)).isEqualTo("is saved as Strict Open XML, which rusdialog cannot read; in Word"
        + " choose File → Save As and the type Word Document (.docx), not Strict Open XML");
  }

  @Test
  void refusesADoctypeInOurWords() throws IOException {
    byte[] doctype = withPart("word/document.xml", xml -> xml.replaceFirst("(<\\?xml[^>]*\\?>)?",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE w:document [<!ENTITY x \"y\">]>")
        .replaceFirst("<\\?xml[^>]*\\?>(<\\?xml[^>]*\\?>)", "$1"));
    String problem = problem(doctype);
    assertThat(problem).isEqualTo("holds a DOCTYPE declaration, which Word never writes and rusdialog does not"
        + " read, for safety; open it in Word and save it again as Word Document (.docx)");
  }

  @Test
  void refusesAWord97DocumentSayingToSaveAsDocx() throws IOException {
    ByteArrayOutputStream doc = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[512]), "WordDocument");
      fs.writeFilesystem(doc);
    }
    assertThat(problem(doc.toByteArray())).isEqualTo("is a Word 97–2003 document (.doc), not .docx; open it"
        + " in Word and save it as Word Document (.docx)");
  }

  @Test
  void refusesAPasswordProtectedDocument() throws Exception {
    byte[] docx = DocxRenderer.render(Files.readString(SEED, StandardCharsets.UTF_8)).bytes;
    ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("hemligt");
      try (OutputStream out = encryptor.getDataStream(fs)) {
        out.write(docx);
      }
      fs.writeFilesystem(encrypted);
    }
    assertThat(problem(encrypted.toByteArray())).startsWith("is password-protected; remove the password in Word");
  }

  @Test
  void refusesAZipBombInWords() throws IOException {
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip)) {
      out.putNextEntry(new ZipEntry("[Content_Types].xml"));
      out.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
      out.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] spaces = new byte[1 << 20];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 40; i++) {
        out.write(spaces);
      }
    }
    assertThat(problem(zip.toByteArray())).startsWith("looks like a zip bomb");
  }

  @Test
  void readsAFiveMegabyteDocument() throws IOException {
    StringBuilder text = new StringBuilder(Files.readString(SEED, StandardCharsets.UTF_8));
    int items = 0;
    while (text.length() < 5_000_000) {
      text.append("\n\nEtt förslag om bättre bussförbindelser mellan byarna längs älvdalen, nummer ")
          .append(items++).append('.');
    }
    byte[] docx = DocxRenderer.render(text.toString()).bytes;
    var area = DocxSummaryReader.create().read(new ByteArrayInputStream(docx), "stor.docx").meeting()
        .area("innovation").orElseThrow();
    assertThat(area.challenges()).hasSize(SampleMeetings.seed().area("innovation").orElseThrow()
        .challenges().size() + items);
  }
}
