package io.github.rusdialog.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.Exporter;
import io.github.rusdialog.export.ExporterRegistry;
import io.github.rusdialog.export.ExporterSetting;
import io.github.rusdialog.export.InvalidSettingException;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.privacy.PersonalDataException;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The behaviour every {@link io.github.rusdialog.export.Exporter} must have, as JUnit 5 tests
 * (JUnit 5.10 or later). Extend it in the exporter's tests and give the exporter and a way to read
 * its output back as text:
 * <pre>{@code
 * class PdfExporterContractTest extends ExporterContract {
 *   protected Exporter exporter() { return new PdfExporter(); }
 *   protected String readBack(byte[] pdf) throws Exception { return extractText(pdf); }
 * }
 * }</pre>
 *
 * <p>The rules, and why:
 * <ul>
 *   <li>found by {@code ServiceLoader} under its id — applications pick formats by id;
 *   <li>id and extension lower-case letters and digits, a media type (parameters allowed) and a
 *       description — they end up in file names, HTTP headers and listings;
 *   <li>never closes the caller's stream — the caller may write more, or owns a zip entry;
 *   <li>equal input and a fixed {@code generatedAt} give identical bytes, also when one exporter is
 *       shared by threads — reports are reproducible and exporters are stateless;
 *   <li>every text of the model is in the output as a reader sees it, for the seed, a
 *       Unicode-heavy meeting, generated dialogues and every shape of {@link DialogueShapes}
 *       crossed with English labels and each value of {@link #settingCases()} — nothing is lost
 *       at any size or setting ({@link #expectedTexts} narrows this for a partial exporter);
 *   <li>an empty dialogue exports;
 *   <li>a failing stream surfaces as the stream's own {@code IOException};
 *   <li>every declared setting has a case in the matrix, and an undeclared setting in the
 *       exporter's namespace fails with {@code InvalidSettingException}.
 * </ul>
 * A rule that cannot hold for an exporter is switched off by overriding its test method without
 * {@code @Test}; say why in the override's comment.
 *
 * @since 0.1.0
 */
public abstract class ExporterContract {
  /** For subclasses: one per exporter under test. */
  protected ExporterContract() {}

  /** The fixed "generated at" instant the contract exports with. */
  protected static final Instant GENERATED_AT = Instant.parse("2024-03-14T09:30:00Z");

  /** {@return the exporter under test; a new instance on each call is fine} */
  protected abstract Exporter exporter();

  /**
   * Reads the exported bytes back with the format's own reader (POI, a PDF text extractor,
   * Jackson) and returns all the text it holds, in any order and layout.
   *
   * @param output the exported bytes
   * @return all the text the document holds
   * @throws Exception if the bytes cannot be read back, which fails the test
   */
  protected abstract String readBack(byte[] output) throws Exception;

  /**
   * Makes text comparable: by default collapses whitespace; formats that break lines inside words
   * (PDF) may remove whitespace altogether.
   *
   * @param text read-back or expected text
   * @return the text as compared
   */
  protected String comparable(String text) {
    return DialogueTexts.normalizeWhitespace(text);
  }

  /** {@return options with the fixed instant; override to test other settings} */
  protected ExportOptions options() {
    return ExportOptions.builder().generatedAt(GENERATED_AT).build();
  }

  /**
   * Exports to bytes with {@link #options()}.
   *
   * @param dialogue the dialogue to export
   * @return the exported bytes
   * @throws IOException if the exporter fails
   */
  protected final byte[] export(Dialogue dialogue) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter().export(dialogue, options(), out);
    return out.toByteArray();
  }

  /**
   * The exporter is registered as a service: {@link ExporterRegistry#load()} finds it under its id.
   */
  @Test
  protected void isFoundByServiceLoaderUnderItsId() {
    Exporter exporter = exporter();
    assertThat(ExporterRegistry.load().get(exporter.id())).isInstanceOf(exporter.getClass());
  }

  /**
   * Id and file extension are lowercase letters and digits, the media type is a type/subtype
   * (parameters allowed), and the description is not blank: the command line shows them.
   */
  @Test
  protected void describesItselfWithLowercaseIdExtensionAndMediaType() {
    Exporter exporter = exporter();
    assertThat(exporter.id()).matches("[a-z0-9]+");
    assertThat(exporter.fileExtension()).matches("[a-z0-9]+");
    // A type, optionally with parameters: "text/markdown; charset=UTF-8" is as good as "application/pdf".
    assertThat(exporter.mediaType()).matches("[a-z]+/[a-zA-Z0-9.+-]+(\\s*;\\s*[a-zA-Z0-9.+-]+=[^;\\s]+)*");
    assertThat(exporter.description()).isNotBlank();
  }

  /**
   * The caller owns the stream: the exporter writes to it and leaves it open.
   *
   * @throws IOException if the export fails
   */
  @Test
  protected void writesWithoutClosingTheStream() throws IOException {
    CloseTrackingStream out = new CloseTrackingStream();
    exporter().export(SampleMeetings.seedDialogue(), options(), out);
    assertThat(out.closed).as("the exporter closed the caller's stream").isFalse();
    assertThat(out.bytes.size()).isPositive();
    out.write(0); // still writable
  }

  /**
   * Equal dialogues with a fixed instant give identical bytes, so reports can be compared and
   * builds reproduced.
   *
   * @throws IOException if the export fails
   */
  @Test
  protected void writesIdenticalBytesForEqualInputAndFixedInstant() throws IOException {
    byte[] first = export(SampleMeetings.seedDialogue());
    byte[] second = export(SampleMeetings.seedDialogue());
    assertThat(second).as("two exports of equal dialogues").isEqualTo(first);
  }

  /**
   * The seed meeting's every text is in the document read back.
   *
   * @throws Exception if the export fails
   */
  @Test
  protected void showsEveryTextOfTheSeedMeeting() throws Exception {
    assertShowsEveryText(SampleMeetings.seedDialogue());
  }

  /**
   * Texts full of Swedish, Sami and Finnish letters, symbols and emoji come back character for
   * character: nothing replaced by {@code ?} or dropped.
   *
   * @throws Exception if the export fails
   */
  @Test
  protected void showsEveryTextOfTheUnicodeMeetingCharacterForCharacter() throws Exception {
    assertShowsEveryText(SampleMeetings.unicodeDialogue());
  }

  /**
   * Every text of several meetings, two handwritten and four generated, is in the document.
   *
   * @throws Exception if the export fails
   */
  @Test
  protected void showsEveryTextOfSeveralMeetings() throws Exception {
    assertShowsEveryText(SampleMeetings.dialogueOf(
        SampleMeetings.seed(), SampleMeetings.unicodeHeavy()));
    assertShowsEveryText(DialogueGenerator.withSeed(7).meetings(4).generate());
  }

  /**
   * A dialogue without meetings still exports, and shows its name.
   *
   * @throws Exception if the export fails
   */
  @Test
  protected void exportsADialogueWithoutMeetings() throws Exception {
    Dialogue empty = Dialogue.builder().name("Tom dialog").organiser("Region Testbotten")
        .strategicAreas(StrategicAreaCatalogue.norrbotten().areas()).build();
    assertThat(comparable(readBack(export(empty)))).contains(comparable("Tom dialog"));
  }

  /**
   * One exporter shared by eight threads gives each the bytes a single export gives.
   *
   * @throws Exception if the export fails
   */
  @Test
  protected void givesTheSameBytesWhenSharedBetweenThreads() throws Exception {
    Exporter shared = exporter();
    Dialogue dialogue = SampleMeetings.dialogueOf(SampleMeetings.seed(), SampleMeetings.unicodeHeavy());
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    shared.export(dialogue, options(), expected);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        results.add(pool.submit(() -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          shared.export(dialogue, options(), out);
          return out.toByteArray();
        }));
      }
      for (Future<byte[]> result : results) {
        assertThat(result.get()).isEqualTo(expected.toByteArray());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * A stream that fails part way is reported as the {@link IOException} it threw, not wrapped
   * or swallowed.
   */
  @Test
  protected void reportsAStreamThatFailsMidwayAsIOException() {
    for (int limit : new int[] {0, 100, 5_000}) {
      OutputStream failing = new OutputStream() {
        private int written;

        @Override
        public void write(int b) throws IOException {
          if (++written > limit) {
            throw new IOException("disk full after " + limit + " bytes");
          }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          for (int i = 0; i < len; i++) {
            write(b[off + i]);
          }
        }
      };
      assertThatThrownBy(() -> exporter().export(SampleMeetings.dialogueOf(SampleMeetings.seed(),
          SampleMeetings.unicodeHeavy()), options(), failing))
          .as("failing after %d bytes", limit)
          .isInstanceOf(IOException.class)
          .hasMessageContaining("disk full");
    }
  }

  /**
   * {@return values to try for each setting the exporter declares in {@link Exporter#settings()}, keyed by
   * setting; every declared setting needs at least one value other than its default, so that a new
   * setting cannot escape the fidelity matrix} Empty by default (for exporters without settings).
   */
  protected Map<String, List<String>> settingCases() {
    return Map.of();
  }

  /**
   * Every declared setting is namespaced by the exporter's id and has a case in {@link
   * #settingCases()} other than its default, so no setting escapes the fidelity matrix.
   */
  @Test
  protected void everyDeclaredSettingHasAFidelityCase() {
    Map<String, List<String>> cases = settingCases();
    for (ExporterSetting setting : exporter().settings()) {
      assertThat(setting.key()).as("setting key").startsWith(exporter().id() + ".");
      assertThat(cases.get(setting.key()))
          .as("values the fidelity matrix tries for %s (override settingCases())", setting.key())
          .isNotNull().anyMatch(value -> !value.equals(setting.defaultValue()));
    }
    assertThat(exporter().settings()).extracting(ExporterSetting::key)
        .as("settingCases() names only declared settings").containsAll(cases.keySet());
  }

  /**
   * A setting in the exporter's namespace that it does not declare is refused with {@link
   * io.github.rusdialog.export.InvalidSettingException}, not ignored.
   */
  @Test
  protected void refusesASettingItDoesNotDeclare() {
    ExportOptions misspelt = ExportOptions.builder().from(options())
        .putSettings(exporter().id() + ".noSuchSetting", "1").build();
    assertThatThrownBy(() -> exporter().export(SampleMeetings.seedDialogue(), misspelt,
        new ByteArrayOutputStream()))
        .isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining(exporter().id() + ".noSuchSetting");
  }

  /**
   * A format that {@linkplain Exporter#publishes() publishes} refuses a dialogue holding personal
   * data with a {@link PersonalDataException} naming it masked, and writes nothing; with {@link
   * ExportOptions#allowPersonalData()} it writes the dialogue, the data shown. A working format
   * writes it either way: its users need to see what was said.
   *
   * @throws Exception if the export or the reading back fails
   */
  @Test
  protected void publishesPersonalDataOnlyWhenAllowed() throws Exception {
    Meeting seed = SampleMeetings.seed();
    Meeting withNumber = seed.withSummary(Optional.of(seed.summary().orElse("") + " Kontakta 811218-9876 om saken."));
    Dialogue dialogue = SampleMeetings.dialogueOf(withNumber);
    ExportOptions allowed = ExportOptions.builder().from(options()).allowPersonalData(true).build();
    if (exporter().publishes()) {
      ByteArrayOutputStream refused = new ByteArrayOutputStream();
      assertThatThrownBy(() -> exporter().export(dialogue, options(), refused))
          .isInstanceOf(PersonalDataException.class).hasMessageContaining("811218-****")
          .hasMessageNotContaining("9876");
      assertThat(refused.size()).as("bytes written before the refusal").isZero();
    } else {
      assertShowsEveryText(dialogue, options());
    }
    assertShowsEveryText(dialogue, allowed);
  }

  /**
   * {@return the fidelity matrix: every text of the model is found in the output, read back as a reader
   * sees it, for every shape of {@link DialogueShapes#thresholds()} crossed with the default
   * options, English labels and each value of {@link #settingCases()}; the seed repeated 35 times
   * and a few hundred meetings with the default options}
   */
  @TestFactory
  protected Stream<DynamicTest> showsEveryTextInEveryShapeAndSetting() {
    Map<String, ExportOptions> variants = new LinkedHashMap<>();
    variants.put("default options", options());
    variants.put("locale en", ExportOptions.builder().from(options()).locale(Locale.ENGLISH).build());
    settingCases().forEach((key, values) -> {
      for (String value : values) {
        variants.put(key + "=" + value, ExportOptions.builder().from(options()).putSettings(key, value).build());
      }
    });
    List<DynamicTest> tests = new ArrayList<>();
    for (DialogueShapes.Shape shape : DialogueShapes.thresholds()) {
      variants.forEach((name, options) -> tests.add(DynamicTest.dynamicTest(shape + ", " + name,
          () -> assertShowsEveryText(shape.dialogue(), options))));
    }
    for (DialogueShapes.Shape shape : List.of(DialogueShapes.seedRepeated(), DialogueShapes.hundreds())) {
      tests.add(DynamicTest.dynamicTest(shape + ", default options",
          () -> assertShowsEveryText(shape.dialogue(), options())));
    }
    return tests.stream();
  }

  /**
   * {@return the texts the export must show, keyed by place: every data text of the dialogue by default
   * ({@link DialogueTexts#of(Dialogue)})} An exporter that writes part of the model on purpose (a
   * CSV of priorities) returns the part it writes, and says so in its documentation.
   *
   * @param dialogue the dialogue exported
   */
  protected Map<String, String> expectedTexts(Dialogue dialogue) {
    return DialogueTexts.of(dialogue);
  }

  /**
   * Asserts that the export of {@code dialogue}, read back, contains every data text.
   *
   * @param dialogue the dialogue to export
   * @throws Exception if exporting or reading back fails
   */
  protected final void assertShowsEveryText(Dialogue dialogue) throws Exception {
    assertShowsEveryText(dialogue, options());
  }

  /**
   * Asserts that the export of {@code dialogue} with {@code options}, read back, contains every
   * data text; the failure counts the texts found and names the first missing ones by place.
   *
   * @param dialogue the dialogue to export
   * @param options the options to export with
   * @throws Exception if exporting or reading back fails
   */
  protected final void assertShowsEveryText(Dialogue dialogue, ExportOptions options) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter().export(dialogue, options, out);
    TextIndex shown = new TextIndex(comparable(readBack(out.toByteArray())));
    Map<String, String> texts = expectedTexts(dialogue);
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, String> text : texts.entrySet()) {
      if (!shown.contains(comparable(text.getValue()))) {
        missing.add(text.getKey());
      }
    }
    assertThat(missing).as("%d of %d texts found; missing (first 10): %s", texts.size() - missing.size(),
        texts.size(), missing.subList(0, Math.min(10, missing.size()))).isEmpty();
  }

  private static final class CloseTrackingStream extends FilterOutputStream {
    final ByteArrayOutputStream bytes;
    boolean closed;

    CloseTrackingStream() {
      this(new ByteArrayOutputStream());
    }

    private CloseTrackingStream(ByteArrayOutputStream bytes) {
      super(bytes);
      this.bytes = bytes;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (closed) {
        throw new IOException("stream closed");
      }
      out.write(b, off, len);
    }

    @Override
    public void write(int b) throws IOException {
      if (closed) {
        throw new IOException("stream closed");
      }
      out.write(b);
    }

    @Override
    public void close() {
      closed = true;
    }
  }

}
