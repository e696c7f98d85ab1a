package io.github.rusdialog.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.testkit.DialogueShapes;
import io.github.rusdialog.testkit.DialogueTexts;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The structure a screen reader walks, and the words it reads, in the order the page shows them. */
class PdfStructureTest {
  @TempDir
  Path dir;

  private static List<String> types(PDStructureNode node) {
    List<String> types = new ArrayList<>();
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement) {
        types.add(((PDStructureElement) kid).getStructureType());
      }
    }
    return types;
  }

  private static List<PDStructureElement> all(PDStructureNode node, String type) {
    List<PDStructureElement> found = new ArrayList<>();
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement) {
        PDStructureElement element = (PDStructureElement) kid;
        if (element.getStructureType().equals(type)) {
          found.add(element);
        }
        found.addAll(all(element, type));
      }
    }
    return found;
  }

  @Test
  void theThreeMeetingDocumentHasTheOutlineAScreenReaderWalks() throws IOException {
    try (PDDocument document = Pdfs.load(Pdfs.export(SampleMeetings.threeMeetings()))) {
      var root = document.getDocumentCatalog().getStructureTreeRoot();
      assertThat(types(root)).containsExactly("Document");
      PDStructureElement top = (PDStructureElement) root.getKids().get(0);
      List<String> outline = types(top);
      assertThat(outline.subList(0, 3)).containsExactly("H1", "P", "P");
      assertThat(outline).containsSubsequence("H1", "TOC", "Sect", "Sect", "Sect", "Sect");
      PDStructureElement contents = all(top, "TOC").get(0);
      assertThat(types(contents)).hasSize(4).containsOnly("TOCI");
      for (PDStructureElement item : all(contents, "TOCI")) {
        assertThat(types(item)).containsExactly("Link");
      }
      PDStructureElement meeting = all(top, "Sect").get(1);
      assertThat(types(meeting)).startsWith("H1", "P", "P", "P", "H2", "L", "H2")
          .contains("H3").doesNotContain("Table");
      for (PDStructureElement item : all(meeting, "LI")) {
        assertThat(types(item)).containsExactly("Lbl", "LBody");
      }
      for (PDStructureElement table : all(top, "Table")) {
        PDStructureElement header = (PDStructureElement) table.getKids().get(0);
        List<PDStructureElement> headerCells = all(header, "TH");
        assertThat(headerCells).isNotEmpty().hasSameSizeAs(types(header));
        for (PDStructureElement th : headerCells) {
          COSDictionary attributes = (COSDictionary) th.getCOSObject().getDictionaryObject(COSName.A);
          assertThat(attributes.getNameAsString(COSName.getPDFName("Scope"))).isEqualTo("Column");
        }
        int columns = headerCells.size();
        for (PDStructureElement row : all(table, "TR").subList(1, all(table, "TR").size())) {
          assertThat(types(row)).hasSize(columns).containsOnly("TD");
        }
        assertThat(all(table, "TH")).as("header cells are tagged once, repeats are artifacts").hasSize(columns);
      }
      List<PDStructureElement> figures = all(top, "Figure");
      assertThat(figures).hasSize(1);
      assertThat(figures.get(0).getAlternateDescription())
          .startsWith("Stapeldiagram över Bordapoäng per prioritering, högst först: Kompetensförsörjning: 6 poäng;");
    }
  }

  @Test
  void aParagraphSplitOverTwoPagesIsOneElementWithTwoParts() throws IOException {
    Dialogue dialogue = DialogueShapes.thresholds().stream().filter(s -> s.name().equals("long texts"))
        .findFirst().orElseThrow().dialogue();
    try (PDDocument document = Pdfs.load(Pdfs.export(dialogue))) {
      PDStructureElement top = (PDStructureElement) document.getDocumentCatalog().getStructureTreeRoot()
          .getKids().get(0);
      String summary = dialogue.meetings().get(0).summary().orElseThrow();
      TaggedText tagged = new TaggedText(document);
      List<PDStructureElement> paragraphs = all(top, "P");
      PDStructureElement intro = paragraphs.stream()
          .filter(p -> normalize(tagged.text(p)).equals(normalize(summary))).findFirst().orElseThrow();
      List<Integer> pages = new ArrayList<>();
      for (Object kid : intro.getKids()) {
        if (kid instanceof PDMarkedContentReference) {
          pages.add(document.getPages().indexOf(((PDMarkedContentReference) kid).getPage()));
        } else if (kid instanceof Integer) {
          pages.add(document.getPages().indexOf(intro.getPage()));
        }
      }
      assertThat(pages).as("the intro's parts, by page").hasSizeGreaterThan(1).doesNotHaveDuplicates();
    }
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"three meetings", "unicode", "long texts", "empty sections"})
  void theTextReadThroughTheTagsHasEveryTextWithItsWordsApart(String name) throws IOException {
    Dialogue dialogue = switch (name) {
      case "three meetings" -> SampleMeetings.threeMeetings();
      case "unicode" -> SampleMeetings.unicodeDialogue();
      default -> DialogueShapes.thresholds().stream().filter(s -> s.name().equals(name)).findFirst()
          .orElseThrow().dialogue();
    };
    try (PDDocument document = Pdfs.load(Pdfs.export(dialogue))) {
      String tagged = normalize(new TaggedText(document).text());
      for (Map.Entry<String, String> text : DialogueTexts.of(dialogue).entrySet()) {
        assertThat(tagged).as("text at %s, read through the tags", text.getKey()).contains(normalize(text.getValue()));
      }
    }
  }

  @Test
  void pdftotextReadsEveryTextOfTheSeedWithItsWordsApart() throws Exception {
    assumeThat(Path.of("/usr/bin/pdftotext")).as("poppler-utils installed").exists();
    Path pdf = Files.write(dir.resolve("seed.pdf"), Pdfs.export(SampleMeetings.threeMeetings()));
    Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").start();
    String text = normalize(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    assertThat(process.waitFor()).isZero();
    for (Map.Entry<String, String> entry : DialogueTexts.of(SampleMeetings.threeMeetings()).entrySet()) {
      assertThat(text).as("text at %s, read by pdftotext", entry.getKey()).contains(normalize(entry.getValue()));
    }
  }

  private static String normalize(String text) {
    return DialogueTexts.normalizeWhitespace(text);
  }
}
