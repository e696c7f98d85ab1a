package io.github.rusdialog.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Validates documents against the shipped JSON Schema with a real validator. */
final class SchemaCheck {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Schema SCHEMA = load();

  private SchemaCheck() {}

  private static Schema load() {
    try (InputStream in = JsonExporter.class.getResourceAsStream(JsonExporter.SCHEMA_RESOURCE)) {
      assertThat(in).as("schema resource").isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Error> errors(String json) {
    JsonNode node = MAPPER.readTree(json);
    return SCHEMA.validate(node);
  }

  static void assertValid(String json) {
    assertThat(errors(json)).as("schema errors").isEmpty();
  }
}
