package io.github.rusdialog.html;

import io.github.rusdialog.internal.texts.DialogueTextWalker;
import io.github.rusdialog.model.Dialogue;

/**
 * Checks every text of a dialogue before anything is written, so that a text a page cannot hold
 * fails the export naming meeting and field, and no half-written page is left behind.
 */
final class TextCheck {
  private TextCheck() {}

  static void check(Dialogue dialogue, String title) {
    Markup.requireWritable(title, "The title");
    DialogueTextWalker.walk(dialogue, text -> {
      if (!text.shown()) {
        String where = text.where();
        Markup.requireWritable(text.value(), Character.toUpperCase(where.charAt(0)) + where.substring(1));
      }
    });
  }
}
