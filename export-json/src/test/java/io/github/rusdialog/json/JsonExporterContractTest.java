package io.github.rusdialog.json;

import java.util.List;
import java.util.Map;
import io.github.rusdialog.export.Exporter;
import io.github.rusdialog.testkit.ExporterContract;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JsonExporterContractTest extends ExporterContract {

  @Override
  protected Exporter exporter() {
    return new JsonExporter();
  }

  @Override
  protected Map<String, List<String>> settingCases() {
    return Map.of(JsonExporter.SYNTHESIS, List.of("true"));
  }

  /** Every string value in the document, one per line: what a JSON consumer would see. */
  @Override
  protected String readBack(byte[] output) {
    JsonNode root = JsonMapper.builder().build().readTree(new String(output, StandardCharsets.UTF_8));
    StringBuilder text = new StringBuilder();
    collect(root, text);
    return text.toString();
  }

  private static void collect(JsonNode node, StringBuilder text) {
    if (node.isString()) {
      text.append(node.asString()).append('\n');
    }
    for (JsonNode child : node.values()) {
      collect(child, text);
    }
  }
}
