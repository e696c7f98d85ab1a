package io.github.rusdialog.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.Opportunity;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.text.SummaryReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A workbook exported by rusdialog, then edited and saved by LibreOffice Calc 7.4 (see
 * {@code libreoffice/README.md}): areas chosen from the drop-downs, a text corrected, a row added
 * under the table, the items sorted by text. It reads to the examples' dialogue with exactly those
 * edits, in the exported order, without warnings.
 */
class WorkbookEditedInCalcTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @Test
  void readsTheEditsCalcSaved() throws IOException {
    WorkbookImport read;
    try (InputStream in = getClass().getResourceAsStream("/libreoffice/edited-in-calc.xlsx")) {
      read = WorkbookReader.create().read(in, "edited-in-calc.xlsx");
    }
    assertThat(read.warnings()).isEmpty();
    assertThat(read.dialogue()).isEqualTo(expected());
  }

  private static Dialogue expected() throws IOException {
    Dialogue seedDialogue = SummaryReader.create().read(EXAMPLES.resolve("bolagsdagen-2024-03-13.txt")).toDialogue();
    Meeting seed = seedDialogue.meetings().get(0);
    Meeting overkalix = SummaryReader.create().read(EXAMPLES.resolve("kommundialog-overkalix-2024-04-19.md"))
        .toDialogue().meetings().get(0);
    Meeting editedSeed = Meeting.builder().from(seed)
        .priorities(List.of(
            linked(seed.priorities().get(0), "accessibility", "culture-housing-work-welfare"),
            seed.priorities().get(1), seed.priorities().get(2),
            linked(seed.priorities().get(3), "skills")))
        .areas(replace(seed.areas(), "accessibility", area -> AreaInput.builder().from(area)
            .opportunities(List.of(area.opportunities().get(0),
                Opportunity.of("Ökad befolkningstillväxt genom bättre kommunikationer."))).build()))
        .build();
    List<PriorityArea> priorities = new ArrayList<>(overkalix.priorities());
    priorities.set(0, linked(priorities.get(0), "skills"));
    Meeting editedOverkalix = Meeting.builder().from(overkalix).priorities(priorities)
        .areas(replace(overkalix.areas(), "skills", area -> AreaInput.builder().from(area)
            .addOpportunities(Opportunity.of("Lärlingsplatser i samarbete med industrin.")).build()))
        .build();
    return Dialogue.builder().from(seedDialogue).meetings(List.of(editedSeed, editedOverkalix)).build();
  }

  private static PriorityArea linked(PriorityArea priority, String... areas) {
    return PriorityArea.builder().from(priority).areas(List.of(areas)).build();
  }

  private static List<AreaInput> replace(List<AreaInput> areas, String id,
      java.util.function.UnaryOperator<AreaInput> change) {
    List<AreaInput> changed = new ArrayList<>();
    for (AreaInput area : areas) {
      changed.add(area.area().equals(id) ? change.apply(area) : area);
    }
    return changed;
  }
}
