package io.github.rusdialog.html;

import io.github.rusdialog.export.Exporter;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.testkit.ExporterContract;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlExporterContractTest extends ExporterContract {

  @Override
  protected Exporter exporter() {
    return new HtmlExporter();
  }

  /** The text a browser shows: the page parsed as HTML5, markup gone, references decoded. */
  @Override
  protected String readBack(byte[] output) {
    return Pages.visibleText(output);
  }

  /**
   * The bundled summaries and seeded mutants of the seed summary, read as a user's would be: every
   * text is on the page.
   *
   * @throws Exception if the export fails
   */
  @Test
  void showsEveryTextOfSummariesItHasNeverSeen() throws Exception {
    for (Map.Entry<String, Dialogue> summary : Fixtures.fromSummaries().entrySet()) {
      try {
        assertShowsEveryText(summary.getValue());
      } catch (AssertionError e) {
        throw new AssertionError(summary.getKey() + ": " + e.getMessage(), e);
      }
    }
  }

  @Override
  protected Map<String, List<String>> settingCases() {
    return Map.of(HtmlExporter.FORM, List.of("fragment"), HtmlExporter.DATA_LANGUAGE, List.of("en", "fit"),
        HtmlExporter.REPORT, List.of("feedback"), HtmlExporter.ID_PREFIX, List.of("rusdialog-"));
  }
}
