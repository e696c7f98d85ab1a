package io.github.rusdialog.text;

import io.github.rusdialog.model.InvalidInputException;

/**
 * Thrown when a meeting summary cannot be read: the message names the file and line and says what
 * to change, e.g. {@code overkalix.md:14: "Möjligheter:" before any strategic area heading}. For a
 * Word document {@link #path()} names the paragraph instead of a line: {@code bolagsdagen.docx:
 * paragraph 14 "Möjligheter:": …}.
 *
 * @since 0.1.0
 */
public final class SummaryFormatException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  SummaryFormatException(String source, int line, String problem) {
    super(source, line, 0, null, problem);
  }

  /** For input without lines (Word): {@code place} names it, e.g. {@code paragraph 14 "Möjligheter:"}. */
  SummaryFormatException(String source, String place, String problem) {
    super(source, 0, 0, place, problem);
  }
}
