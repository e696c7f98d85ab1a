package io.github.rusdialog.export;

import io.github.rusdialog.model.Coverage;
import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.model.ResponseStatus;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StakeholderKind;
import io.github.rusdialog.model.Stated;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Properties;

/**
 * The words exporters put around the data (headings, column names, sheet names) in Swedish or
 * English, and dates written the way the language writes them ("13 mars 2024").
 *
 * <p>Swedish labels use the summaries' own wording ("Möjligheter", "Utmaningar", "Mest
 * prioriterade områden enligt deltagarna"). Data text is never translated. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class Labels {
  /** The default locale of exports: Swedish. */
  public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  /**
   * The labels files, read when labels are first asked for: an application that only names the
   * locale ({@link #SWEDISH}, as {@link ExportOptions} does) does not pay for reading them.
   */
  private static final class LabelFiles {
    // Read as plain UTF-8 properties from this class's own package rather than through
    // ResourceBundle: a custom ResourceBundle.Control is not supported in named modules, and the
    // default lookup would fall back to the JVM's default locale (English labels for "sv").
    static final Properties SWEDISH_LABELS = load("labels.properties", new Properties());
  }

  /** The English labels, read apart so that a Swedish export does not read them too. */
  private static final class EnglishLabelFiles {
    static final Properties ENGLISH_LABELS = load("labels_en.properties", LabelFiles.SWEDISH_LABELS);
  }

  private final Locale locale;
  private final Properties labels;

  private Labels(Locale locale) {
    this.locale = locale;
    this.labels = locale.equals(Locale.ENGLISH) ? EnglishLabelFiles.ENGLISH_LABELS : LabelFiles.SWEDISH_LABELS;
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
    InvalidArgumentException.requireNonNull(locale, "locale");
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
   * @throws InvalidArgumentException if the bundle has no such key
   */
  public String get(String key) {
    String label = labels.getProperty(InvalidArgumentException.requireNonNull(key, "key"));
    if (label == null) {
      throw new InvalidArgumentException("No label '" + key + "' for " + locale);
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
    InvalidArgumentException.requireNonNull(arguments, "arguments");
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
    // Month names from the labels, not java.time's locale data: loading the CLDR data for Swedish
    // costs an application's first export 20-35 ms, more than the rest of a small JSON export.
    InvalidArgumentException.requireNonNull(date, "date");
    return date.getDayOfMonth() + " " + get("month." + date.getMonthValue()) + " " + year(date.getYear());
  }

  /**
   * {@return an instant as Swedish local time, {@code 2024-03-13 14:05}}
   *
   * @param instant the instant
   */
  public String timestamp(Instant instant) {
    LocalDateTime local = LocalDateTime.ofInstant(InvalidArgumentException.requireNonNull(instant, "instant"),
        Sweden.ZONE);
    return year(local.getYear()) + "-" + twoDigits(local.getMonthValue()) + "-" + twoDigits(local.getDayOfMonth())
        + " " + twoDigits(local.getHour()) + ":" + twoDigits(local.getMinute());
  }

  /** Swedish local time, loaded with the time-zone rules only when a time stamp is written. */
  private static final class Sweden {
    static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");
  }

  /** The year as {@code yyyy} writes it: four digits at least, a sign beyond 9999. */
  private static String year(int year) {
    String digits = String.valueOf(Math.abs(year));
    while (digits.length() < 4) {
      digits = "0" + digits;
    }
    return (year < 0 ? "-" : year > 9999 ? "+" : "") + digits;
  }

  private static String twoDigits(int value) {
    return value < 10 ? "0" + value : String.valueOf(value);
  }

  /**
   * {@return the name of a stakeholder kind, e.g. "Civilsamhälle"}
   *
   * @param kind the kind
   */
  public String kind(StakeholderKind kind) {
    return get("kind." + InvalidArgumentException.requireNonNull(kind, "kind").id());
  }

  /**
   * {@return a participating group as summaries write it: its name, and its head count in
   * parentheses when known, e.g. "Unga (6)"; the same in every language, and read back so by the
   * workbook}
   *
   * @param group the group
   * @since 0.2.0
   */
  public String group(StakeholderGroup group) {
    InvalidArgumentException.requireNonNull(group, "group");
    return group.attendees().isPresent() ? group.name() + " (" + group.attendees().getAsInt() + ")" : group.name();
  }

  /**
   * {@return the name of a response status as the region says it, e.g. "Tas delvis med"}
   *
   * @param status the status
   * @since 0.2.0
   */
  public String status(ResponseStatus status) {
    InvalidArgumentException.requireNonNull(status, "status");
    return get("status." + status.id());
  }

  /**
   * {@return the name of a coverage, e.g. "Inte diskuterat"}
   *
   * @param coverage the coverage
   */
  public String coverage(Coverage coverage) {
    return get("coverage." + InvalidArgumentException.requireNonNull(coverage, "coverage").id());
  }

  /**
   * {@return the name of how a priority was stated, e.g. "Underförstådd"}
   *
   * @param stated how the priority was stated
   */
  public String stated(Stated stated) {
    return get("stated." + InvalidArgumentException.requireNonNull(stated, "stated").id());
  }
}
