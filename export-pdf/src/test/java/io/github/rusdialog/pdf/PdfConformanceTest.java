package io.github.rusdialog.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.testkit.DialogueGenerator;
import io.github.rusdialog.testkit.DialogueShapes;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the PDF Association's validator, confirms both conformances every file declares:
 * PDF/UA-1 (accessible) and PDF/A-2a (archivable, tagged), for the fixed documents and for
 * generated dialogues long enough to split paragraphs, lists and tables over pages.
 */
class PdfConformanceTest {

  @BeforeAll
  static void initialise() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"seed", "unicode", "three meetings with synthesis", "empty dialogue", "long texts",
      "empty sections", "letter, English"})
  void fixedDocumentsPassPdfUa1AndPdfA2a(String name) throws Exception {
    ExportOptions options = ExportOptions.builder().generatedAt(Pdfs.GENERATED_AT).build();
    Dialogue dialogue = switch (name) {
      case "seed" -> SampleMeetings.seedDialogue();
      case "unicode" -> SampleMeetings.unicodeDialogue();
      case "three meetings with synthesis" -> SampleMeetings.threeMeetings();
      case "empty dialogue" -> SampleMeetings.dialogueOf();
      case "long texts" -> shape("long texts");
      case "empty sections" -> shape("empty sections");
      default -> {
        options = ExportOptions.builder().from(options).locale(Locale.ENGLISH)
            .putSettings(PdfExporter.PAGE_SIZE, "letter").build();
        yield SampleMeetings.threeMeetings();
      }
    };
    assertConforms(Pdfs.export(dialogue, options));
  }

  static Stream<Arguments> generated() {
    return LongStream.range(0, 50).mapToObj(seed -> Arguments.of(15_000 + seed));
  }

  @ParameterizedTest(name = "generator seed {0}")
  @MethodSource("generated")
  void generatedDialoguesPassPdfUa1AndPdfA2a(long seed) throws Exception {
    int meetings = 1 + (int) (seed % 4);
    Dialogue dialogue = DialogueGenerator.withSeed(seed).meetings(meetings).itemsPerMeeting(8 + (int) (seed % 30))
        .generate();
    assertConforms(Pdfs.export(dialogue));
  }

  private static Dialogue shape(String name) {
    return DialogueShapes.thresholds().stream().filter(shape -> shape.name().equals(name)).findFirst()
        .orElseThrow().dialogue();
  }

  static void assertConforms(byte[] pdf) throws Exception {
    for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A)) {
      try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
           PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
        ValidationResult result = validator.validate(parser);
        List<String> failures = result.getTestAssertions().stream()
            .filter(assertion -> assertion.getStatus() != TestAssertion.Status.PASSED)
            .map(assertion -> assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber()
                + ": " + assertion.getMessage())
            .distinct().limit(20).collect(Collectors.toList());
        assertThat(failures).as("veraPDF %s rule failures", flavour).isEmpty();
        assertThat(result.isCompliant()).as(flavour.toString()).isTrue();
      }
    }
  }
}
