package io.github.rusdialog.export;

import io.github.rusdialog.model.InvalidArgumentException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One setting an {@link Exporter} understands: its namespaced key ({@code xlsx.meetingSheetLimit}),
 * its default as text, and what it does. Exporters list theirs in {@link Exporter#settings()}, so
 * that tools can show them and a misspelt key fails instead of being ignored. Immutable.
 *
 * @since 0.1.0
 */
public final class ExporterSetting {
  private final String key;
  private final String defaultValue;
  private final String description;

  private ExporterSetting(String key, String defaultValue, String description) {
    this.key = InvalidArgumentException.requireNonNull(key, "key");
    this.defaultValue = InvalidArgumentException.requireNonNull(defaultValue, "defaultValue");
    this.description = InvalidArgumentException.requireNonNull(description, "description");
  }

  /**
   * {@return a setting with this key, default and one-line description}
   *
   * @param key the namespaced key, e.g. {@code pdf.pageSize}
   * @param defaultValue the value used when the setting is not given
   * @param description what the setting does, in one line
   */
  public static ExporterSetting of(String key, String defaultValue, String description) {
    return new ExporterSetting(key, defaultValue, description);
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
   * Refuses settings in {@code exporter}'s namespace that it does not declare, so that
   * {@code xlsx.meetingSheetLimt=5} fails rather than silently doing nothing. Settings of other
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
    List<String> known = new ArrayList<>();
    for (ExporterSetting setting : exporter.settings()) {
      known.add(setting.key());
    }
    for (String key : options.settings().keySet()) {
      if (key.startsWith(prefix) && !known.contains(key)) {
        throw new InvalidSettingException("Setting " + key + " is not one the " + exporter.id()
            + " exporter knows; its settings: " + (known.isEmpty() ? "none" : String.join(", ", known)));
      }
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ExporterSetting && key.equals(((ExporterSetting) other).key)
        && defaultValue.equals(((ExporterSetting) other).defaultValue)
        && description.equals(((ExporterSetting) other).description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, defaultValue, description);
  }

  @Override
  public String toString() {
    return key + "=" + defaultValue;
  }
}
