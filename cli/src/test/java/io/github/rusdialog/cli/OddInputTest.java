package io.github.rusdialog.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rusdialog.excel.ExcelExporter;
import io.github.rusdialog.export.ExportException;
import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.Exporter;
import io.github.rusdialog.json.JsonDialogueReader;
import io.github.rusdialog.json.JsonExporter;
import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.Opportunity;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.pdf.PdfExporter;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Odd but valid input comes out of every format intact, or is refused with a clear message. */
class OddInputTest {
  private static final List<String> FORMULA_LIKE = List.of("=HYPERLINK(\"http://example.com\",\"klicka\")",
      "+46 920 12 34 56", "-30 grader i januari", "@namn på Twitter", "=1+1");
  private static final String MINORITY_LETTERS =
      "Sámegiella: Á á Č č Đ đ Ŋ ŋ Š š Ŧ ŧ Ž ž Ï ï Æ æ Ø ø Å å Ä ä Ö ö; Skolt: Ǯ ǯ Ʒ ʒ Ǧ ǧ Ǥ ǥ Ǩ ǩ Õ õ;"
          + " Meänkieli/suomi: Ä ä Ö ö Y y; jiddisch/romani i latinsk skrift: š ž č ř";
  private static final String EMOJI_CJK = "Glada unga 😀🎉 och 会议 / 회의";

  private static Dialogue dialogue(String... texts) {
    AreaInput.Builder area = AreaInput.builder().area("skills");
    for (String text : texts) {
      area.addOpportunities(Opportunity.of(text));
    }
    Meeting meeting = Meeting.builder().title("Udda text").date(LocalDate.of(2024, 6, 1))
        .addPriorities(PriorityArea.builder().rank(1).title(FORMULA_LIKE.get(0)).description(FORMULA_LIKE.get(1)).build())
        .addAreas(area.build()).build();
    return SampleMeetings.dialogueOf(meeting);
  }

  private static byte[] export(Exporter exporter, Dialogue dialogue) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    exporter.export(dialogue, ExportOptions.defaults(), out);
    return out.toByteArray();
  }

  private static List<String> strings(byte[] xlsx) throws IOException {
    List<String> values = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      workbook.forEach(sheet -> {
        for (Row row : sheet) {
          for (Cell cell : row) {
            assertThat(cell.getCellType()).as("no formula in %s", sheet.getSheetName()).isNotEqualTo(CellType.FORMULA);
            if (cell.getCellType() == CellType.STRING) {
              values.add(cell.getStringCellValue());
            }
          }
        }
      });
    }
    return values;
  }

  /** The PDF's text without footers and running headers, whitespace removed (lines break anywhere). */
  private static String pdfText(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document)
          .replaceAll("RUS-dialogen · Region Norrbotten|Sida \\d+ av \\d+|(?m)^Udda text\\s*$", "")
          .replaceAll("\\s+", "");
    }
  }

  @Test
  void formulaLikeTextAndMinorityLettersSurviveEveryFormat() throws IOException {
    List<String> texts = new ArrayList<>(FORMULA_LIKE);
    texts.add(MINORITY_LETTERS);
    Dialogue dialogue = dialogue(texts.toArray(String[]::new));
    assertThat(JsonDialogueReader.create().read(new ByteArrayInputStream(export(new JsonExporter(), dialogue)),
        "odd.json")).isEqualTo(dialogue);
    assertThat(strings(export(new ExcelExporter(), dialogue))).containsAll(texts);
    String pdf = pdfText(export(new PdfExporter(), dialogue));
    for (String text : texts) {
      assertThat(pdf).contains(text.replaceAll("\\s+", ""));
    }
  }

  @Test
  void a44000CharacterTextIsKeptWholeInJsonAndPdfAndRefusedClearlyByExcel() throws IOException {
    String longText = ("Norrbottniabanan och ŋ đ ŧ " + "x".repeat(80) + " ").repeat(500).substring(0, 44_000).strip() + ".";
    Dialogue dialogue = dialogue(longText);
    assertThat(JsonDialogueReader.create().read(new ByteArrayInputStream(export(new JsonExporter(), dialogue)),
        "long.json")).isEqualTo(dialogue);
    assertThat(pdfText(export(new PdfExporter(), dialogue))).contains(longText.replaceAll("\\s+", ""));
    assertThatThrownBy(() -> export(new ExcelExporter(), dialogue)).isInstanceOf(ExportException.class)
        .hasMessageContaining("Meeting \"Udda text\" (udda-text-2024-06-01), areas[skills].opportunities[0]")
        .hasMessageContaining("more than the 32,767 an Excel cell holds");
  }

  @Test
  void emojiAndCjkAreKeptByJsonAndExcelAndRefusedByPdfNamingTheCharacter() throws IOException {
    Dialogue dialogue = dialogue(EMOJI_CJK);
    assertThat(JsonDialogueReader.create().read(new ByteArrayInputStream(export(new JsonExporter(), dialogue)),
        "emoji.json")).isEqualTo(dialogue);
    assertThat(strings(export(new ExcelExporter(), dialogue))).contains(EMOJI_CJK);
    assertThatThrownBy(() -> export(new PdfExporter(), dialogue)).isInstanceOf(ExportException.class)
        .hasMessageContaining("areas[skills].opportunities[0]: the character U+1F600 \"😀\"");
  }
}
