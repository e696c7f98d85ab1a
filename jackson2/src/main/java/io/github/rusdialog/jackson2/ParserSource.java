package io.github.rusdialog.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.github.rusdialog.internal.json.JsonSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A Jackson 2 parser as the format's token source. Jackson 2 throws checked {@link IOException}s
 * (syntax errors among them); they pass through the format's reader unchecked and are unwrapped
 * by the deserializer.
 */
final class ParserSource implements JsonSource {
  private final JsonParser p;

  ParserSource(JsonParser parser) {
    this.p = parser;
  }

  @Override
  public Token next() {
    return token(read(JsonParser::nextToken));
  }

  @Override
  public String nextName() {
    return read(JsonParser::nextFieldName);
  }

  @Override
  public Token current() {
    return token(p.currentToken());
  }

  @Override
  public String text() {
    return read(JsonParser::getText);
  }

  @Override
  public int intValue() {
    return read(JsonParser::getIntValue);
  }

  @Override
  public void skipChildren() {
    read(JsonParser::skipChildren);
  }

  @Override
  public String path() {
    JsonStreamContext context = p.getParsingContext();
    // On a start token the parser has already entered the new container; its place is the parent's.
    if (p.currentToken() == JsonToken.START_ARRAY || p.currentToken() == JsonToken.START_OBJECT) {
      context = context.getParent();
    }
    Deque<String> parts = new ArrayDeque<>();
    for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.getCurrentName() != null) {
        parts.push("." + c.getCurrentName());
      }
    }
    return "$" + String.join("", parts);
  }

  @Override
  public Place tokenPlace() {
    return place(p.currentTokenLocation());
  }

  @Override
  public Place place() {
    return place(p.currentLocation());
  }

  private static Place place(JsonLocation location) {
    return location == null ? Place.UNKNOWN : new Place(location.getLineNr(), location.getColumnNr());
  }

  private interface Read<T> {
    T from(JsonParser parser) throws IOException;
  }

  private <T> T read(Read<T> read) {
    try {
      return read.from(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Token token(JsonToken token) {
    if (token == null) {
      return null;
    }
    switch (token) {
      case START_OBJECT:
        return Token.START_OBJECT;
      case END_OBJECT:
        return Token.END_OBJECT;
      case START_ARRAY:
        return Token.START_ARRAY;
      case END_ARRAY:
        return Token.END_ARRAY;
      case FIELD_NAME:
        return Token.NAME;
      case VALUE_STRING:
        return Token.STRING;
      case VALUE_NUMBER_INT:
        return Token.INTEGER;
      case VALUE_NUMBER_FLOAT:
        return Token.DECIMAL;
      case VALUE_TRUE:
        return Token.TRUE;
      case VALUE_FALSE:
        return Token.FALSE;
      case VALUE_NULL:
        return Token.NULL;
      default:
        // NOT_AVAILABLE and VALUE_EMBEDDED_OBJECT come from non-blocking or binary parsers and
        // token buffers of binary data, never from the JSON the format is.
        throw new IllegalStateException("token " + token + " where the rusdialog JSON format has none");
    }
  }
}
