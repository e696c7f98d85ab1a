package io.github.rusdialog.json;

import io.github.rusdialog.internal.json.JsonFormat;
import java.io.InputStream;
import java.io.OutputStream;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * The Jackson set-up that reading and writing documents share: jackson-core's streaming API only,
 * so that the format needs neither databind nor the annotations an application manages.
 */
final class JsonStreams {
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      // An explicit "\n": the default indenter uses the platform's line separator, which would
      // make Windows and Linux builds write different bytes.
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n"));

  private static final JsonFactory WRITING = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
      .build();

  /** Gives each generator its own printer: a pretty printer keeps the nesting as state. */
  private static final ObjectWriteContext PRETTY_CONTEXT = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return PRETTY.createInstance();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private JsonStreams() {}

  /** A pretty-printing UTF-8 generator that leaves {@code out} open when closed. */
  static JsonGenerator prettyGenerator(OutputStream out) {
    return WRITING.createGenerator(PRETTY_CONTEXT, out, JsonEncoding.UTF8);
  }

  /** A parser with duplicate-key detection and the given limits that leaves {@code in} open. */
  static JsonParser parser(InputStream in, long maxDocumentBytes, int maxStringChars) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(JsonFormat.MAX_NESTING)
            .maxDocumentLength(maxDocumentBytes)
            .maxStringLength(maxStringChars)
            .maxNameLength(1_000)
            .maxNumberLength(20)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .build();
    return factory.createParser(ObjectReadContext.empty(), in);
  }
}
