package io.github.rusdialog.html;

import io.github.rusdialog.export.Exporter;
import io.github.rusdialog.testkit.ExporterContract;
import java.util.List;
import java.util.Map;

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

  @Override
  protected Map<String, List<String>> settingCases() {
    return Map.of(HtmlExporter.FORM, List.of("fragment"), HtmlExporter.DATA_LANGUAGE, List.of("en", "fit"));
  }
}
