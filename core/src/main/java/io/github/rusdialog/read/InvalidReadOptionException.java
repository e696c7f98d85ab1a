package io.github.rusdialog.read;

import io.github.rusdialog.model.InvalidArgumentException;

/**
 * Thrown when a {@link ReadOptions} value is invalid: a null, a blank name, a limit below 1.
 *
 * @since 0.2.0
 */
public final class InvalidReadOptionException extends InvalidArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong
   */
  public InvalidReadOptionException(String message) {
    super(message);
  }
}
