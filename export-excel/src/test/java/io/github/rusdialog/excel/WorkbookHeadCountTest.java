package io.github.rusdialog.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StakeholderKind;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Issue 24: head counts in the workbook — the meeting's total in the overview's "Antal deltagare",
 * each group's as "Unga (6)" in its participants cell — are shown, read back, and edited there;
 * what is no head count is refused at its cell.
 */
class WorkbookHeadCountTest {
  private static final String OVERVIEW = "Översikt";

  private final Meeting seed = SampleMeetings.seed();
  private final Meeting counted = seed.toBuilder().attendees(23)
      .participants(seed.participants().stream()
          .map(group -> group.kind() == StakeholderKind.YOUTH ? group.withAttendees(6) : group).toList())
      .build();
  private final Dialogue dialogue = SampleMeetings.dialogueOf(counted);

  @Test
  void showsTheCountsOnTheOverviewTheParticipantsAndTheMeetingSheet() throws IOException {
    try (XSSFWorkbook workbook = Workbooks.read(dialogue)) {
      XSSFSheet overview = workbook.getSheet(OVERVIEW);
      int header = overview.getTables().get(0).getStartRowIndex();
      assertThat(Workbooks.string(overview, header, 3)).isEqualTo("Antal deltagare");
      assertThat(overview.getRow(header + 1).getCell(3).getNumericCellValue()).isEqualTo(23);
      assertThat(Workbooks.string(overview, header + 1, 2))
          .isEqualTo("Kommunen, Näringsliv, Minoriteter, Civilsamhälle, Unga (6), Myndigheter");

      XSSFSheet participants = workbook.getSheet("Deltagare");
      int people = participants.getTables().get(0).getEndColIndex();
      assertThat(Workbooks.string(participants, 0, people)).isEqualTo("Antal personer");
      assertThat(participants.getRow(1).getCell(people).getNumericCellValue()).as("the total, not the sum").isEqualTo(23);
      assertThat(participants.getRow(2).getCell(people).getNumericCellValue()).as("totals row").isEqualTo(23);

      String meetingSheet = Workbooks.allText(workbook);
      assertThat(meetingSheet).contains("Unga (6)", "Antal deltagare", "23");
    }
  }

  @Test
  void roundTripsTheCounts() throws IOException {
    WorkbookImport read = WorkbookEditTest.edit(dialogue, book -> { });
    assertThat(read.dialogue()).isEqualTo(dialogue);
    assertThat(read.dialogue().meetings().get(0).attendees()).hasValue(23);
    assertThat(read.warnings()).isEmpty();
  }

  @Test
  void readsEditedCountsAndKeepsEachGroupsKind() throws IOException {
    WorkbookImport read = edit(book -> {
      set(book, "C", "Kommunen (3), Näringsliv, Minoriteter, Civilsamhälle, Unga (7), Myndigheter, Nya gruppen (2)");
      set(book, "D", 31.0);
    });
    Meeting meeting = read.dialogue().meetings().get(0);
    assertThat(meeting.attendees()).hasValue(31);
    assertThat(meeting.participants()).contains(StakeholderGroup.of("Kommunen").withAttendees(3),
        StakeholderGroup.of("Unga", StakeholderKind.YOUTH).withAttendees(7), StakeholderGroup.of("Näringsliv"),
        StakeholderGroup.of("Nya gruppen", StakeholderKind.OTHER).withAttendees(2));
  }

  @Test
  void anEmptyTotalCellIsNoTotal() throws IOException {
    WorkbookImport read = edit(book -> cell(book, "D").setBlank());
    assertThat(read.dialogue().meetings().get(0).attendees()).isEqualTo(OptionalInt.empty());
  }

  @Test
  void parenthesesThatAreNoCountStayInTheName() throws IOException {
    WorkbookImport read = edit(book -> set(book, "C", "Unga (16–25 år, Luleå), Kommunen"));
    assertThat(read.dialogue().meetings().get(0).participants()).extracting(StakeholderGroup::name)
        .containsExactly("Unga (16–25 år, Luleå)", "Kommunen");
  }

  @Test
  void refusesWhatIsNoHeadCountAtItsCell() {
    int row = 0;
    for (String cell : List.of("Unga (ca 6), Kommunen", "Unga (6 st)", "Unga (5–6)")) {
      assertThatThrownBy(() -> edit(book -> set(book, "C", cell))).as(cell).isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("!C").hasMessageContaining("looks like a group with a head count; write the count"
              + " as a number in parentheses after the name, e.g. \"Unga (6)\"");
      row++;
    }
    assertThatThrownBy(() -> edit(book -> set(book, "C", "Unga (0)"))).hasMessageContaining("gives a head count of 0");
    assertThatThrownBy(() -> edit(book -> set(book, "D", 0.0))).hasMessageContaining("!D")
        .hasMessageContaining("0 is not a number of people");
    assertThatThrownBy(() -> edit(book -> set(book, "D", "många"))).hasMessageContaining("!D")
        .hasMessageContaining("\"många\" is not a number of people; write a whole number");
    assertThatThrownBy(() -> edit(book -> set(book, "D", 2.5))).hasMessageContaining("2.5 is not a number of people");
    assertThat(row).isEqualTo(3);
  }

  @Test
  void readsAWorkbookOfFormat1WrittenBeforeHeadCounts() throws IOException, InvalidInputException {
    // Written by rusdialog 0.1.0 (the kept api/0.1.0 jars) from examples/bolagsdagen-2024-03-13.txt.
    try (InputStream in = WorkbookHeadCountTest.class.getResourceAsStream("bolagsdagen-workbook-format-1.xlsx")) {
      WorkbookImport read = WorkbookReader.create().read(in, "gammal.xlsx");
      assertThat(read.dialogue()).isEqualTo(SampleMeetings.seedDialogue());
      assertThat(read.dialogue().meetings().get(0).attendees()).isEmpty();
    }
  }

  private WorkbookImport edit(Consumer<XSSFWorkbook> change) throws IOException {
    return WorkbookEditTest.edit(dialogue, change);
  }

  private static Cell cell(XSSFWorkbook book, String column) {
    XSSFSheet sheet = book.getSheet(OVERVIEW);
    int r = sheet.getTables().get(0).getStartRowIndex() + 1;
    Row row = sheet.getRow(r);
    int c = CellReference.convertColStringToIndex(column);
    return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
  }

  private static void set(XSSFWorkbook book, String column, String value) {
    Cell cell = cell(book, column);
    cell.setBlank();
    cell.setCellValue(value);
  }

  private static void set(XSSFWorkbook book, String column, double value) {
    Cell cell = cell(book, column);
    cell.setBlank();
    cell.setCellValue(value);
  }
}
