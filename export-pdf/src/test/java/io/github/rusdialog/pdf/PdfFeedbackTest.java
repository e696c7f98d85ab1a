package io.github.rusdialog.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.InvalidSettingException;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.testkit.DialogueGenerator;
import io.github.rusdialog.testkit.DialogueTexts;
import io.github.rusdialog.testkit.SampleMeetings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 27: one meeting's feedback to its participants — every input in their words with the
 * region's response, the count, and what is still open — as a tagged PDF like the full report.
 */
class PdfFeedbackTest {
  private static final Dialogue YOUTH = SampleMeetings.dialogueOf(SampleMeetings.youthDialogue());

  @BeforeAll
  static void initialise() {
    PdfConformanceTest.initialise();
  }

  private static byte[] feedback(Dialogue dialogue) throws Exception {
    return Pdfs.export(dialogue, ExportOptions.builder().generatedAt(Pdfs.GENERATED_AT)
        .putSettings(PdfExporter.REPORT, "feedback").build());
  }

  @Test
  void showsEveryInputWithTheRegionsResponseAndWhatIsStillOpen() throws Exception {
    String text = Pdfs.text(feedback(YOUTH)).replaceAll("\\s+", " ");
    assertThat(text).contains("Ungdomsdialog Luleå", "Återkoppling till deltagarna",
        "Här är det ni sa vid mötet, med era egna ord, och vad regionen har gjort med det.",
        "Av 5 inspel: 1 tas med i strategin, 0 tas delvis med, 1 tas inte med, 0 noteras och 3 är ännu inte besvarade.",
        "Kompetensförsörjning. Fler utbildningsplatser nära hemmet. Regionens svar: Tas med i strategin. Referens: Mål 2.3",
        "boende och infrastruktur Billiga bostäder för studenter. Regionens svar: Ännu inte besvarat.",
        "5G längs E4:an. Regionens svar: Tas inte med. Mobilnätet byggs av operatörerna, inte av regionen.",
        "Fortfarande öppet • boende och infrastruktur • Digital infrastruktur • Unga vill plugga på hemmaplan.");
    for (String said : DialogueTexts.list(YOUTH)) {
      assertThat(text).contains(said.replaceAll("\\s+", " "));
    }
  }

  @Test
  void passesPdfUa1AndPdfA2aLikeTheFullReport() throws Exception {
    PdfConformanceTest.assertConforms(feedback(YOUTH));
    for (long seed = 27; seed < 30; seed++) {
      Dialogue one = DialogueGenerator.withSeed(seed).meetings(1).itemsPerMeeting(12).generate();
      PdfConformanceTest.assertConforms(feedback(one));
    }
  }

  @Test
  void saysSoWhenEveryInputIsAnswered() throws Exception {
    Meeting seed = SampleMeetings.seed();
    Dialogue none = SampleMeetings.dialogueOf(seed.withPriorities(java.util.List.of()).withAreas(java.util.List.of()));
    assertThat(Pdfs.text(feedback(none))).contains("Regionen har besvarat alla inspel från mötet.");
  }

  @Test
  void severalMeetingsGiveEachItsFeedbackAfterACover() throws Exception {
    byte[] pdf = feedback(SampleMeetings.threeMeetings());
    String text = Pdfs.text(pdf).replaceAll("\\s+", " ");
    assertThat(text).contains("Av 5 inspel: 1 tas med", "Av 19 inspel: 0 tas med").doesNotContain("Sammanställning ");
    PdfConformanceTest.assertConforms(pdf);
  }

  @Test
  void refusesAnUnknownReport() {
    assertThatThrownBy(() -> Pdfs.export(YOUTH, ExportOptions.builder().putSettings(PdfExporter.REPORT, "svar").build()))
        .isInstanceOf(InvalidSettingException.class).hasMessageContaining("'svar' is not a value it takes; use full or feedback");
  }
}
