package io.github.rusdialog.wordreport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

/**
 * The points Word's accessibility checker tests, and what makes the document Word's own: a title,
 * a language, headings in order without skipped levels, real lists, tables with a header row,
 * page numbers, fixed times.
 */
class DocxStructureTest {
  private static final Dialogue THREE = SampleMeetings.threeMeetings();

  @Test
  void hasTitleSubjectCreatorAndTheFixedTimesAsProperties() throws IOException {
    try (XWPFDocument document = open(THREE, DocxRoundTripTest.OPTIONS)) {
      var core = document.getProperties().getCoreProperties();
      assertThat(core.getTitle()).isEqualTo(THREE.name().orElseThrow());
      assertThat(core.getCreator()).isEqualTo(THREE.organiser().orElseThrow());
      assertThat(core.getSubject()).isEqualTo("Sammanställning av dialogmöten");
      assertThat(core.getCreated().toInstant()).isEqualTo(DocxRoundTripTest.GENERATED_AT);
      assertThat(core.getModified().toInstant()).isEqualTo(DocxRoundTripTest.GENERATED_AT);
    }
  }

  @Test
  void everyEntryOfThePackageHasTheGeneratedAtTimeSoEqualInputGivesEqualBytes() throws IOException {
    byte[] docx = DocxRoundTripTest.export(THREE, DocxRoundTripTest.OPTIONS);
    LocalDateTime expected = LocalDateTime.ofInstant(DocxRoundTripTest.GENERATED_AT, ZoneOffset.UTC);
    List<String> names = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        names.add(entry.getName());
        assertThat(entry.getTimeLocal()).as(entry.getName()).isEqualTo(expected);
      }
    }
    assertThat(names).contains("word/document.xml", "word/styles.xml", "word/numbering.xml", "word/footer1.xml");
  }

  @Test
  void headingsGoDownOneLevelAtATimeAndAreWordsHeadingStyles() throws IOException {
    for (Dialogue dialogue : List.of(THREE, SampleMeetings.seedDialogue())) {
      try (XWPFDocument document = open(dialogue, DocxRoundTripTest.OPTIONS)) {
        int previous = 0;
        int headings = 0;
        for (XWPFParagraph paragraph : document.getParagraphs()) {
          int level = outlineLevel(document, paragraph);
          if (level < 0) {
            continue;
          }
          headings++;
          assertThat(level).as(paragraph.getText()).isLessThanOrEqualTo(previous + 1);
          previous = level;
        }
        assertThat(headings).isGreaterThan(dialogue.meetings().size() * 3);
      }
    }
  }

  @Test
  void listsAreWordsListsAndEachMeetingsPrioritiesHaveAListOfTheirOwn() throws IOException {
    try (XWPFDocument document = open(THREE, DocxRoundTripTest.OPTIONS)) {
      List<java.math.BigInteger> numberedLists = new ArrayList<>();
      int bullets = 0;
      for (XWPFParagraph paragraph : document.getParagraphs()) {
        if ("ListNumber".equals(paragraph.getStyleID())) {
          assertThat(paragraph.getNumID()).isNotNull();
          if (!numberedLists.contains(paragraph.getNumID())) {
            numberedLists.add(paragraph.getNumID());
          }
        } else if ("ListBullet".equals(paragraph.getStyleID())) {
          assertThat(paragraph.getNumID()).isNotNull();
          bullets++;
        }
      }
      assertThat(numberedLists).hasSize((int) THREE.meetings().stream().filter(m -> !m.priorities().isEmpty()).count());
      assertThat(bullets).isGreaterThan(10);
      // No list typed as text: no paragraph starts with a bullet or a number of its own.
      assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText)
          .noneMatch(text -> text.matches("^(\\s*[•\\-*]\\s|\\d+[.)]\\s).*"));
    }
  }

  @Test
  void theSynthesisTablesHaveARepeatingHeaderRowAndTheTableStyle() throws IOException {
    try (XWPFDocument document = open(THREE, DocxRoundTripTest.OPTIONS)) {
      assertThat(document.getTables()).hasSize(5);
      for (XWPFTable table : document.getTables()) {
        assertThat(table.getRow(0).isRepeatHeader()).isTrue();
        assertThat(table.getStyleID()).isEqualTo("RusdialogTable");
        assertThat(table.getCTTbl().getTblPr().getTblLook().xmlText()).containsPattern("firstRow=\"(1|true|on)\"");
      }
    }
  }

  @Test
  void theLanguageIsOnTheStylesAndSwedishDataIsMarkedUnderEnglishLabels() throws IOException {
    try (XWPFDocument swedish = open(THREE, DocxRoundTripTest.OPTIONS)) {
      assertThat(defaultLanguage(swedish)).isEqualTo("sv-SE");
    }
    ExportOptions english = ExportOptions.builder().from(DocxRoundTripTest.OPTIONS).locale(Locale.ENGLISH).build();
    try (XWPFDocument document = open(THREE, english)) {
      assertThat(defaultLanguage(document)).startsWith("en");
      String firstOpportunity = THREE.meetings().get(0).areas().get(0).opportunities().get(0).text();
      XWPFParagraph item = document.getParagraphs().stream().filter(p -> p.getText().equals(firstOpportunity))
          .findFirst().orElseThrow();
      assertThat(item.getRuns()).allSatisfy(run -> assertThat(run.getLang()).isEqualTo("sv-SE"));
      // The contents' entries are the meetings' titles: Swedish too.
      String contents = document.getDocument().getBody().getSdtArray(0).xmlText();
      assertThat(contents).contains("w:val=\"sv-SE\"");
    }
  }

  @Test
  void theFooterNumbersThePagesWithWordsFields() throws IOException {
    try (XWPFDocument document = open(THREE, DocxRoundTripTest.OPTIONS)) {
      String footer = document.getFooterList().get(0)._getHdrFtr().xmlText();
      assertThat(footer).contains("PAGE").contains("NUMPAGES").contains("Sida ").contains(" av ");
      assertThat(document.getFooterList().get(0).getText()).contains(THREE.name().orElseThrow());
    }
  }

  @Test
  void severalMeetingsHaveATableOfContentsFieldInWordsGallery() throws IOException {
    try (XWPFDocument document = open(THREE, DocxRoundTripTest.OPTIONS)) {
      String body = document.getDocument().getBody().xmlText();
      assertThat(body).contains("Table of Contents").contains("TOC \\o").contains("_Toc_rusdialog_m3");
    }
  }

  /** The language of the document's defaults, as styles.xml holds it. */
  private static String defaultLanguage(XWPFDocument document) throws IOException {
    try (var in = document.getStyles().getPackagePart().getInputStream()) {
      String styles = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      var matcher = java.util.regex.Pattern.compile("<w:rPrDefault>.*?<w:lang w:val=\"([^\"]+)\"").matcher(styles);
      assertThat(matcher.find()).as("a language in the defaults").isTrue();
      return matcher.group(1);
    }
  }

  private static XWPFDocument open(Dialogue dialogue, ExportOptions options) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(DocxRoundTripTest.export(dialogue, options)));
  }

  /** The outline level a paragraph's style (or one it is based on) gives it, -1 for body text. */
  private static int outlineLevel(XWPFDocument document, XWPFParagraph paragraph) {
    String id = paragraph.getStyleID();
    for (int depth = 0; id != null && depth < 10; depth++) {
      XWPFStyle style = document.getStyles().getStyle(id);
      if (style == null) {
        return -1;
      }
      if ("Title".equals(style.getStyleId())) {
        return 0;
      }
      var pPr = style.getCTStyle().getPPr();
      if (pPr != null && pPr.getOutlineLvl() != null) {
        return pPr.getOutlineLvl().getVal().intValue() + 1;
      }
      id = style.getBasisStyleID();
    }
    return -1;
  }
}
