package io.github.rusdialog.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.read.DialogueReader;
import io.github.rusdialog.read.DialogueReaders;
import io.github.rusdialog.read.DialogueSource;
import io.github.rusdialog.read.MatchStrength;
import io.github.rusdialog.read.ReadOptions;
import io.github.rusdialog.read.ReadResult;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The behaviour every {@link DialogueReader} must have, as JUnit 5 tests run through {@link
 * DialogueReaders}, the way applications read. Extend it in the reader's tests and give the reader,
 * a good input and a broken one:
 * <pre>{@code
 * class MyFormatReaderContractTest extends DialogueReaderContract {
 *   protected DialogueReader reader() { return new MyFormatReader(); }
 *   protected Sample good() { return Sample.of("bolagsdagen.docx", bytes, "Bolagsdagen"); }
 *   protected Sample broken() { return Sample.of("trasig.docx", bytes, "paragraph 4"); }
 * }
 * }</pre>
 *
 * <p>The rules, and why:
 * <ul>
 *   <li>found by {@code ServiceLoader} under its id, with lower-case extensions — applications and
 *       the command line never name readers;
 *   <li>reads its good input, from a file and from a stream, to the same dialogue — the two doors
 *       lead to one room;
 *   <li>a broken input fails with {@link InvalidInputException} naming the input and the place
 *       (line, paragraph, cell or JSON path) — a person must find what to change;
 *   <li>empty, truncated and random bytes under the reader's extension fail with {@link
 *       InvalidInputException} naming the input, never with another exception — no stack trace for
 *       an end user;
 *   <li>an XML document and an image under the reader's extension are refused for what they are —
 *       content decides, not the name;
 *   <li>input above the size limit is refused before it is read;
 *   <li>strict reading turns the first warning into an error at its place (assumed away, not
 *       passed, when the reader cannot warn);
 *   <li>it grades its own kind of source as a match and an image as none.
 * </ul>
 *
 * <p>The tests are {@code protected}, so that a reader's test class may override one to add to it.
 *
 * @since 0.2.0
 */
public abstract class DialogueReaderContract {
  /** A line ({@code file:12:}), a paragraph, a cell ({@code Sheet!B4}) or a JSON path. */
  private static final String PLACE = "(?s).*(:\\d+:|paragraph \\d+|![A-Z]+\\d+|\\$\\.).*";

  /** A temporary folder for the test's files. */
  @TempDir
  protected Path dir;

  /** Creates the contract; JUnit calls this. */
  protected DialogueReaderContract() {}

  /** {@return a new instance of the reader under test} */
  protected abstract DialogueReader reader();

  /** {@return an input the reader reads, with the title of its first meeting as the expectation} */
  protected abstract Sample good();

  /** {@return an input the reader refuses, with a part of the message that names the place} */
  protected abstract Sample broken();

  /** {@return an input the reader reads with at least one warning, or {@code null} when it cannot warn} */
  protected Sample warned() {
    return null;
  }

  /**
   * An input for the contract: its file name, its bytes and the text the test expects.
   *
   * @param name the file name, with the reader's extension
   * @param bytes the content
   * @param expected a meeting title the good input holds, or a part of the message a broken input gives
   */
  public record Sample(String name, byte[] bytes, String expected) {
    /**
     * {@return a sample}
     *
     * @param name the file name, with the reader's extension
     * @param bytes the content
     * @param expected a meeting title the good input holds, or a part of the message a broken input gives
     */
    public static Sample of(String name, byte[] bytes, String expected) {
      return new Sample(name, bytes, expected);
    }

    /**
     * {@return a sample of UTF-8 text}
     *
     * @param name the file name, with the reader's extension
     * @param text the content
     * @param expected a meeting title the good input holds, or a part of the message a broken input gives
     */
    public static Sample text(String name, String text, String expected) {
      return new Sample(name, text.getBytes(StandardCharsets.UTF_8), expected);
    }
  }

  /**
   * Found by {@code ServiceLoader} under its id, with lower-case extensions.
   */
  @Test
  protected void isFoundByServiceLoaderUnderItsId() {
    DialogueReader reader = reader();
    assertThat(reader.id()).matches("[a-z0-9]+");
    assertThat(reader.fileExtensions()).isNotEmpty().allMatch(extension -> extension.matches("[a-z0-9]+"));
    assertThat(DialogueReaders.load().ids()).contains(reader.id());
  }

  /**
   * Reads its good input from a file and from a stream to the same dialogue.
   *
   * @throws IOException if a temporary file cannot be written
   */
  @Test
  protected void readsItsGoodInputFromAFileAndFromAStreamAlike() throws IOException {
    Sample good = good();
    Path file = write(good);
    ReadResult fromFile = readers().read(List.of(file), ReadOptions.defaults());
    assertThat(fromFile.dialogue().meetings()).extracting(Meeting::title).contains(good.expected());
    ReadResult fromStream = readers().read(new ByteArrayInputStream(good.bytes()), file.toString(),
        ReadOptions.defaults());
    assertThat(fromStream).isEqualTo(fromFile);
    assertThat(fromFile.warnings()).allSatisfy(warning -> assertThat(warning.source()).isEqualTo(file.toString()));
  }

