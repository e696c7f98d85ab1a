package io.github.rusdialog.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rusdialog.export.ExportException;
import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.Opportunity;
import io.github.rusdialog.testkit.DialogueTexts;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentTest {

  private static Dialogue threeMeetings() {
    Meeting third = Meeting.builder().title("Ungdomsdialog Kiruna").date(LocalDate.of(2024, 6, 1))
        .summary("Unga i Kiruna om framtiden.").build();
    return SampleMeetings.dialogueOf(SampleMeetings.seed(), SampleMeetings.unicodeHeavy(), third);
  }

  @Test
  void showsEverySentenceOfTheSeedWhitespaceNormalised() throws IOException {
    String text = DialogueTexts.normalizeWhitespace(Pdfs.bodyText(Pdfs.export(SampleMeetings.seedDialogue())));
    for (String sentence : DialogueTexts.list(SampleMeetings.seedDialogue())) {
      assertThat(text).contains(DialogueTexts.normalizeWhitespace(sentence));
    }
    assertThat(text).contains("Bolagsdagen 13 mars 2024", "Mest prioriterade områden enligt deltagarna",
        "Möjligheter", "Utmaningar", "Relaterade insikter", "(underförstådd)");
  }

  @Test
  void embedsEveryFontAndDeclaresPdfA2aAndPdfUa1() throws IOException {
    try (PDDocument document = Pdfs.load(Pdfs.export(threeMeetings()))) {
      List<String> fonts = new ArrayList<>();
      for (PDPage page : document.getPages()) {
        collectFonts(page.getResources(), fonts, document);
      }
      assertThat(fonts).isNotEmpty().allMatch(name -> name.contains("LiberationSans"));
      String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
      assertThat(xmp).contains("pdfaid:part>2<").contains("pdfaid:conformance>A<").contains("pdfuaid:part>1<");
      assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(document.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.OUTPUT_INTENTS))
          .isNotNull();
    }
  }

  private static void collectFonts(PDResources resources, List<String> names, PDDocument document)
      throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      assertThat(font.isEmbedded()).as("font %s is embedded", font.getName()).isTrue();
      names.add(font.getName());
    }
    for (COSName name : resources.getXObjectNames()) {
      PDXObject object = resources.getXObject(name);
      if (object instanceof PDFormXObject) {
        collectFonts(((PDFormXObject) object).getResources(), names, document);
      }
    }
  }

  /**
   * The structure elements sit in object streams and the cross-reference table is a stream: its
   * text form costs a formatted line per object, and the file is smaller (README, performance).
   */
  @Test
  void writesItsObjectsInObjectStreamsWithACrossReferenceStream() throws IOException {
    byte[] pdf = Pdfs.export(threeMeetings());
    try (PDDocument document = Pdfs.load(pdf)) {
      assertThat(document.getVersion()).isEqualTo(1.7f);
      assertThat(document.getDocument().isXRefStream()).isTrue();
      assertThat(document.getDocumentCatalog().getStructureTreeRoot().getKids()).isNotEmpty();
    }
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(raw).contains("/Type/ObjStm").doesNotContain("\nxref\n");
  }

  @Test
  void setsMetadataLanguageAndShowsTheTitle() throws IOException {
    try (PDDocument document = Pdfs.load(Pdfs.export(SampleMeetings.seedDialogue()))) {
      var info = document.getDocumentInformation();
      assertThat(info.getTitle()).isEqualTo("RUS-dialogen");
      assertThat(info.getAuthor()).isEqualTo("Region Norrbotten");
      assertThat(info.getSubject()).isEqualTo("Sammanställning av dialogmöten");
      assertThat(info.getKeywords()).contains("RUS");
      assertThat(info.getCreator()).isEqualTo("rusdialog");
      assertThat(info.getCreationDate().toInstant()).isEqualTo(Pdfs.GENERATED_AT);
      assertThat(info.getModificationDate().toInstant()).isEqualTo(Pdfs.GENERATED_AT);
      PDDocumentCatalog catalog = document.getDocumentCatalog();
      assertThat(catalog.getLanguage()).isEqualTo("sv-SE");
      assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
      assertThat(catalog.getPageMode().stringValue()).isEqualTo("UseOutlines");
      assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
    }
    byte[] english = Pdfs.export(SampleMeetings.seedDialogue(), ExportOptions.builder().locale(Locale.ENGLISH)
        .title("Company day").putSettings(PdfExporter.PAGE_SIZE, "letter").generatedAt(Pdfs.GENERATED_AT).build());
    try (PDDocument document = Pdfs.load(english)) {
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Company day");
      assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(PDRectangle.LETTER.getWidth(), org.assertj.core.data.Offset.offset(1f));
    }
    assertThat(Pdfs.text(english)).contains("Priority areas ranked by the participants", "Opportunities",
        "Challenges", "13 March 2024", "Page 1 of 2");
  }

  @Test
  void bookmarksEveryMeetingAndItsStrategicAreas() throws IOException {
    try (PDDocument document = Pdfs.load(Pdfs.export(threeMeetings()))) {
      List<String> meetings = new ArrayList<>();
      List<String> areas = new ArrayList<>();
      for (PDOutlineItem meeting : document.getDocumentCatalog().getDocumentOutline().children()) {
        meetings.add(meeting.getTitle());
        assertThat(meeting.findDestinationPage(document)).isNotNull();
        if (meeting.getTitle().equals("Bolagsdagen")) {
          meeting.children().forEach(area -> areas.add(area.getTitle()));
        }
      }
      assertThat(meetings).containsExactly("Sammanställning", "Bolagsdagen", "Sámi ja meänkieli – čoahkkin Giron",
          "Ungdomsdialog Kiruna");
      assertThat(areas).containsExactly(
          "God tillgänglighet genom digital kommunikation och transportsystem",
          "Goda möjligheter till kultur, boende, arbete och välfärd",
          "Väl fungerande kompetensförsörjning och kompetensutveckling",
          "Innovation och förnyelse samt entreprenörskap och företagande");
    }
  }

  @Test
  void startsSeveralMeetingsWithACoverAndContentsWithPageNumbers() throws IOException {
    byte[] pdf = Pdfs.export(threeMeetings());
    try (PDDocument document = Pdfs.load(pdf)) {
      int pages = document.getNumberOfPages();
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      String cover = stripper.getText(document);
      assertThat(cover).contains("RUS-dialogen", "Organisatör: Region Norrbotten", "Möten: 3 möten",
          "Period: 13 mars 2024 – 1 juni 2024", "Sida 1 av " + pages);
      int contentsPage = firstPageWith(document, "Innehåll");
      assertThat(contentsPage).as("contents after the cover").isEqualTo(2);
      int synthesis = firstPageWith(document, "Deltagande per slag av aktör");
      assertThat(synthesis).as("the synthesis after the contents").isEqualTo(3);
      stripper.setStartPage(contentsPage);
      stripper.setEndPage(contentsPage);
      String contents = stripper.getText(document);
      int kiruna = firstPageWith(document, "Unga i Kiruna om framtiden.");
      int bolagsdagen = firstPageWith(document, "Kort sammanfattning");
      assertThat(bolagsdagen).isGreaterThan(synthesis);
      assertThat(contents.replaceAll("\\s+", " "))
          .contains("Sammanställning " + synthesis)
          .contains("Bolagsdagen 13 mars 2024 " + bolagsdagen)
          .contains("Ungdomsdialog Kiruna 1 juni 2024 " + kiruna);
      for (int page = 1; page <= pages; page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertThat(stripper.getText(document)).as("page " + page)
            .contains("RUS-dialogen · Region Norrbotten").contains("Sida " + page + " av " + pages);
      }
      // The seed meeting runs over two pages: the second carries its title as running header.
      stripper.setStartPage(bolagsdagen + 1);
      stripper.setEndPage(bolagsdagen + 1);
      assertThat(stripper.getText(document)).contains("Bolagsdagen");
    }
  }

  @Test
  void theRunningHeaderIsOneWholeLineForATitleWithALineBreakAndShortenedOnlyPastNinetyCharacters()
      throws IOException {
    Meeting seed = SampleMeetings.seed();
    String broken = "Bolagsdagen\nLuleå tekniska universitet";
    String longTitle = "Bolagsdagen " + "med näringslivet i Norrbotten ".repeat(4).strip();
    for (String title : List.of(broken, longTitle)) {
      Meeting meeting = Meeting.builder().from(seed).title(title).build();
      try (PDDocument document = Pdfs.load(Pdfs.export(SampleMeetings.dialogueOf(meeting)))) {
        assertThat(document.getNumberOfPages()).isGreaterThan(1);
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(2);
        stripper.setEndPage(2);
        String header = stripper.getText(document).lines().findFirst().orElseThrow();
        String expected = title.replace('\n', ' ');
        if (expected.length() > 90) {
          expected = expected.substring(0, 89) + "…";
        }
        assertThat(header).as("the first line of page 2").isEqualTo(expected);
      }
    }
  }

  private static int firstPageWith(PDDocument document, String text) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    for (int page = 1; page <= document.getNumberOfPages(); page++) {
      stripper.setStartPage(page);
      stripper.setEndPage(page);
      if (stripper.getText(document).contains(text)) {
        return page;
      }
    }
    throw new AssertionError("no page with " + text);
  }

  @Test
  void refusesACharacterTheFontCannotDrawNamingIt() {
    Meeting meeting = Meeting.builder().title("Emoji").date(LocalDate.of(2024, 1, 2))
        .addAreas(AreaInput.builder().area("skills")
            .addOpportunities(Opportunity.of("Glada unga 😀"), Opportunity.of("会议")).build())
        .build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> new PdfExporter().export(SampleMeetings.dialogueOf(meeting),
        ExportOptions.defaults(), out))
        .isInstanceOf(ExportException.class)
        .hasMessage("Meeting \"Emoji\" (emoji-2024-01-02), areas[skills].opportunities[0]: the character"
            + " U+1F600 \"😀\" at index 11 is not in the PDF font Liberation Sans and would be left out;"
            + " remove or replace it, or export to JSON or Excel, which keep it");
    assertThat(out.size()).isZero();
  }

  @Test
  void drawsEveryLatinLetterOfSwedensMinorityLanguages() throws IOException {
    String letters = "Á á Č č Đ đ Ŋ ŋ Š š Ŧ ŧ Ž ž Ä ä Ö ö Å å Æ æ Ø ø Ï ï Â â Ǯ ǯ Ʒ ʒ Ǧ ǧ Ǥ ǥ Ǩ ǩ Õ õ";
    Meeting meeting = Meeting.builder().title("Bokstäver").date(LocalDate.of(2024, 1, 2))
        .addAreas(AreaInput.builder().area("skills").addOpportunities(Opportunity.of(letters)).build())
        .build();
    assertThat(Pdfs.bodyText(Pdfs.export(SampleMeetings.dialogueOf(meeting)))).contains(letters);
  }

  @Test
  void wrapsALongUnbreakableWordWithoutLosingACharacter() throws IOException {
    String word = "Norrbottniabanan".repeat(250);
    Meeting meeting = Meeting.builder().title("Långt ord").date(LocalDate.of(2024, 1, 2))
        .addAreas(AreaInput.builder().area("skills").addOpportunities(Opportunity.of(word)).build())
        .build();
    String text = Pdfs.bodyText(Pdfs.export(SampleMeetings.dialogueOf(meeting)));
    assertThat(text.replaceAll("\\s+", "")).contains(word);
  }
}
