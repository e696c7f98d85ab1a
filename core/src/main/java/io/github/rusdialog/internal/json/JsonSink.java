package io.github.rusdialog.internal.json;

/**
 * Where the format writes its tokens: one Jackson generator or another, adapted in the module
 * that owns it. Pretty-printing, encoding and closing are the adapter's business.
 */
public interface JsonSink {
  /** Starts an object. */
  void startObject();

  /** Ends the innermost object. */
  void endObject();

  /** Starts an array. */
  void startArray();

  /** Ends the innermost array. */
  void endArray();

  /**
   * Writes a property name inside an object.
   *
   * @param name the property name
   */
  void name(String name);

  /**
   * Writes a string value.
   *
   * @param value the value
   */
  void string(String value);

  /**
   * Writes a whole number.
   *
   * @param value the value
   */
  void number(int value);

  /**
   * Writes a decimal number.
   *
   * @param value the value
   */
  void number(double value);

  /** Writes {@code null}. */
  void nullValue();

  /**
   * Writes a property with a string value.
   *
   * @param name the property name
   * @param value the value
   */
  default void stringProperty(String name, String value) {
    name(name);
    string(value);
  }

  /**
   * Writes a property with a whole number.
   *
   * @param name the property name
   * @param value the value
   */
  default void numberProperty(String name, int value) {
    name(name);
    number(value);
  }

  /**
   * Writes a property with a decimal number.
   *
   * @param name the property name
   * @param value the value
   */
  default void numberProperty(String name, double value) {
    name(name);
    number(value);
  }

  /**
   * Writes a property whose value is {@code null}.
   *
   * @param name the property name
   */
  default void nullProperty(String name) {
    name(name);
    nullValue();
  }

  /**
   * Writes a property name and starts the array that is its value.
   *
   * @param name the property name
   */
  default void arrayProperty(String name) {
    name(name);
    startArray();
  }
}
