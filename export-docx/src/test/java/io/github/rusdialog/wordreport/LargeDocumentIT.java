package io.github.rusdialog.wordreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rusdialog.docx.write.DocxExporter;
import io.github.rusdialog.export.ExportException;
import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.Opportunity;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.testkit.DialogueGenerator;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The Word report's documented limit, in a JVM of 256 MB (the failsafe plugin runs this with
 * {@code -Xmx256m}): XWPF holds the whole document, so a dialogue just under the limit is written
 * there, and one over it is refused with what to do instead of running out of memory.
 */
class LargeDocumentIT {
  @Test
  void writesAThousandGeneratedMeetingsIn256Megabytes() throws Exception {
    assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx256m").isLessThanOrEqualTo(256L * 1024 * 1024);
    Dialogue dialogue = DialogueGenerator.withSeed(7).meetings(1_000).itemsPerMeeting(12).generate();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new DocxExporter().export(dialogue, ExportOptions.builder().build(), out);
    assertThat(out.size()).isGreaterThan(1_000 * 1_000);
  }

  @Test
  void refusesADialogueOverTheLimitBeforeBuildingTheDocument() {
    Dialogue.Builder dialogue = Dialogue.builder().strategicAreas(StrategicAreaCatalogue.norrbotten().areas());
    for (int m = 0; m < 1_600; m++) {
      AreaInput.Builder area = AreaInput.builder().area("accessibility");
      for (int i = 0; i < 40; i++) {
        area.addOpportunities(Opportunity.of("Tåg " + i));
      }
      dialogue.addMeetings(Meeting.builder().id("m" + m).title("Möte " + m).date(LocalDate.of(2024, 1, 1).plusDays(m))
          .addAreas(area.build()).build());
    }
    assertThatThrownBy(() -> new DocxExporter().export(dialogue.build(), ExportOptions.builder().build(),
        OutputStream.nullOutputStream()))
        .isInstanceOf(ExportException.class)
        .hasMessageStartingWith("The dialogue's 1,600 meetings are too many for one Word document")
        .hasMessageContaining("Export the meetings in parts");
  }
}
