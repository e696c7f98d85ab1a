package io.github.rusdialog.wordreport;

import io.github.rusdialog.docx.write.DocxExporter;
import io.github.rusdialog.export.Exporter;
import io.github.rusdialog.testkit.ExporterContract;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

class DocxExporterContractTest extends ExporterContract {
  @Override
  protected Exporter exporter() {
    return new DocxExporter();
  }

  /** All the text Word shows: body paragraphs, tables, the contents' control, headers and footers. */
  @Override
  protected String readBack(byte[] output) throws Exception {
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(output));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      return extractor.getText();
    }
  }

  @Override
  protected Map<String, List<String>> settingCases() {
    return Map.of(DocxExporter.REPORT, List.of("feedback"));
  }
}
