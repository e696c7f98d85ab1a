package io.github.rusdialog.json.internal;

import io.github.rusdialog.internal.json.JsonSource;
import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/** A Jackson 3 parser as the format's token source. */
public final class ParserSource implements JsonSource {
  private final JsonParser p;

  /**
   * Reads from {@code parser}, which stays the caller's to close.
   *
   * @param parser the parser
   */
  public ParserSource(JsonParser parser) {
    this.p = parser;
  }

  @Override
  public Token next() {
    return token(p.nextToken());
  }

  @Override
  public String nextName() {
    return p.nextName();
  }

  @Override
  public Token current() {
    return token(p.currentToken());
  }

  @Override
  public String text() {
    return p.getString();
  }

  @Override
  public int intValue() {
    return p.getIntValue();
  }

  @Override
  public void skipChildren() {
    p.skipChildren();
  }

  @Override
  public String path() {
    TokenStreamContext context = p.streamReadContext();
    // On a start token the parser has already entered the new container; its place is the parent's.
    if (p.currentToken() == JsonToken.START_ARRAY || p.currentToken() == JsonToken.START_OBJECT) {
      context = context.getParent();
    }
    return pathOf(context);
  }

  @Override
  public Place tokenPlace() {
    return place(p.currentTokenLocation());
  }

  @Override
  public Place place() {
    return place(p.currentLocation());
  }

  /**
   * {@return where {@code location} is, as the format reports places}
   *
   * @param location a Jackson location, or {@code null}
   */
  public static Place place(TokenStreamLocation location) {
    return location == null ? Place.UNKNOWN : new Place(location.getLineNr(), location.getColumnNr());
  }

  /**
   * {@return the JSON path of {@code context}, such as {@code $.dialogue.meetings[0].title}}
   *
   * @param context a parser's read context
   */
  public static String pathOf(TokenStreamContext context) {
    Deque<String> parts = new ArrayDeque<>();
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inArray()) {
        parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
      } else if (c.currentName() != null) {
        parts.push("." + c.currentName());
      }
    }
    return "$" + String.join("", parts);
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
      case PROPERTY_NAME:
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
        // NOT_AVAILABLE and EMBEDDED_OBJECT come from non-blocking or binary parsers, not from
        // the text parsers the format is read with.
        throw new IllegalStateException("token " + token + " from a JSON text parser");
    }
  }
}
