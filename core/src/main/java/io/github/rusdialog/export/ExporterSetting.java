package io.github.rusdialog.export;

import io.github.rusdialog.model.InvalidArgumentException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One setting an {@link Exporter} understands: its namespaced key ({@code xlsx.meetingSheetLimit}),
 * its default as text, what it does and, for a setting that takes one of a few words, those words
 * ({@link #allowedValues()}). Exporters list theirs in {@link Exporter#settings()}, so that tools
 * can show them, a misspelt key fails instead of being ignored, and a value that is none of the
 * allowed ones fails before the export starts. Immutable.
 *
 * @since 0.1.0
 */
public final class ExporterSetting {
  private final String key;
  private final String defaultValue;
  private final String description;
  private final List<String> allowedValues;

  private ExporterSetting(String key, String defaultValue, String description, List<String> allowedValues) {
    this.key = InvalidArgumentException.requireNonNull(key, "key");
    this.defaultValue = InvalidArgumentException.requireNonNull(defaultValue, "defaultValue");
    this.description = InvalidArgumentException.requireNonNull(description, "description");
    this.allowedValues = allowedValues;
  }

  /**
   * {@return a setting with this key, default and one-line description}
   *
   * @param key the namespaced key, e.g. {@code pdf.pageSize}
   * @param defaultValue the value used when the setting is not given
   * @param description what the setting does, in one line
   */
  public static ExporterSetting of(String key, String defaultValue, String description) {
    return new ExporterSetting(key, defaultValue, description, List.of());
  }

  /**
   * {@return this setting, taking only these values}
   *
   * @param values the values the setting takes, the default among them
   * @throws InvalidArgumentException if a value is null or not in lower case, or the default is not
   *     among them
   * @since 0.2.0
   */
  public ExporterSetting withAllowedValues(String... values) {
    InvalidArgumentException.requireNonNull(values, "values");
    List<String> allowed = new ArrayList<>();
    for (String value : values) {
      InvalidArgumentException.requireNonNull(value, "values[" + allowed.size() + "]");
      if (!value.equals(value.strip().toLowerCase(Locale.ROOT))) {
        throw new InvalidArgumentException("values[" + allowed.size() + "]: '" + value + "' is not a trimmed, lower-case"
            + " word; values are compared so");
      }
      allowed.add(value);
    }
    if (!allowed.contains(defaultValue)) {
      throw new InvalidArgumentException("values: " + allowed + " do not hold the default '" + defaultValue
          + "' of " + key);
    }
    return new ExporterSetting(key, defaultValue, description, List.copyOf(allowed));
  }

  /** {@return the key, {@code <exporter id>.<name>}} */
  public String key() {
    return key;
  }

  /** {@return the value used when the setting is not given} */
  public String defaultValue() {
    return defaultValue;
  }

  /** {@return what the setting does, in one line} */
  public String description() {
    return description;
  }

  /**
   * {@return the values the setting takes, the default among them; empty when it takes any value of
   * its kind (a number, a language tag)}
   *
   * @since 0.2.0
   */
  public List<String> allowedValues() {
    return allowedValues;
  }

  /**
   * {@return whether the setting takes {@code value}: one of its {@link #allowedValues()}, compared
   * without case and surrounding spaces ({@code " A4"} is {@code a4}), or any value when it lists none}
   *
   * @param value a value as given
   * @since 0.2.0
   */
  public boolean allows(String value) {
    InvalidArgumentException.requireNonNull(value, "value");
    return allowedValues.isEmpty() || allowedValues.contains(value.strip().toLowerCase(Locale.ROOT));
  }

  /**
   * {@return the value as the setting takes it: trimmed and in lower case when the setting lists its
   * values, as given otherwise}
   *
   * @param value a value as given
   * @throws InvalidSettingException naming the setting, the value and the values it takes, if it
   *     takes none like it
   * @since 0.2.0
   */
  public String requireAllowed(String value) {
    if (!allows(value)) {
      throw new InvalidSettingException("Setting " + key + ": '" + value.strip() + "' is not a value it takes; use "
          + String.join(", ", allowedValues.subList(0, allowedValues.size() - 1))
          + (allowedValues.size() > 1 ? " or " : "") + allowedValues.get(allowedValues.size() - 1));
    }
    return allowedValues.isEmpty() ? value : value.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Refuses settings in {@code exporter}'s namespace that it does not declare, so that
   * {@code xlsx.meetingSheetLimt=5} fails rather than silently doing nothing, and a value that is
   * none of a setting's {@link #allowedValues()} ({@code pdf.report=feedbak}). Settings of other
   * exporters are left alone: one options object may serve several exports.
   *
   * @param exporter the exporter whose settings are checked
   * @param options the options it was given
   *
   * @throws InvalidSettingException naming the key and the settings the exporter knows
   */
  public static void requireKnown(Exporter exporter, ExportOptions options) {
    InvalidArgumentException.requireNonNull(exporter, "exporter");
    InvalidArgumentException.requireNonNull(options, "options");
    String prefix = exporter.id() + ".";
    Map<String, ExporterSetting> known = new LinkedHashMap<>();
    for (ExporterSetting setting : exporter.settings()) {
      known.put(setting.key(), setting);
    }
    for (Map.Entry<String, String> given : options.settings().entrySet()) {
      String key = given.getKey();
      if (!key.startsWith(prefix)) {
        continue;
      }
      ExporterSetting setting = known.get(key);
      if (setting == null) {
        throw new InvalidSettingException("Setting " + key + " is not one the " + exporter.id()
            + " exporter knows; its settings: " + (known.isEmpty() ? "none" : String.join(", ", known.keySet())));
      }
      setting.requireAllowed(given.getValue());
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExporterSetting && key.equals(((ExporterSetting) other).key)
        && defaultValue.equals(((ExporterSetting) other).defaultValue)
        && description.equals(((ExporterSetting) other).description)
        && allowedValues.equals(((ExporterSetting) other).allowedValues);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, defaultValue, description, allowedValues);
  }

  @Override
  public String toString() {
    return key + "=" + defaultValue;
  }
}
