package io.github.rusdialog.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.Opportunity;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.Response;
import io.github.rusdialog.model.ResponseStatus;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 27: the region answers each input in the workbook — "Status" from the drop-down, "Svar"
 * and "Referens" typed — and the reader carries the answers back, each with its own input, or
 * refuses what is no answer at its cell.
 */
class WorkbookResponsesTest {
  private static final String PRIORITIES = "Prioriteringar";
  private static final String ITEMS = "Möjligheter och utmaningar";

  private final Dialogue seed = SampleMeetings.seedDialogue();

  @Test
  void readsTheAnswersAnotherProgramWroteEachWithItsInput() throws IOException, InvalidInputException {
    Dialogue read;
    try (InputStream in = getClass().getResourceAsStream("/openpyxl/answered-in-openpyxl.xlsx")) {
      read = WorkbookReader.create().read(in, "besvarad.xlsx").dialogue();
    }
    Meeting meeting = read.meetings().get(0);
    Meeting exported = seed.meetings().get(0);
    assertThat(meeting.priorities().get(0).response()).hasValue(
        Response.of(ResponseStatus.ADOPTED, Optional.empty(), Optional.of("Mål 2.3")));
    assertThat(meeting.priorities().get(1).response()).hasValue(Response.of(ResponseStatus.NOT_ADOPTED,
        Optional.of("Ligger utanför det regionala uppdraget."), Optional.empty()));
    assertThat(meeting.priorities().subList(2, meeting.priorities().size()))
        .allSatisfy(priority -> assertThat(priority.response()).isEmpty());
    List<Opportunity> opportunities = meeting.areas().get(0).opportunities();
    Opportunity first = exported.areas().get(0).opportunities().get(0);
    assertThat(opportunities.get(0).text()).isEqualTo(first.text() + " (rättad)");
    assertThat(opportunities.get(0).response()).hasValue(Response.of(ResponseStatus.PARTLY,
        Optional.of("Distansutbildningen tas med."), Optional.empty()));
    assertThat(opportunities.get(1).response()).hasValue(Response.of(ResponseStatus.NOTED));
    long answered = meeting.areas().stream().flatMap(WorkbookResponsesTest::items)
        .filter(item -> item.response().isPresent()).count();
    assertThat(answered).as("only the two answered items, after the rows were reversed").isEqualTo(2);
  }

  @Test
  void roundTripsResponsesOfEveryStatus() throws IOException {
    Meeting meeting = seed.meetings().get(0);
    List<PriorityArea> priorities = new java.util.ArrayList<>(meeting.priorities());
    int i = 0;
    for (ResponseStatus status : ResponseStatus.values()) {
      priorities.set(i, priorities.get(i).withResponse(Optional.of(Response.of(status, Optional.of("Skäl " + i),
          i % 2 == 0 ? Optional.of("Mål " + i) : Optional.empty()))));
      i++;
    }
    AreaInput area = meeting.areas().get(0);
    Dialogue answered = SampleMeetings.dialogueOf(meeting.withPriorities(priorities).withAreas(List.of(
        area.withChallenges(List.of(area.challenges().get(0).withResponse(Optional.of(Response.of(
            ResponseStatus.NOT_ADOPTED, Optional.of("Nej,\nför att …"), Optional.of("Kap. 4"))))))))
    );
    WorkbookImport read = WorkbookEditTest.edit(answered, book -> { });
    assertThat(read.dialogue()).isEqualTo(answered);
    assertThat(read.warnings()).isEmpty();
  }

  @Test
  void showsTheStatusAsTheDropDownOffersIt() throws IOException {
    Meeting meeting = seed.meetings().get(0);
    Dialogue answered = SampleMeetings.dialogueOf(meeting.withPriorities(List.of(meeting.priorities().get(0)
        .withResponse(Optional.of(Response.of(ResponseStatus.PARTLY)))) ));
    try (XSSFWorkbook workbook = Workbooks.read(answered)) {
      XSSFSheet sheet = workbook.getSheet(PRIORITIES);
      assertThat(Workbooks.column(sheet, 10, 0, 1)).containsExactly("Status", "Tas delvis med");
      assertThat(Workbooks.string(sheet, 0, 11)).isEqualTo("Svar");
      assertThat(Workbooks.string(sheet, 0, 12)).isEqualTo("Referens");
      assertThat(Workbooks.string(workbook.getSheet(ITEMS), 0, 9)).isEqualTo("Status");
    }
    try (XSSFWorkbook workbook = Workbooks.open(Workbooks.export(answered,
        io.github.rusdialog.export.ExportOptions.builder().locale(java.util.Locale.ENGLISH)
            .generatedAt(Workbooks.GENERATED_AT).build()))) {
      assertThat(Workbooks.column(workbook.getSheet("Priorities"), 10, 0, 1)).containsExactly("Status", "Partly adopted");
    }
  }

  @Test
  void refusesWhatIsNoAnswerAtItsCell() {
    assertRefused(book -> set(book, PRIORITIES, "K2", "Kanske"),
        "Prioriteringar!K2: \"Kanske\" is not one of [Tas med i strategin, Tas delvis med, Tas inte med, Noteras];"
            + " choose one from the list");
    assertRefused(book -> set(book, PRIORITIES, "K3", "Tas inte med"),
        "Prioriteringar!L3: \"Tas inte med\" needs a reason: write here why the input is not taken into the strategy");
    assertRefused(book -> set(book, ITEMS, "K2", "Ett svar utan status"),
        "'Möjligheter och utmaningar'!J2: the row has a response but no status; choose one from the list");
    assertRefused(book -> set(book, ITEMS, "L2", "Mål 1"), "!J2: the row has a response but no status");
  }

  private void assertRefused(Consumer<XSSFWorkbook> change, String message) {
    assertThatThrownBy(() -> WorkbookEditTest.edit(seed, change)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining(message);
  }

  private static java.util.stream.Stream<AreaItem> items(AreaInput area) {
    return java.util.stream.Stream.of(area.opportunities(), area.challenges(), area.insights())
        .flatMap(List::stream);
  }

  private static void set(XSSFWorkbook book, String sheet, String ref, String value) {
    org.apache.poi.ss.util.CellReference at = new org.apache.poi.ss.util.CellReference(ref);
    XSSFSheet s = book.getSheet(sheet);
    Row row = s.getRow(at.getRow());
    Cell cell = row.getCell(at.getCol()) == null ? row.createCell(at.getCol()) : row.getCell(at.getCol());
    cell.setCellValue(value);
  }
}
