package io.github.rusdialog.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the PDF Association's validator, confirms the PDF/A-1b conformance the files declare. */
class PdfAConformanceTest {

  @BeforeAll
  static void initialise() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"seed", "unicode", "three meetings with synthesis", "empty dialogue"})
  void isValidPdfA1b(String name) throws Exception {
    Dialogue dialogue = switch (name) {
      case "seed" -> SampleMeetings.seedDialogue();
      case "unicode" -> SampleMeetings.unicodeDialogue();
      case "three meetings with synthesis" -> SampleMeetings.threeMeetings();
      default -> SampleMeetings.dialogueOf();
    };
    byte[] pdf = Pdfs.export(dialogue);
    try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf));
         PDFAValidator validator = Foundries.defaultInstance().createValidator(parser.getFlavour(), false)) {
      assertThat(parser.getFlavour()).isEqualTo(PDFAFlavour.PDFA_1_B);
      ValidationResult result = validator.validate(parser);
      List<String> failures = result.getTestAssertions().stream()
          .filter(assertion -> assertion.getStatus() != TestAssertion.Status.PASSED)
          .map(assertion -> assertion.getRuleId().getClause() + ": " + assertion.getMessage())
          .distinct().collect(Collectors.toList());
      assertThat(failures).as("veraPDF rule failures").isEmpty();
      assertThat(result.isCompliant()).isTrue();
    }
  }
}
