package io.github.rusdialog.pdf;

import java.util.List;
import java.util.Map;
import io.github.rusdialog.export.Exporter;
import io.github.rusdialog.testkit.ExporterContract;

class PdfExporterContractTest extends ExporterContract {

  @Override
  protected Exporter exporter() {
    return new PdfExporter();
  }

  @Override
  protected String readBack(byte[] output) throws Exception {
    return Pdfs.bodyText(output);
  }

  @Override
  protected Map<String, List<String>> settingCases() {
    return Map.of(PdfExporter.PAGE_SIZE, List.of("letter"), PdfExporter.REPORT, List.of("feedback"));
  }

  /** Lines break anywhere, even inside long words; compare the characters, not the layout. */
  @Override
  protected String comparable(String text) {
    return text.replaceAll("\\s+", "");
  }
}
