package io.github.rusdialog.json;

import io.github.rusdialog.internal.json.JsonSource.Place;
import io.github.rusdialog.internal.json.ModelJsonReader;
import io.github.rusdialog.json.internal.ParserSource;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidArgumentException;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Reads a rusdialog JSON document (format version 1) into a {@link Dialogue}.
 *
 * <p>Strict and safe for untrusted input: unknown fields, formats and versions, duplicate keys,
 * wrong types and trailing content are rejected, and documents larger than {@link
 * #withMaxDocumentBytes(long) a limit}, strings longer than {@link #withMaxStringLength(int) a
 * limit} or nesting deeper than 32 levels fail with a clear message before they can exhaust memory.
 * Every error is a {@link JsonFormatException} naming file, line, column and JSON path.
 * Immutable and thread-safe.
 * <pre>{@code
 * Dialogue dialogue = JsonDialogueReader.create().read(Path.of("examples/bolagsdagen-2024-03-13.json"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JsonDialogueReader {
  /** Default largest document: 512 MiB, room for a national dialogue of 10,000 meetings. */
  public static final long DEFAULT_MAX_DOCUMENT_BYTES = 512L * 1024 * 1024;

  /** Default longest string: 1,000,000 characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1_000_000;

  private final long maxDocumentBytes;
  private final int maxStringLength;

  private JsonDialogueReader(long maxDocumentBytes, int maxStringLength) {
    this.maxDocumentBytes = maxDocumentBytes;
    this.maxStringLength = maxStringLength;
  }

  /** {@return a reader with the default limits} */
  public static JsonDialogueReader create() {
    return new JsonDialogueReader(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_STRING_LENGTH);
  }

  /**
   * {@return a copy of this reader that rejects documents longer than {@code bytes}}
   *
   * @param bytes the largest document read, in bytes
   */
  public JsonDialogueReader withMaxDocumentBytes(long bytes) {
    if (bytes < 1) {
      throw new IllegalArgumentException("maxDocumentBytes must be positive: " + bytes);
    }
    return new JsonDialogueReader(bytes, maxStringLength);
  }

  /**
   * {@return a copy of this reader that rejects strings longer than {@code chars} characters}
   *
   * @param chars the longest string read, in characters
   */
  public JsonDialogueReader withMaxStringLength(int chars) {
    if (chars < 1) {
      throw new IllegalArgumentException("maxStringLength must be positive: " + chars);
    }
    return new JsonDialogueReader(maxDocumentBytes, chars);
  }

  /**
   * Reads the document in {@code file}; errors name the file as given.
   *
   * @param file the JSON document
   * @return the dialogue
   *
   * @throws JsonFormatException if the document is not a valid rusdialog document
   * @throws IOException if the file cannot be read
   */
  public Dialogue read(Path file) throws IOException {
    InvalidArgumentException.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads the document from {@code in} (UTF-8), which is left open.
   *
   * @param in the document's bytes
   * @param sourceName the name errors give the input, e.g. its file name
   * @return the dialogue
   * @throws JsonFormatException if the document is not a valid rusdialog document
   * @throws IOException if reading fails
   */
  public Dialogue read(InputStream in, String sourceName) throws IOException {
    InvalidArgumentException.requireNonNull(in, "in");
    InvalidArgumentException.requireNonNull(sourceName, "sourceName");
    BufferedInputStream buffered = new BufferedInputStream(in);
    requireUtf8(buffered, sourceName);
    JsonParser parser = null;
    try {
      parser = JsonStreams.parser(buffered, maxDocumentBytes, maxStringLength);
      return new ModelJsonReader(new ParserSource(parser)).readDocument();
    } catch (ModelJsonReader.Problem e) {
      throw error(sourceName, e.place(), e.path(), e.getMessage(), e);
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof CharConversionException) {
        // Jackson guesses UTF-16 or UTF-32 from the first bytes and fails on what follows;
        // that is bad content, not a failed read.
        throw error(sourceName, parser == null ? null : ParserSource.place(parser.currentLocation()), null,
            "not UTF-8 JSON text: " + e.getCause().getMessage(), e);
      }
      throw e.getCause();
    } catch (StreamConstraintsException e) {
      throw error(sourceName, ParserSource.place(e.getLocation()), pathOf(parser),
          "the document exceeds a safety limit: " + withoutInternals(e.getOriginalMessage()), e);
    } catch (JacksonException e) {
      throw error(sourceName, ParserSource.place(e.getLocation()), pathOf(parser),
          "not valid JSON: " + withoutInternals(e.getOriginalMessage()), e);
    } finally {
      if (parser != null) {
        parser.close();
      }
    }
  }

  /**
   * Reads the document held in {@code json}.
   *
   * @param json the document's text
   * @param sourceName the name errors give the input, e.g. its file name
   * @return the dialogue
   *
   * @throws JsonFormatException if the document is not a valid rusdialog document
   */
  public Dialogue read(String json, String sourceName) throws JsonFormatException {
    InvalidArgumentException.requireNonNull(json, "json");
    InvalidArgumentException.requireNonNull(sourceName, "sourceName");
    try {
      return read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), sourceName);
    } catch (JsonFormatException e) {
      throw e;
    } catch (IOException e) {
      throw new IllegalStateException("reading from memory failed", e);
    }
  }

  /**
   * The format is UTF-8. Jackson would guess UTF-16 or UTF-32 from zero bytes or a byte-order
   * mark at the start and then fail with plain I/O errors; such input is refused here, by name.
   */
  private static void requireUtf8(BufferedInputStream in, String sourceName) throws IOException {
    in.mark(4);
    byte[] head = in.readNBytes(4);
    in.reset();
    boolean utf16Bom = head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
        || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE);
    boolean zero = false;
    for (byte b : head) {
      zero |= b == 0;
    }
    if (utf16Bom || zero) {
      throw new JsonFormatException(sourceName, 1, 1, null,
          "not UTF-8 text (it looks like UTF-16 or UTF-32); save the file as UTF-8", null);
    }
  }

  private static JsonFormatException error(
      String source, Place place, String path, String problem, Throwable cause) {
    Place at = place == null ? Place.UNKNOWN : place;
    return new JsonFormatException(source, at.line(), at.column(), path, problem, cause);
  }

  private static String pathOf(JsonParser parser) {
    return parser == null ? null : ParserSource.pathOf(parser.streamReadContext());
  }

  /** Jackson's messages name its own classes and methods; users need the limit, not the API. */
  static String withoutInternals(String message) {
    return message.replaceAll(",? ?\\(?(from|use) `[^`]*`[^)]*\\)?", "")
        .replaceAll("\\s+", " ").strip();
  }
}
