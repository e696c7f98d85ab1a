package io.github.rusdialog.internal.report;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.Labels;
import io.github.rusdialog.model.Dialogue;

/**
 * A printed report's title (the PDF's and the Word document's): the options' title, else the
 * dialogue's name, else what the document is — one meeting's title or feedback, or the labels'
 * name for a compilation.
 */
public final class ReportTitle {
  private ReportTitle() {}

  /**
   * {@return the title}
   *
   * @param dialogue the dialogue reported
   * @param options the options, which may give a title
   * @param feedback whether the report is the feedback to the participants
   */
  public static String of(Dialogue dialogue, ExportOptions options, boolean feedback) {
    Labels labels = options.labels();
    if (options.title().isPresent()) {
      return options.title().get();
    } else if (dialogue.name().isPresent()) {
      return dialogue.name().get();
    }
    if (feedback && dialogue.meetings().size() == 1) {
      return labels.get("feedback") + ": " + dialogue.meetings().get(0).title();
    }
    if (feedback) {
      return labels.get("feedback");
    }
    return dialogue.meetings().size() == 1 ? dialogue.meetings().get(0).title() : labels.get("document.title");
  }
}
