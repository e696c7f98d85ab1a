package io.github.rusdialog.wordreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rusdialog.docx.DocxSummaryReader;
import io.github.rusdialog.docx.write.SummaryTemplate;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.StrategicArea;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;

/**
 * The Word template for a new summary: the summary's parts in Word's styles and lists, refused
 * while a placeholder remains, read as a meeting once filled in (here with POI, in {@link
 * OtherProgramsTest} with python-docx).
 */
class SummaryTemplateTest {
  static final Instant CREATED = Instant.parse("2024-05-01T08:00:00Z");

  static byte[] template(StrategicAreaCatalogue catalogue) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    SummaryTemplate.write(catalogue, CREATED, out);
    return out.toByteArray();
  }

  @Test
  void holdsTheSummarysPartsWithEveryAreaOfTheCatalogue() throws IOException {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(template(StrategicAreaCatalogue.norrbotten())))) {
      List<String> headings = document.getParagraphs().stream()
          .filter(p -> p.getStyleID() != null && p.getStyleID().startsWith("Heading2")).map(XWPFParagraph::getText).toList();
      assertThat(headings.get(0)).isEqualTo("Mest prioriterade områden enligt deltagarna");
      assertThat(headings.subList(1, headings.size())).containsExactlyElementsOf(
          StrategicAreaCatalogue.norrbotten().areas().stream().map(StrategicArea::title).toList());
      assertThat(document.getParagraphs()).filteredOn(p -> "ListNumber".equals(p.getStyleID())).hasSize(1);
      assertThat(document.getParagraphs()).filteredOn(p -> "Heading3".equals(p.getStyleID()))
          .extracting(XWPFParagraph::getText).containsOnly("Möjligheter", "Utmaningar")
          .hasSize(2 * StrategicAreaCatalogue.norrbotten().areas().size());
    }
  }

  @Test
  void isRefusedAtItsFirstPlaceholderUntilFilledIn() throws IOException {
    byte[] docx = template(StrategicAreaCatalogue.norrbotten());
    assertThatThrownBy(() -> read(docx))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith("template.docx: paragraph 1 ")
        .hasMessageContaining("still holds the template's placeholder \"[Skriv mötets namn och datum");
  }

  @Test
  void filledInItReadsAsTheMeetingWritten() throws IOException {
    byte[] filled;
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(template(StrategicAreaCatalogue.norrbotten())))) {
      List<XWPFParagraph> paragraphs = document.getParagraphs();
      replace(paragraphs.get(0), "Kommundialog Kiruna 8/5 2024");
      replace(paragraphs.get(1), "Mötet hölls i Kiruna stadshus.");
      replace(paragraphs.get(3), "Unga (6)");
      replace(paragraphs.get(4), "Antal deltagare: 23");
      replace(paragraphs.get(6), "Boende:");
      paragraphs.get(6).getRuns().get(0).setBold(true);
      paragraphs.get(6).createRun().setText(" Fler hyresrätter.");
      for (XWPFParagraph paragraph : paragraphs) {
        if ("ListBullet".equals(paragraph.getStyleID()) && paragraph.getText().isEmpty()) {
          paragraph.createRun().setText("Norrbottniabanan.");
          break;
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      filled = out.toByteArray();
    }
    Meeting meeting = read(filled);
    assertThat(meeting.title()).isEqualTo("Kommundialog Kiruna");
    assertThat(meeting.date()).isEqualTo(LocalDate.of(2024, 5, 8));
    assertThat(meeting.summary()).contains("Mötet hölls i Kiruna stadshus.\nDeltagande grupper:");
    assertThat(meeting.participants()).extracting(group -> group.name() + "/" + group.attendees())
        .containsExactly("Unga/OptionalInt[6]");
    assertThat(meeting.attendees()).hasValue(23);
    assertThat(meeting.priorities()).singleElement().satisfies(priority -> {
      assertThat(priority.title()).isEqualTo("Boende");
      assertThat(priority.description()).contains("Fler hyresrätter.");
    });
    String first = StrategicAreaCatalogue.norrbotten().areas().get(0).id();
    assertThat(meeting.areas()).filteredOn(area -> area.area().equals(first)).singleElement()
        .satisfies(area -> assertThat(area.opportunities()).extracting(o -> o.text()).containsExactly("Norrbottniabanan."));
  }

  private static void replace(XWPFParagraph paragraph, String text) {
    while (paragraph.getRuns().size() > 1) {
      paragraph.removeRun(1);
    }
    paragraph.getRuns().get(0).setText(text, 0);
    paragraph.getRuns().get(0).setBold(false);
  }

  static Meeting read(byte[] docx) throws IOException {
    return DocxSummaryReader.create().read(new ByteArrayInputStream(docx), "template.docx").meeting();
  }
}
