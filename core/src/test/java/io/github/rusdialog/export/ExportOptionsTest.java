package io.github.rusdialog.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rusdialog.model.Coverage;
import io.github.rusdialog.model.StakeholderKind;
import io.github.rusdialog.model.Stated;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExportOptionsTest {

  @Test
  void defaultsToSwedishWithoutTitle() {
    ExportOptions options = ExportOptions.defaults();
    assertThat(options.locale().getLanguage()).isEqualTo("sv");
    assertThat(options.title()).isEmpty();
    assertThat(options.generatedAt()).isBeforeOrEqualTo(Instant.now());
  }

  @Test
  void rejectsLanguagesWithoutLabels() {
    assertThatThrownBy(() -> ExportOptions.builder().locale(Locale.GERMAN).build())
        .hasMessage("Locale 'de' is not supported; use sv or en");
  }

  @Test
  void readsNamespacedSettings() {
    ExportOptions options = ExportOptions.builder().putSettings("xlsx.meetingSheetLimit", "50").build();
    assertThat(options.intSetting("xlsx.meetingSheetLimit", 30, 0)).isEqualTo(50);
    assertThat(options.intSetting("pdf.other", 7, 0)).isEqualTo(7);
    ExportOptions bad = ExportOptions.builder().putSettings("xlsx.meetingSheetLimit", "many").build();
    assertThatThrownBy(() -> bad.intSetting("xlsx.meetingSheetLimit", 30, 0))
        .hasMessage("Setting xlsx.meetingSheetLimit: 'many' is not a whole number of at least 0");
    assertThatThrownBy(() -> ExportOptions.builder().putSettings("limit", "5").build())
        .hasMessageContaining("is not namespaced");
  }

  @Test
  void labelsUseTheSummariesOwnSwedishWording() {
    Labels sv = ExportOptions.defaults().labels();
    assertThat(sv.get("opportunities")).isEqualTo("Möjligheter");
    assertThat(sv.get("challenges")).isEqualTo("Utmaningar");
    assertThat(sv.get("priorities")).isEqualTo("Mest prioriterade områden enligt deltagarna");
    assertThat(sv.date(LocalDate.of(2024, 3, 13))).isEqualTo("13 mars 2024");
    assertThat(sv.format("page", 2, 5)).isEqualTo("Sida 2 av 5");
    assertThat(sv.languageTag()).isEqualTo("sv-SE");
  }

  @Test
  void labelsInEnglish() {
    Labels en = Labels.of(Locale.ENGLISH);
    assertThat(en.get("opportunities")).isEqualTo("Opportunities");
    assertThat(en.date(LocalDate.of(2024, 3, 13))).isEqualTo("13 March 2024");
    assertThat(en.format("page", 2, 5)).isEqualTo("Page 2 of 5");
    assertThat(en.timestamp(Instant.parse("2024-03-13T12:00:00Z"))).isEqualTo("2024-03-13 13:00");
  }

  @Test
  void everyEnumValueHasALabelInBothLanguages() {
    for (Labels labels : new Labels[] {Labels.of(Labels.SWEDISH), Labels.of(Locale.ENGLISH)}) {
      for (StakeholderKind kind : StakeholderKind.values()) {
        assertThat(labels.kind(kind)).isNotBlank();
      }
      for (Coverage coverage : Coverage.values()) {
        assertThat(labels.coverage(coverage)).isNotBlank();
      }
      for (Stated stated : Stated.values()) {
        assertThat(labels.stated(stated)).isNotBlank();
      }
    }
    assertThat(Labels.of(Labels.SWEDISH).coverage(Coverage.NOT_DISCUSSED)).isEqualTo("Inte diskuterat");
  }
}
