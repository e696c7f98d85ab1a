package io.github.rusdialog.export;

import io.github.rusdialog.model.Coverage;
import io.github.rusdialog.model.StakeholderKind;
import io.github.rusdialog.model.Stated;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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

  private static final String BUNDLE = "io.github.rusdialog.export.labels";
  private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");

  private final Locale locale;
  private final ResourceBundle bundle;
  private final DateTimeFormatter longDate;
  private final DateTimeFormatter timestamp;

  private Labels(Locale locale) {
    this.locale = locale;
    // The base bundle is Swedish; without the root control a JVM whose default locale is
    // English would serve English labels for "sv".
    this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    this.longDate = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    this.timestamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", locale).withZone(SWEDEN);
  }

  /** The labels for this locale: English for {@code en}, Swedish otherwise. */
  public static Labels of(Locale locale) {
    return new Labels("en".equals(locale.getLanguage()) ? Locale.ENGLISH : SWEDISH);
  }

  /** The locale the labels are in. */
  public Locale locale() {
    return locale;
  }

  /** The BCP 47 tag of the language, {@code sv-SE} or {@code en}, for document metadata. */
  public String languageTag() {
    return locale.toLanguageTag();
  }

  /**
   * The label with this key, e.g. {@code opportunities}.
   *
   * @throws IllegalArgumentException if the bundle has no such key
   */
  public String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("No label '" + key + "' for " + locale, e);
    }
  }

  /** The label with this key and its {@code {0}}, {@code {1}} … placeholders filled in. */
  public String format(String key, Object... arguments) {
    String pattern = get(key);
    for (int i = 0; i < arguments.length; i++) {
      pattern = pattern.replace("{" + i + "}", String.valueOf(arguments[i]));
    }
    return pattern;
  }

  /** A date as the language writes it: "13 mars 2024", "13 March 2024". */
  public String date(LocalDate date) {
    return longDate.format(date);
  }

  /** An instant as Swedish local time, {@code 2024-03-13 14:05}. */
  public String timestamp(Instant instant) {
    return timestamp.format(instant);
  }

  /** The name of a stakeholder kind, e.g. "Civilsamhälle". */
  public String kind(StakeholderKind kind) {
    return get("kind." + kind.id());
  }

  /** The name of a coverage, e.g. "Inte diskuterat". */
  public String coverage(Coverage coverage) {
    return get("coverage." + coverage.id());
  }

  /** The name of how a priority was stated, e.g. "Underförstådd". */
  public String stated(Stated stated) {
    return get("stated." + stated.id());
  }
}
