package io.github.rusdialog.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Labels write dates from their own month names, to spare an application's first export the
 * loading of java.time's locale data; they must write exactly what java.time writes.
 */
class LabelsDateTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sv-SE", "en"})
  void writesDatesAsJavaTimeDoes(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    Labels labels = Labels.of(locale);
    DateTimeFormatter longDate = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    for (LocalDate day = LocalDate.of(1899, 12, 1); day.getYear() < 2101; day = day.plusDays(1)) {
      assertThat(labels.date(day)).isEqualTo(longDate.format(day));
    }
    assertThat(labels.date(LocalDate.of(33, 1, 5))).isEqualTo(longDate.format(LocalDate.of(33, 1, 5)));
    assertThat(labels.date(LocalDate.of(12024, 3, 13))).isEqualTo(longDate.format(LocalDate.of(12024, 3, 13)));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sv-SE", "en"})
  void writesTimestampsInSwedishLocalTimeAsJavaTimeDoes(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    Labels labels = Labels.of(locale);
    DateTimeFormatter timestamp = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", locale)
        .withZone(ZoneId.of("Europe/Stockholm"));
    // Every 37 minutes over three years covers both summer-time changes each year.
    for (Instant t = Instant.parse("2023-01-01T00:00:00Z"); t.isBefore(Instant.parse("2026-01-01T00:00:00Z"));
        t = t.plusSeconds(37 * 60)) {
      assertThat(labels.timestamp(t)).isEqualTo(timestamp.format(t));
    }
    assertThat(labels.timestamp(Instant.parse("2024-03-31T00:59:59Z"))).isEqualTo("2024-03-31 01:59");
    assertThat(labels.timestamp(Instant.parse("2024-03-31T01:00:00Z"))).isEqualTo("2024-03-31 03:00");
  }
}
