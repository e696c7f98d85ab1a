package io.github.rusdialog.json;

import io.github.rusdialog.model.InvalidInputException;

/**
 * Thrown when a JSON document is not a valid rusdialog document: malformed JSON, a wrong type, an
 * unknown field, format or version, a duplicate key, data the model rejects, or a safety limit
 * exceeded. The message carries file, line, column and JSON path:
 * {@code dialog.json:14:19: $.dialogue.meetings[0].priorities[0].rank: expected a whole number, got string "one"}.
 *
 * @since 0.1.0
 */
public final class JsonFormatException extends InvalidInputException {
  private static final long serialVersionUID = 1L;

  JsonFormatException(String source, int line, int column, String path, String problem, Throwable cause) {
    super(source, line, column, path, problem, cause);
  }
}
