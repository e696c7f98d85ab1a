package io.github.rusdialog.model;

/**
 * Thrown when a model value is built from data that breaks one of the model's rules; the message
 * names the field and the offending value, for example
 * {@code priorities[2].rank: 4, but the meeting has 3 priorities}.
 *
 * @since 0.1.0
 */
public final class ModelValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The field's path. */
  private final String field;
  /** What is wrong with it. */
  private final String problem;

  /**
   * Creates an exception for one broken rule.
   *
   * @param field the field path inside the value being built, e.g. {@code priorities[2].rank}
   * @param problem what is wrong, in words a person can act on
   */
  public ModelValidationException(String field, String problem) {
    super(field + ": " + problem);
    this.field = field;
    this.problem = problem;
  }

  /** {@return the field path inside the value being built, e.g. {@code priorities[2].rank}} */
  public String field() {
    return field;
  }

  /** {@return what is wrong with the field, without the field path} */
  public String problem() {
    return problem;
  }

  /** Returns the same problem with {@code prefix} put in front of the field path. */
  ModelValidationException under(String prefix) {
    String joined = field.startsWith("[") ? prefix + field : prefix + "." + field;
    ModelValidationException moved = new ModelValidationException(joined, problem);
    moved.setStackTrace(getStackTrace());
    return moved;
  }
}
