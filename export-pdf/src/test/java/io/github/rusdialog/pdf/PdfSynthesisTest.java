package io.github.rusdialog.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfSynthesisTest {

  @Test
  void putsTheSynthesisAfterTheContents() throws IOException {
    byte[] pdf = Pdfs.export(SampleMeetings.threeMeetings());
    try (PDDocument document = Pdfs.load(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(3);
      stripper.setEndPage(3);
      String page = stripper.getText(document).replaceAll("\\s+", " ");
      assertThat(page).contains("Sammanställning", "Deltagande per slag av aktör", "Hördes inte: Region",
          "Prioriteringar efter Bordapoäng", "Prioriteringar över mötena");
      // Table rows: label, meetings, first places, mean rank, Borda.
      assertThat(page).contains("Kompetensförsörjning 2 2 1.00 6", "Boende och Infrastruktur 2 1 1.50 6");
      assertThat(Pdfs.text(pdf).replaceAll("\\s+", " ")).contains("Kultur, Vårld och Samhällsgemenskap 1 0 2.00 3");
      // Meetings by title and date, as readers know them, not by id.
      assertThat(page).as("meetings by title; the date only where two share a title")
          .contains("Kommun 2 Kommunen Bolagsdagen, Kommundialog Överkalix").doesNotContain("bolagsdagen-2024");
      String all = Pdfs.text(pdf).replaceAll("\\s+", " ");
      // Head counts: on the youth meeting's page and, per kind, in the synthesis.
      assertThat(all).contains("Deltagande grupper: Unga (12), Akademi (3), Byalaget",
          "Unga 2 Unga Bolagsdagen, Ungdomsdialog Luleå 12", "Akademi 1 Akademi Ungdomsdialog Luleå 3",
          "Antal personer enligt sammanfattningarna: 15 (från 1 av 3 möten).",
          "Möten utan antal deltagare: Bolagsdagen, Kommundialog Överkalix",
          // Responses: per meeting (4 + 15 open in the seed) and per area (items only).
          "Regionens svar per möte", "Bolagsdagen 0 0 0 0 19", "Ungdomsdialog Luleå 1 0 1 0 3",
          "Regionens svar per strategiskt område",
          "God tillgänglighet genom digital kommunikation och transportsystem 0 0 1 0",
          "Regionens svar: Tas med i strategin. Referens: Mål 2.3",
          "Regionens svar: Tas inte med. Mobilnätet byggs av operatörerna, inte av regionen.");
      assertThat(all).contains("Väl fungerande kompetensförsörjning och kompetensutveckling 1 2 0 0 1 1 3");
      List<String> bookmarks = new ArrayList<>();
      for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
        bookmarks.add(item.getTitle());
      }
      assertThat(bookmarks).containsExactly("Sammanställning", "Bolagsdagen", "Kommundialog Överkalix",
          "Ungdomsdialog Luleå");
    }
  }

  @Test
  void showsTheMeetingsTotalOnItsPage() throws IOException {
    Dialogue counted = SampleMeetings.dialogueOf(SampleMeetings.seed().withAttendees(java.util.OptionalInt.of(23)));
    assertThat(Pdfs.text(Pdfs.export(counted)).replaceAll("\\s+", " ")).contains("Antal deltagare: 23");
  }

  @Test
  void showsTheRegionsResponseUnderTheInputItAnswers() throws IOException {
    io.github.rusdialog.model.Meeting seed = SampleMeetings.seed();
    io.github.rusdialog.model.Response no = io.github.rusdialog.model.Response.of(
        io.github.rusdialog.model.ResponseStatus.NOT_ADOPTED, java.util.Optional.of("Ligger utanför uppdraget."),
        java.util.Optional.of("Mål 2.3"));
    Dialogue answered = SampleMeetings.dialogueOf(seed.withPriorities(java.util.List.of(
        seed.priorities().get(0).withResponse(java.util.Optional.of(no)))));
    assertThat(Pdfs.text(Pdfs.export(answered)).replaceAll("\\s+", " ")).contains(seed.priorities().get(0).title(),
        "Regionens svar: Tas inte med. Ligger utanför uppdraget. Referens: Mål 2.3");
  }

  @Test
  void leavesTheSynthesisOutForOneMeeting() throws IOException {
    assertThat(Pdfs.text(Pdfs.export(SampleMeetings.seedDialogue()))).doesNotContain("Sammanställning");
  }
}
