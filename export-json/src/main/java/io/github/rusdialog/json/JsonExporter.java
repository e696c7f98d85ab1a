package io.github.rusdialog.json;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.Exporter;
import io.github.rusdialog.export.ExporterSetting;
import io.github.rusdialog.export.InvalidSettingException;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidArgumentException;
import java.io.IOException;
import java.io.OutputStream;
import io.github.rusdialog.internal.json.ModelJsonWriter;
import io.github.rusdialog.json.internal.GeneratorSink;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * Writes a dialogue as a rusdialog JSON document, format version 2 (the newest): UTF-8, pretty-printed with
 * {@code \n} line ends, fields in the format's order, byte-identical for equal input. The
 * document validates against {@value #SCHEMA_RESOURCE}.
 *
 * <p>Exporter id {@code json}. Stateless and thread-safe. The JSON format carries data only, so
 * {@link ExportOptions}' locale, title and generated-at do not change the output; the setting
 * {@value #SYNTHESIS} {@code = true} adds the derived synthesis block.
 *
 * @since 0.1.0
 */
public final class JsonExporter implements Exporter {
  /**
   * The class path resource of the JSON Schema (draft 2020-12) of the format version written. The
   * schema of version 1, which readers still read, ships beside it as {@code rusdialog-1.schema.json}.
   */
  public static final String SCHEMA_RESOURCE = "/io/github/rusdialog/json/rusdialog-2.schema.json";

  /**
   * The setting that adds the {@code synthesis} block (participation, priority consensus,
   * coverage) after the dialogue: {@code json.synthesis=true}. Readers ignore the block.
   */
  public static final String SYNTHESIS = "json.synthesis";

  /** Creates the exporter; ServiceLoader calls this. */
  public JsonExporter() {}

  @Override
  public String id() {
    return "json";
  }

  @Override
  public String fileExtension() {
    return "json";
  }

  @Override
  public String mediaType() {
    return "application/json";
  }

  @Override
  public String description() {
    return "rusdialog JSON, format version 1 (data exchange)";
  }

  @Override
  public List<ExporterSetting> settings() {
    return List.of(ExporterSetting.of(SYNTHESIS, "false",
        "true adds the synthesis block (participation, priority consensus, coverage)"));
  }

  @Override
  public void export(Dialogue dialogue, ExportOptions options, OutputStream out) throws IOException {
    InvalidArgumentException.requireNonNull(dialogue, "dialogue");
    InvalidArgumentException.requireNonNull(options, "options");
    InvalidArgumentException.requireNonNull(out, "out");
    ExporterSetting.requireKnown(this, options);
    boolean synthesis = synthesis(options);
    try (JsonGenerator g = JsonStreams.prettyGenerator(out)) {
      ModelJsonWriter.writeDocument(new GeneratorSink(g), dialogue, synthesis);
      g.writeRaw('\n');
    } catch (JacksonIOException e) {
      throw e.getCause();
    }
    out.flush();
  }

  private static boolean synthesis(ExportOptions options) {
    String value = options.setting(SYNTHESIS).orElse("false").strip();
    if (!value.equals("true") && !value.equals("false")) {
      throw new InvalidSettingException("Setting " + SYNTHESIS + ": '" + value + "' is not true or false");
    }
    return value.equals("true");
  }
}
