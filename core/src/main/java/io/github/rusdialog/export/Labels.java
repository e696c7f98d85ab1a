package io.github.rusdialog.export;

import io.github.rusdialog.model.Coverage;
import io.github.rusdialog.model.StakeholderKind;
import io.github.rusdialog.model.Stated;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The words exporters put around the data (headings, column names, sheet names) in Swedish or
 * English, and dates written the way the language writes them ("13 mars 2024").
 *
 * <p>Swedish labels use the summaries' own wording ("Möjligheter", "Utmaningar", "Mest
 * prioriterade områden enligt deltagarna"). Data text is never translated. Immutable and
 * thread-safe.
 */
public final class Labels {
  /** The default locale of exports: Swedish. */
  public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
  // Read as plain UTF-8 properties from this class's own package rather than through
  // ResourceBundle: a custom ResourceBundle.Control is not supported in named modules, and the
  // default lookup would fall back to the JVM's default locale (English labels for "sv").
  private static final Properties SWEDISH_LABELS = load("labels.properties", new Properties());
  private static final Properties ENGLISH_LABELS = load("labels_en.properties", SWEDISH_LABELS);

  private final Locale locale;
  private final Properties labels;
  private final DateTimeFormatter longDate;
  private final DateTimeFormatter timestamp;

  private Labels(Locale locale) {
    this.locale = locale;
    this.labels = locale.equals(Locale.ENGLISH) ? ENGLISH_LABELS : SWEDISH_LABELS;
    this.longDate = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    this.timestamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", locale).withZone(SWEDEN);
  }

  /** Loads a labels file of this package; keys it lacks come from {@code defaults}. */
  private static Properties load(String file, Properties defaults) {
    Properties properties = new Properties(defaults);
    try (InputStream in = Labels.class.getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalStateException("The labels file " + file + " is missing from rusdialog-core");
      }
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the labels file " + file, e);
    }
    return properties;
  }

  /**
   * {@return the labels for this locale: English for {@code en}, Swedish otherwise}
   *
   * @param locale the reports' locale
   */
  public static Labels of(Locale locale) {
    return new Labels("en".equals(locale.getLanguage()) ? Locale.ENGLISH : SWEDISH);
  }

  /** {@return the locale the labels are in} */
  public Locale locale() {
    return locale;
  }

  /**
   * {@return the BCP 47 tag of the language, {@code sv-SE} or {@code en}, for document metadata}
   */
  public String languageTag() {
    return locale.toLanguageTag();
  }

  /**
   * {@return the label with this key, e.g. {@code opportunities}}
   *
   * @param key the key in the labels file
   * @throws IllegalArgumentException if the bundle has no such key
   */
  public String get(String key) {
    String label = labels.getProperty(key);
    if (label == null) {
      throw new IllegalArgumentException("No label '" + key + "' for " + locale);
    }
    return label;
  }

  /**
   * {@return the label with this key and its {@code {0}}, {@code {1}} … placeholders filled in}
   *
   * @param key the key in the labels file
   * @param arguments the values for the placeholders, in order
   */
  public String format(String key, Object... arguments) {
    String pattern = get(key);
    for (int i = 0; i < arguments.length; i++) {
      pattern = pattern.replace("{" + i + "}", String.valueOf(arguments[i]));
    }
    return pattern;
  }

  /**
   * {@return a date as the language writes it: "13 mars 2024", "13 March 2024"}
   *
   * @param date the date
   */
  public String date(LocalDate date) {
    return longDate.format(date);
  }

  /**
   * {@return an instant as Swedish local time, {@code 2024-03-13 14:05}}
   *
   * @param instant the instant
   */
  public String timestamp(Instant instant) {
    return timestamp.format(instant);
  }

  /**
   * {@return the name of a stakeholder kind, e.g. "Civilsamhälle"}
   *
   * @param kind the kind
   */
  public String kind(StakeholderKind kind) {
    return get("kind." + kind.id());
  }

  /**
   * {@return the name of a coverage, e.g. "Inte diskuterat"}
   *
   * @param coverage the coverage
   */
  public String coverage(Coverage coverage) {
    return get("coverage." + coverage.id());
  }

  /**
   * {@return the name of how a priority was stated, e.g. "Underförstådd"}
   *
   * @param stated how the priority was stated
   */
  public String stated(Stated stated) {
    return get("stated." + stated.id());
  }
}
