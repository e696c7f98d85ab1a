package io.github.rusdialog.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidArgumentException;
import java.io.OutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 32: a setting lists the values it takes, and a value that is none of them is refused before the export. */
class ExporterSettingTest {
  private static final ExporterSetting REPORT = ExporterSetting.of("demo.report", "full", "the report")
      .withAllowedValues("full", "feedback");

  private static final Exporter DEMO = new Exporter() {
    @Override
    public String id() {
      return "demo";
    }

    @Override
    public String fileExtension() {
      return "demo";
    }

    @Override
    public String mediaType() {
      return "text/plain";
    }

    @Override
    public List<ExporterSetting> settings() {
      return List.of(REPORT, ExporterSetting.of("demo.width", "80", "any number"));
    }

    @Override
    public void export(Dialogue dialogue, ExportOptions options, OutputStream out) {}
  };

  @Test
  void aSettingListsItsValuesAndTakesThemWithoutCaseOrSpaces() {
    assertThat(REPORT.allowedValues()).containsExactly("full", "feedback");
    assertThat(REPORT.allows(" Feedback ")).isTrue();
    assertThat(REPORT.requireAllowed(" Feedback ")).isEqualTo("feedback");
    assertThat(REPORT.allows("svar")).isFalse();
    assertThat(ExporterSetting.of("demo.width", "80", "any").allowedValues()).isEmpty();
    assertThat(ExporterSetting.of("demo.width", "80", "any").allows("120")).isTrue();
  }

  @Test
  void aValueThatIsNoneOfTheValuesIsRefusedBeforeTheExport() {
    ExportOptions options = ExportOptions.builder().putSettings("demo.report", "svar").build();
    assertThatThrownBy(() -> ExporterSetting.requireKnown(DEMO, options)).isInstanceOf(InvalidSettingException.class)
        .hasMessage("Setting demo.report: 'svar' is not a value it takes; use full or feedback");
    ExporterSetting.requireKnown(DEMO, ExportOptions.builder().putSettings("demo.report", "FEEDBACK")
        .putSettings("demo.width", "120").build());
  }

  @Test
  void theDefaultMustBeAmongTheValues() {
    assertThatThrownBy(() -> ExporterSetting.of("demo.report", "full", "x").withAllowedValues("feedback"))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("default 'full'");
    assertThatThrownBy(() -> ExporterSetting.of("demo.report", "full", "x").withAllowedValues("full", "Svar"))
        .isInstanceOf(InvalidArgumentException.class).hasMessageContaining("lower-case");
  }
}
