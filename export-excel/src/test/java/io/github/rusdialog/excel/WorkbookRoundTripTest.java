package io.github.rusdialog.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.Labels;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.testkit.DialogueGenerator;
import io.github.rusdialog.testkit.DialogueShapes;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Model → xlsx → model is equal, and xlsx → model → xlsx gives the same cell values, for every
 * testkit fixture and shape, in both languages, and for 500 generated dialogues.
 */
class WorkbookRoundTripTest {
  static Stream<Arguments> fixtures() {
    List<Arguments> fixtures = new ArrayList<>();
    fixtures.add(Arguments.of("seed", SampleMeetings.seedDialogue()));
    fixtures.add(Arguments.of("three meetings", SampleMeetings.threeMeetings()));
    fixtures.add(Arguments.of("unicode", SampleMeetings.unicodeDialogue()));
    for (DialogueShapes.Shape shape : DialogueShapes.thresholds()) {
      fixtures.add(Arguments.of(shape.name(), shape.dialogue()));
    }
    return fixtures.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void fixturesComeBackEqual(String name, Dialogue dialogue) throws IOException {
    assertRoundTrip(dialogue, options(Labels.SWEDISH));
    assertRoundTrip(dialogue, options(java.util.Locale.ENGLISH));
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedDialoguesComeBackEqual(long seed) throws IOException {
    Dialogue dialogue = DialogueGenerator.withSeed(seed).meetings(1 + (int) (seed % 4)).generate();
    assertRoundTrip(dialogue, options(seed % 5 == 0 ? java.util.Locale.ENGLISH : Labels.SWEDISH));
  }

  private static ExportOptions options(java.util.Locale locale) {
    return ExportOptions.builder().generatedAt(Workbooks.GENERATED_AT).locale(locale).build();
  }

  static void assertRoundTrip(Dialogue dialogue, ExportOptions options) throws IOException {
    byte[] first = Workbooks.export(dialogue, options);
    WorkbookImport read = WorkbookReader.create().read(new ByteArrayInputStream(first), "dialog.xlsx");
    if (!dialogue.meetings().isEmpty()) {
      assertThat(read.warnings()).isEmpty();
    }
    assertThat(read.dialogue()).isEqualTo(dialogue);
    assertThat(read.dialogue().meetings()).extracting(m -> m.id())
        .isEqualTo(dialogue.meetings().stream().map(m -> m.id()).toList());
    byte[] second = Workbooks.export(read.dialogue(), options);
    assertThat(cellValues(second)).isEqualTo(cellValues(first));
  }

  /** Every sheet's name and every cell's value, in order. */
  static List<String> cellValues(byte[] workbook) throws IOException {
    List<String> values = new ArrayList<>();
    try (XSSFWorkbook book = Workbooks.open(workbook)) {
      for (Sheet sheet : book) {
        values.add("sheet " + sheet.getSheetName());
        for (Row row : sheet) {
          for (Cell cell : row) {
            values.add(cell.getAddress() + "=" + cell);
          }
        }
      }
    }
    return values;
  }
}
