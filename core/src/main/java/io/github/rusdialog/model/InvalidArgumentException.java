package io.github.rusdialog.model;

/**
 * Thrown when an application passes the library an invalid argument: {@code null} where a value is
 * required, an unknown exporter id, a setting or option out of range. The message names the
 * argument. It is one of the library's four kinds of failure, each with its own base type:
 * <ul>
 *   <li>{@link InvalidInputException} (checked): an input — a summary, a workbook, a JSON file —
 *       cannot be read as it is; it names the input and the place, for the person who wrote it;
 *   <li>{@link ModelValidationException}: a model value breaks a rule of the model (a rank out of
 *       order, a blank text, a {@code null} given to a builder); it names the field;
 *   <li>{@code InvalidArgumentException} (this): the application called the library wrongly;
 *       {@link io.github.rusdialog.export.InvalidSettingException}, {@link
 *       io.github.rusdialog.export.UnknownExporterException} and {@link
 *       io.github.rusdialog.read.InvalidReadOptionException} are its kinds;
 *   <li>{@link io.github.rusdialog.export.ExportException}: an exporter cannot write what it was
 *       given (a character no format can hold); the stream's own {@code IOException} passes through.
 * </ul>
 *
 * @since 0.2.0
 */
public class InvalidArgumentException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the argument
   */
  public InvalidArgumentException(String message) {
    super(message);
  }

  /**
   * {@return {@code value}, if it is not null}
   *
   * @param value the argument
   * @param name the argument's name, for the message {@code "<name> must not be null"}
   * @param <T> the argument's type
   * @throws InvalidArgumentException if {@code value} is null
   */
  public static <T> T requireNonNull(T value, String name) {
    if (value == null) {
      throw new InvalidArgumentException(name + " must not be null");
    }
    return value;
  }
}
