package io.github.rusdialog.export;

/**
 * Thrown when an exporter cannot write the dialogue without losing or altering data, for example
 * a text longer than a spreadsheet cell can hold or a character no available font can draw. The
 * message names the meeting and the item.
 *
 * @since 0.1.0
 */
public class ExportException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that names the meeting and item concerned.
   *
   * @param message what cannot be written, and where
   */
  public ExportException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the underlying cause.
   *
   * @param message what cannot be written, and where
   * @param cause the exception behind it
   */
  public ExportException(String message, Throwable cause) {
    super(message, cause);
  }
}
