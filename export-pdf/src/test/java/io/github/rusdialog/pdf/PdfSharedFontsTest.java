package io.github.rusdialog.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.testkit.DialogueGenerator;
import io.github.rusdialog.testkit.SampleMeetings;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/**
 * The fonts are parsed once and shared by every document and thread. Shared, they must not leak
 * anything from one document into another: eight threads exporting a shuffled mix of documents
 * get, byte for byte, what one thread gets exporting each alone, and each file embeds only the
 * glyphs its own text uses.
 */
class PdfSharedFontsTest {
  private static final List<Dialogue> DOCUMENTS = List.of(
      SampleMeetings.seedDialogue(),
      SampleMeetings.unicodeDialogue(),
      SampleMeetings.threeMeetings(),
      DialogueGenerator.withSeed(11).meetings(3).generate(),
      DialogueGenerator.withSeed(12).meetings(1).itemsPerMeeting(40).generate());

  @Test
  void eightThreadsExportingMixedDocumentsGetTheBytesOfSingleExports() throws Exception {
    List<ExportOptions> options = List.of(
        ExportOptions.builder().generatedAt(Pdfs.GENERATED_AT).build(),
        ExportOptions.builder().generatedAt(Pdfs.GENERATED_AT).locale(Locale.ENGLISH).build());
    List<Callable<byte[]>> jobs = new ArrayList<>();
    List<byte[]> expected = new ArrayList<>();
    for (Dialogue dialogue : DOCUMENTS) {
      for (ExportOptions option : options) {
        expected.add(Pdfs.export(dialogue, option));
        jobs.add(() -> Pdfs.export(dialogue, option));
      }
    }
    List<Integer> order = new ArrayList<>();
    for (int round = 0; round < 4; round++) {
      for (int i = 0; i < jobs.size(); i++) {
        order.add(i);
      }
    }
    Collections.shuffle(order, new Random(17));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int job : order) {
        results.add(pool.submit(jobs.get(job)));
      }
      for (int i = 0; i < order.size(); i++) {
        assertThat(results.get(i).get()).as("document %d, run %d", order.get(i), i)
            .isEqualTo(expected.get(order.get(i)));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void eachDocumentEmbedsOnlyTheGlyphsOfItsOwnText() throws Exception {
    // Export a document full of rare letters first: if glyphs were kept in the shared font, the
    // seed's subset would grow by them.
    byte[] before = Pdfs.export(SampleMeetings.seedDialogue());
    Pdfs.export(SampleMeetings.unicodeDialogue());
    byte[] after = Pdfs.export(SampleMeetings.seedDialogue());
    assertThat(after).isEqualTo(before);
    try (PDDocument pdf = Pdfs.load(after)) {
      for (var page : pdf.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          PDFont font = page.getResources().getFont(name);
          assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSans.*");
        }
      }
    }
  }
}
