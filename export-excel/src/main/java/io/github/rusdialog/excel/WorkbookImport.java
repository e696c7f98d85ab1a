package io.github.rusdialog.excel;

import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.text.SummaryWarning;
import java.util.List;

/**
 * What {@link WorkbookReader} read from a workbook: the dialogue, and warnings about edits it did
 * not read (typing in a per-meeting or synthesis sheet, which are views of the tables). Immutable.
 *
 * @since 0.1.0
 */
public final class WorkbookImport {
  private final Dialogue dialogue;
  private final List<SummaryWarning> warnings;

  WorkbookImport(Dialogue dialogue, List<SummaryWarning> warnings) {
    this.dialogue = dialogue;
    this.warnings = List.copyOf(warnings);
  }

  /**
   * The dialogue the workbook's tables hold.
   *
   * @return the dialogue, valid by the model's rules
   */
  public Dialogue dialogue() {
    return dialogue;
  }

  /**
   * Edits that were not read, each naming its sheet; {@link SummaryWarning#toString()} gives the
   * line a command line prints.
   *
   * @return the warnings, in sheet order; empty when nothing was left unread
   */
  public List<SummaryWarning> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return "WorkbookImport{meetings=" + dialogue.meetings().size() + ", warnings=" + warnings.size() + "}";
  }
}
