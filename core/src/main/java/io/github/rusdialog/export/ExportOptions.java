package io.github.rusdialog.export;

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

  /** Builds {@link ExportOptions}; {@link #build()} validates. */
  public static final class Builder extends ExportOptionsImpl.Builder {
    Builder() {}
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
   * @throws IllegalArgumentException naming key and value if the value is not a whole number
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
      throw new IllegalArgumentException("Locale '" + locale().toLanguageTag()
          + "' is not supported; use sv or en");
    }
    if (title().isPresent() && title().get().isBlank()) {
      throw new IllegalArgumentException("Title must not be blank");
    }
    for (String key : settings().keySet()) {
      if (!SETTING.matcher(key).matches()) {
        throw new InvalidSettingException("Setting key '" + key
            + "' is not namespaced: write <format id>.<name>, e.g. xlsx.meetingSheetLimit");
      }
    }
  }
}
