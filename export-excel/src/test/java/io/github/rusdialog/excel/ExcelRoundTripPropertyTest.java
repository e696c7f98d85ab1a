package io.github.rusdialog.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.testkit.DialogueGenerator;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Generated dialogues come back from the workbook text for text, in the expected rows and columns. */
class ExcelRoundTripPropertyTest {

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 500);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyTextIsInItsSheetRowAndColumn(long seed) throws IOException {
    Dialogue dialogue = DialogueGenerator.withSeed(seed).meetings(1 + (int) (seed % 5)).generate();
    List<String> meetingTitles = new ArrayList<>();
    List<String> participants = new ArrayList<>();
    List<Double> attendees = new ArrayList<>();
    List<String> priorityTitles = new ArrayList<>();
    List<String> priorityDescriptions = new ArrayList<>();
    List<String> itemTexts = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    for (Meeting meeting : dialogue.meetings()) {
      meetingTitles.add(meeting.title());
      participants.add(meeting.participants().isEmpty() ? null
          : meeting.participants().stream().map(group -> group.name()
              + (group.attendees().isPresent() ? " (" + group.attendees().getAsInt() + ")" : ""))
              .collect(Collectors.joining(", ")));
      attendees.add(meeting.attendees().isPresent() ? (double) meeting.attendees().getAsInt() : null);
      for (PriorityArea priority : meeting.priorities()) {
        priorityTitles.add(priority.title());
        priorityDescriptions.add(priority.description().orElse(null));
      }
      for (AreaInput input : meeting.areas()) {
        List<AreaItem> items = new ArrayList<>(input.opportunities());
        items.addAll(input.challenges());
        items.addAll(input.insights());
        if (items.isEmpty()) {
          itemTexts.add(null);
          notes.add(input.note().orElse(null));
        }
        for (AreaItem item : items) {
          itemTexts.add(item.text());
          notes.add(input.note().orElse(null));
        }
      }
    }
    try (XSSFWorkbook workbook = Workbooks.read(dialogue)) {
      XSSFSheet overview = workbook.getSheet("Översikt");
      int header = overview.getTables().get(0).getStartRowIndex();
      int meetings = dialogue.meetings().size();
      assertThat(Workbooks.column(overview, 1, header + 1, header + meetings)).isEqualTo(meetingTitles);
      assertThat(Workbooks.column(overview, 2, header + 1, header + meetings)).isEqualTo(participants);
      List<Double> totals = new ArrayList<>();
      for (int r = header + 1; r <= header + meetings; r++) {
        org.apache.poi.ss.usermodel.Cell cell = overview.getRow(r).getCell(3);
        totals.add(cell == null || cell.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK ? null
            : cell.getNumericCellValue());
      }
      assertThat(totals).as("Antal deltagare").isEqualTo(attendees);
      XSSFSheet priorities = workbook.getSheet("Prioriteringar");
      assertThat(Workbooks.column(priorities, 3, 1, priorityTitles.size())).isEqualTo(priorityTitles);
      assertThat(Workbooks.column(priorities, 4, 1, priorityTitles.size())).isEqualTo(priorityDescriptions);
      XSSFSheet items = workbook.getSheet("Möjligheter och utmaningar");
      assertThat(Workbooks.column(items, 5, 1, itemTexts.size())).isEqualTo(itemTexts);
      assertThat(Workbooks.column(items, 6, 1, notes.size())).isEqualTo(notes);
      assertThat(items.getLastRowNum()).isEqualTo(Math.max(1, itemTexts.size()));
    }
  }
}
