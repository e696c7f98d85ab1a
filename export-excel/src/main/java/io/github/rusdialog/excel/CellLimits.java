package io.github.rusdialog.excel;

import io.github.rusdialog.export.ExportException;
import io.github.rusdialog.internal.texts.DialogueTextWalker;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.StakeholderGroup;
import java.util.Locale;

/**
 * Refuses, before a byte is written, a dialogue holding a text longer than an Excel cell can
 * hold: the workbook would otherwise have to cut it. The message names meeting and item.
 */
final class CellLimits {
  private CellLimits() {}

  static void check(Dialogue dialogue) {
    DialogueTextWalker.walk(dialogue, text -> {
      if (!text.shown()) {
        require(text.value(), text.where());
      }
    });
    for (Meeting meeting : dialogue.meetings()) {
      StringBuilder participants = new StringBuilder();
      for (StakeholderGroup group : meeting.participants()) {
        participants.append(group.name()).append(", ");
      }
      require(participants.toString(), "Meeting \"" + meeting.title() + "\" (" + meeting.id()
          + "), participants, joined in one cell");
    }
  }

  private static void require(String text, String where) {
    if (text.length() > Cells.MAX_CELL_CHARS) {
      throw new ExportException(String.format(Locale.ROOT,
          "%s: the text has %,d characters, more than the %,d an Excel cell holds; the workbook"
              + " would have to cut it. Shorten the text, or export to PDF or JSON, which keep it whole",
          where, text.length(), Cells.MAX_CELL_CHARS));
    }
  }
}
