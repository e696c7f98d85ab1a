package io.github.rusdialog.cli;

/** A command used the wrong way (a file type we do not read, an output over an input): exit 2. */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
