package io.github.rusdialog.export;

import io.github.rusdialog.model.InvalidArgumentException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * How an {@link Exporter} writes: the language of labels ({@code sv} by default, or {@code en}),
 * an optional document title, the "generated at" instant printed in reports, and settings that
 * belong to one format, namespaced by its id ({@code xlsx.meetingSheetLimit}).
 *
 * <p>Immutable and thread-safe. Fix {@link #generatedAt()} to get byte-identical output:
 * <pre>{@code
 * ExportOptions options = ExportOptions.builder()
 *     .locale(Locale.ENGLISH)
 *     .generatedAt(Instant.parse("2024-03-13T12:00:00Z"))
 *     .putSettings("xlsx.meetingSheetLimit", "50")
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@ExportStyle
public abstract class ExportOptions {
  private static final Set<String> LANGUAGES = Set.of("sv", "en");
  private static final Pattern SETTING = Pattern.compile("[a-z0-9]+\\.[A-Za-z0-9.-]+");

  ExportOptions() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link ExportOptions}; {@link #build()} validates. A {@code null} argument fails at once
   * with an {@link InvalidArgumentException} naming it. Not thread-safe; use one builder per thread.
   */
  public static final class Builder {
    private final ExportOptionsImpl.Fields fields = ExportOptionsImpl.fields();

    Builder() {}

    /**
     * Sets every option from {@code options}, replacing what was set.
     *
     * @param options the options to copy
     * @return this builder
     */
    public Builder from(ExportOptions options) {
      fields.from(InvalidArgumentException.requireNonNull(options, "options"));
      return this;
    }

    /**
     * Sets the language of labels and dates: {@code sv} (the default) or {@code en}.
     *
     * @param locale the locale; its language must be Swedish or English
     * @return this builder
     */
    public Builder locale(Locale locale) {
      fields.locale(InvalidArgumentException.requireNonNull(locale, "locale"));
      return this;
    }

    /**
     * Sets a document title that replaces the one made from the dialogue's name.
     *
     * @param title the title, not blank
     * @return this builder
     */
    public Builder title(String title) {
      fields.title(InvalidArgumentException.requireNonNull(title, "title"));
      return this;
    }

    /**
     * Sets or clears the document title.
     *
     * @param title the title, or {@code Optional.empty()} for the one made from the dialogue's name
     * @return this builder
     */
    public Builder title(Optional<String> title) {
      fields.title(InvalidArgumentException.requireNonNull(title, "title"));
      return this;
    }

    /**
     * Fixes the instant reports say they were generated at; equal input then gives identical bytes.
     *
     * @param generatedAt the instant
     * @return this builder
     */
    public Builder generatedAt(Instant generatedAt) {
      fields.generatedAt(InvalidArgumentException.requireNonNull(generatedAt, "generatedAt"));
      return this;
    }

    /**
     * Says whether personal data found in the dialogue may be published (false by default).
     *
     * @param allow true when the data is meant to be published, e.g. with the persons' consent
     * @return this builder
     * @since 0.2.0
     */
    public Builder allowPersonalData(boolean allow) {
      fields.allowPersonalData(allow);
      return this;
    }

    /**
     * Adds a setting for one format.
     *
     * @param key the namespaced key, {@code <format id>.<name>}, e.g. {@code xlsx.meetingSheetLimit}
     * @param value the value
     * @return this builder
     */
    public Builder putSettings(String key, String value) {
      fields.putSettings(InvalidArgumentException.requireNonNull(key, "setting key"),
          InvalidArgumentException.requireNonNull(value, "value of setting " + key));
      return this;
    }

    /**
     * Adds a setting for one format.
     *
     * @param setting the namespaced key and its value
     * @return this builder
     */
    public Builder putSettings(Map.Entry<String, ? extends String> setting) {
      InvalidArgumentException.requireNonNull(setting, "setting");
      return putSettings(setting.getKey(), setting.getValue());
    }

    /**
     * Replaces the settings.
     *
     * @param settings the settings, keyed {@code <format id>.<name>}
     * @return this builder
     */
    public Builder settings(Map<String, ? extends String> settings) {
      InvalidArgumentException.requireNonNull(settings, "settings");
      fields.settings(Map.of());
      return putAllSettings(settings);
    }

    /**
     * Adds settings to those already set.
     *
     * @param settings the settings, keyed {@code <format id>.<name>}
     * @return this builder
     */
    public Builder putAllSettings(Map<String, ? extends String> settings) {
      InvalidArgumentException.requireNonNull(settings, "settings").forEach(this::putSettings);
      return this;
    }

    /**
     * {@return the options}
     *
     * @throws InvalidArgumentException if the locale is neither Swedish nor English or the title is
     *     blank
     * @throws InvalidSettingException if a setting's key is not namespaced
     */
    public ExportOptions build() {
      return fields.build();
    }
  }

  /** {@return options with every default: Swedish labels, no title, generated now} */
  public static ExportOptions defaults() {
    return builder().build();
  }

  /**
   * {@return the language of labels and dates: Swedish ({@code sv}, default) or English ({@code en})}
   */
  @Value.Default
  public Locale locale() {
    return Labels.SWEDISH;
  }

  /** {@return a document title that replaces the one made from the dialogue's name, if set} */
  public abstract Optional<String> title();

  /** {@return the instant reports say they were generated at; defaults to now, to the second} */
  @Value.Default
  public Instant generatedAt() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS);
  }

  /** {@return settings for single formats, keyed {@code <format id>.<name>}} */
  public abstract Map<String, String> settings();

  /**
   * {@return whether personal data found in the dialogue may be published: false by default, so
   * that a publishing exporter refuses a dialogue holding a personal identity number, an e-mail
   * address or a mobile number ({@link io.github.rusdialog.privacy.PersonalData})}
   *
   * @since 0.2.0
   */
  @Value.Default
  public boolean allowPersonalData() {
    return false;
  }

  /**
   * {@return the setting with this namespaced key, if set}
   *
   * @param key the key, e.g. {@code xlsx.meetingSheetLimit}
   */
  public final Optional<String> setting(String key) {
    return Optional.ofNullable(settings().get(key));
  }

  /**
   * {@return the whole-number setting with this key, or {@code defaultValue} if unset}
   *
   * @param key the key, e.g. {@code xlsx.meetingSheetLimit}
   * @param defaultValue the value when the setting is not given
   * @param min the smallest value allowed
   * @throws InvalidSettingException naming key and value if the value is not a whole number
   *     at least {@code min}
   */
  public final int intSetting(String key, int defaultValue, int min) {
    String value = settings().get(key);
    if (value == null) {
      return defaultValue;
    }
    try {
      int parsed = Integer.parseInt(value.strip());
      if (parsed >= min) {
        return parsed;
      }
    } catch (NumberFormatException e) {
      // reported below with the key, which the JDK's message lacks
    }
    throw new InvalidSettingException("Setting " + key + ": '" + value
        + "' is not a whole number of at least " + min);
  }

  /** {@return the labels for {@link #locale()}} */
  public final Labels labels() {
    return Labels.of(locale());
  }

  @Value.Check
  void check() {
    if (!LANGUAGES.contains(locale().getLanguage())) {
      throw new InvalidArgumentException("Locale '" + locale().toLanguageTag()
          + "' is not supported; use sv or en");
    }
    if (title().isPresent() && title().get().isBlank()) {
      throw new InvalidArgumentException("Title must not be blank");
    }
    for (String key : settings().keySet()) {
      if (!SETTING.matcher(key).matches()) {
        throw new InvalidSettingException("Setting key '" + key
            + "' is not namespaced: write <format id>.<name>, e.g. xlsx.meetingSheetLimit");
      }
    }
  }
}