  /**
   * Refuses its broken input naming the input and the place.
   *
   * @throws IOException if a temporary file cannot be written
   */
  @Test
  protected void refusesItsBrokenInputNamingThePlace() throws IOException {
    Sample broken = broken();
    Path file = write(broken);
    InvalidInputException e = refused(file, ReadOptions.defaults());
    assertThat(e.getMessage()).contains(broken.expected());
    assertThat(e.getMessage()).as("names a line, paragraph, cell or JSON path").matches(PLACE);
  }

  /**
   * Refuses empty, truncated and random bytes with an {@link InvalidInputException} naming the input.
   *
   * @throws IOException if a temporary file cannot be written
   */
  @Test
  protected void refusesEmptyTruncatedAndRandomBytesNamingTheInput() throws IOException {
    byte[] good = good().bytes();
    byte[] random = new byte[4096];
    new Random(20240313).nextBytes(random);
    for (byte[] bytes : List.of(new byte[0], Arrays.copyOf(good, good.length / 2), random)) {
      refused(write(Sample.of(good().name(), bytes, "")), ReadOptions.defaults());
    }
  }

  /**
   * Refuses an image and an XML document under its extension for what they are.
   *
   * @throws IOException if a temporary file cannot be written
   */
  @Test
  protected void refusesOtherKindsForWhatTheyAre() throws IOException {
    String name = good().name();
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    assertThat(refused(write(Sample.of(name, png, "")), ReadOptions.defaults()).problem()).startsWith("is an image");
    byte[] pom = "<?xml version=\"1.0\"?>\n<project><modelVersion>4.0.0</modelVersion></project>\n"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(refused(write(Sample.of(name, pom, "")), ReadOptions.defaults()).problem())
        .startsWith("is an XML document");
  }

  /**
   * Refuses a source above the size limit before reading it.
   *
   * @throws IOException if a temporary file cannot be written
   */
  @Test
  protected void refusesInputAboveTheSizeLimitBeforeReadingIt() throws IOException {
    Sample good = good();
    Path file = write(good);
    ReadOptions tight = ReadOptions.defaults().withMaxBytes(good.bytes().length - 1);
    assertThat(refused(file, tight).problem()).contains("the limit of");
    Throwable fromStream = catchThrowable(() -> readers().read(new ByteArrayInputStream(good.bytes()),
        good.name(), tight));
    assertThat(fromStream).isInstanceOf(InvalidInputException.class).hasMessageContaining("the limit of");
    assertThat(readers().read(List.of(file), ReadOptions.defaults().withMaxBytes(good.bytes().length))
        .dialogue().meetings()).isNotEmpty();
  }

  /**
   * Strict reading makes the first warning an error; assumed away when {@link #warned()} gives none.
   *
   * @throws IOException if a temporary file cannot be written
   */
  @Test
  protected void strictReadingMakesTheFirstWarningAnError() throws IOException {
    Sample warned = warned();
    assumeTrue(warned != null, "the reader cannot warn: warned() gives no sample");
    Path file = write(warned);
    ReadResult lenient = readers().read(List.of(file), ReadOptions.defaults());
    assertThat(lenient.warnings()).isNotEmpty();
    InvalidInputException e = refused(file, ReadOptions.defaults().withStrict(true));
    assertThat(e.problem()).startsWith(lenient.warnings().get(0).message());
  }

  /**
   * The reader grades its own kind of source as a match and other kinds as none, so that {@link
   * DialogueReaders} gives it what is its own and nothing else.
   */
  @Test
  protected void gradesItsOwnSourcesAsAMatchAndOthersAsNone() {
    DialogueReader reader = reader();
    Sample good = good();
    assertThat(reader.match(DialogueSource.of(good.name(), good.bytes())).matches()).as(good.name()).isTrue();
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    assertThat(reader.match(DialogueSource.of(good.name(), png))).isEqualTo(MatchStrength.NO_MATCH);
    assertThat(reader.match(DialogueSource.of(good.name(), new byte[0]))).isIn(MatchStrength.NO_MATCH,
        MatchStrength.INCONCLUSIVE);
  }

  private DialogueReaders readers() {
    // The text reader is always there; any other is the one under test, alone.
    DialogueReader reader = reader();
    return DialogueReaders.of(reader.id().equals("text") ? List.of() : List.of(reader));
  }

  private InvalidInputException refused(Path file, ReadOptions options) {
    Throwable thrown = catchThrowable(() -> readers().read(List.of(file), options));
    assertThat(thrown).as("reading %s", file.getFileName()).isInstanceOf(InvalidInputException.class);
    InvalidInputException e = (InvalidInputException) thrown;
    assertThat(e.source()).isEqualTo(file.toString());
    assertThat(e.problem()).isNotBlank().doesNotContain("Exception", "\tat ");
    return e;
  }

  private Path write(Sample sample) throws IOException {
    Path file = dir.resolve(sample.name());
    Files.write(file, sample.bytes());
    return file;
  }
}
