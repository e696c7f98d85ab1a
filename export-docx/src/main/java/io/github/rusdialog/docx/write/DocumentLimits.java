package io.github.rusdialog.docx.write;

import io.github.rusdialog.export.ExportException;
import io.github.rusdialog.internal.texts.DialogueTextWalker;
import io.github.rusdialog.model.Dialogue;

/**
 * The largest dialogue a Word document is written for. POI's XWPF holds the whole document in
 * memory as XML objects, many times the size of its text: past the limit the export is refused
 * before anything is built, instead of running the application out of memory. The limit is
 * measured (docs/word-report.md): a document at the limit is written in a 256 MiB heap.
 */
final class DocumentLimits {
  /**
   * The limit on a dialogue's size: its characters of text, and {@link #PER_TEXT} for each text
   * (each is a paragraph or more, whose objects weigh the same whatever it holds). Measured with
   * {@code -Xmx256m} (docs/word-report.md): generated meetings of 12 items were written up to a size
   * of 10.2 million and ran out of memory at 12.8 million; meetings of 40 one-word items were
   * written at 8.7 million and ran out at 12.2 million. The limit is under three fifths of the
   * smaller, leaving room for the application and the dialogue itself.
   */
  static final long MAX_SIZE = 7_000_000L;
  static final int PER_TEXT = 100;

  private DocumentLimits() {}

  static void check(Dialogue dialogue) {
    long[] size = new long[1];
    DialogueTextWalker.walk(dialogue, text -> size[0] += text.value().length() + PER_TEXT);
    if (size[0] > MAX_SIZE) {
      throw new ExportException(String.format(java.util.Locale.ROOT, "The dialogue's %,d meetings are too many for"
          + " one Word document: their texts measure %,d, and a Word document is written up to %,d (characters,"
          + " and %d for each text), since it is held in memory whole while it is written. Export the meetings"
          + " in parts, a few hundred at a time, or use the PDF, the workbook or the web page, which have no"
          + " such limit", dialogue.meetings().size(), size[0], MAX_SIZE, PER_TEXT));
    }
  }
}
