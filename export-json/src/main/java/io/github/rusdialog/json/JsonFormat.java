package io.github.rusdialog.json;

import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import java.io.InputStream;
import java.io.OutputStream;

/** The constants of the format and the Jackson set-up that reading and writing share. */
final class JsonFormat {
  static final String FORMAT = "rusdialog";
  static final int VERSION = 1;

  /** The document nests 7 levels deep; anything far deeper is an attack or an accident. */
  static final int MAX_NESTING = 32;

  private static final ObjectWriter PRETTY = JsonMapper.builder().build()
      .writer().with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectNameValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator(""))
          // An explicit "\n": the default indenter uses the platform's line separator, which
          // would make Windows and Linux builds write different bytes.
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")))
      .without(StreamWriteFeature.AUTO_CLOSE_TARGET);

  private JsonFormat() {}

  /** A pretty-printing UTF-8 generator that leaves {@code out} open when closed. */
  static JsonGenerator prettyGenerator(OutputStream out) {
    return PRETTY.createGenerator(out, JsonEncoding.UTF8);
  }

  /** A parser with duplicate-key detection and the given limits that leaves {@code in} open. */
  static JsonParser parser(InputStream in, long maxDocumentBytes, int maxStringChars) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING)
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
