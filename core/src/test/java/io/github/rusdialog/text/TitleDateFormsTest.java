package io.github.rusdialog.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.model.Meeting;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 33: a date as Swedish writes it — with a weekday, "den", a dash of any kind before it, a
 * range of days — is all date: the title is what comes before it, and a title that still holds a
 * piece of a date is refused rather than kept.
 */
class TitleDateFormsTest {
  private static final String BODY = "\n\nI just det här mötet deltog företrädare för:\n\n- Kommunen\n";

  private static Summary read(String titleLine) throws SummaryFormatException {
    return SummaryReader.create().read(titleLine + BODY, "möte.txt");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Kiruna onsdag 8 maj 2024|Kiruna|2024-05-08",
      "Kiruna onsdagen den 8 maj 2024|Kiruna|2024-05-08",
      "Kiruna, onsdagen den 8 maj 2024|Kiruna|2024-05-08",
      "Kiruna den 8/5 2024|Kiruna|2024-05-08",
      "Kiruna – tisdag 8/5 2024|Kiruna|2024-05-08",
      "Kiruna—8/5 2024|Kiruna|2024-05-08",
      "Kiruna Söndag 5 maj 2024|Kiruna|2024-05-05",
      "Kiruna lordagen 4 maj 2024|Kiruna|2024-05-04"})
  void theTitleIsWhatComesBeforeTheDateExpression(String line, String title, String date) throws Exception {
    Meeting meeting = read(line).meeting();
    assertThat(meeting.title()).isEqualTo(title);
    assertThat(meeting.date()).isEqualTo(LocalDate.parse(date));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "Bolagsdagen 14–15 mars 2024|Bolagsdagen|2024-03-14|14–15 mars 2024",
      "Bolagsdagen 14—15 mars 2024|Bolagsdagen|2024-03-14|14—15 mars 2024",
      "Bolagsdagen 14 mars–15 mars 2024|Bolagsdagen|2024-03-14|14 mars–15 mars 2024",
      "Bolagsdagen 14 mars - 15 mars 2024|Bolagsdagen|2024-03-14|14 mars - 15 mars 2024",
      "Bolagsdagen 30/4–2/5 2024|Bolagsdagen|2024-04-30|30/4–2/5 2024",
      "Bolagsdagen 30 dec 2023–2 jan 2024|Bolagsdagen|2023-12-30|30 dec 2023–2 jan 2024",
      "Bolagsdagen 30 dec–2 jan 2024|Bolagsdagen|2023-12-30|30 dec–2 jan 2024"})
  void aMeetingOverSeveralDaysIsDatedByItsFirstDayWithAWarning(String line, String title, String date, String range)
      throws Exception {
    Summary summary = read(line);
    assertThat(summary.meeting().title()).isEqualTo(title);
    assertThat(summary.meeting().date()).isEqualTo(LocalDate.parse(date));
    assertThat(summary.warnings()).anySatisfy(warning -> {
      assertThat(warning.line()).isEqualTo(1);
      assertThat(warning.message()).contains("\"" + range + "\"", "more than one day", date);
    });
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"Bolagsdagen 13/3 2024 och 14/3 2024", "Bolagsdagen 14 mars och 15 mars 2024"})
  void aTitleThatStillHoldsADateIsRefused(String line) {
    SummaryFormatException e = catchThrowableOfType(SummaryFormatException.class, () -> read(line));
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.problem()).contains("holds a date in its title");
  }
}
