package io.github.rusdialog.export;

import io.github.rusdialog.model.InvalidArgumentException;

/**
 * Thrown when an exporter setting in {@link ExportOptions#settings()} has a key the exporter does
 * not know or a value it cannot use; the message names key and value and what is allowed. Thrown
 * before anything is written.
 *
 * @since 0.1.0
 */
public final class InvalidSettingException extends InvalidArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception with a message naming the setting.
   *
   * @param message the setting's key, its value and what is allowed
   */
  public InvalidSettingException(String message) {
    super(message);
  }
}
