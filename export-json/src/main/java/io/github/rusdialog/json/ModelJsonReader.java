package io.github.rusdialog.json;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Challenge;
import io.github.rusdialog.model.Coverage;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Insight;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.ModelValidationException;
import io.github.rusdialog.model.Opportunity;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StakeholderKind;
import io.github.rusdialog.model.Stated;
import io.github.rusdialog.model.StrategicArea;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;

/**
 * Reads the rusdialog JSON format, version 1, from a streaming parser, so that every problem is
 * reported with the JSON path and the line and column where it sits. Strict: unknown fields, wrong
 * types and unknown enum values are errors, never ignored. One instance reads one document.
 */
final class ModelJsonReader {

  /** A problem in the document, with its place. */
  static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String path;
    final transient TokenStreamLocation location;

    Problem(String path, TokenStreamLocation location, String message) {
      super(message, null, false, false);
      this.path = path;
      this.location = location;
    }
  }

  private final JsonParser p;

  ModelJsonReader(JsonParser p) {
    this.p = p;
  }

  /** Reads a whole document: the envelope with format, version and dialogue, and nothing after it. */
  Dialogue readDocument() {
    if (p.nextToken() == null) {
      throw new Problem(null, p.currentLocation(),
          "the file is empty; expected a rusdialog JSON document {\"format\": \"rusdialog\", …}");
    }
    expect(JsonToken.START_OBJECT, "a JSON object with \"format\", \"version\" and \"dialogue\"");
    boolean format = false;
    boolean version = false;
    Dialogue dialogue = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "format":
          String value = string();
          if (!JsonFormat.FORMAT.equals(value)) {
            throw problem("format is " + quote(value) + ", not \"" + JsonFormat.FORMAT
                + "\": this is not a rusdialog document");
          }
          format = true;
          break;
        case "version":
          int number = integer();
          if (number != JsonFormat.VERSION) {
            throw problem("version " + number + " is not supported; this reader reads version "
                + JsonFormat.VERSION + " (upgrade rusdialog to read newer files)");
          }
          version = true;
          break;
        case "dialogue":
          dialogue = readDialogue();
          break;
        case "synthesis":
          // Derived figures, recomputed from the meetings by whoever needs them.
          expect(JsonToken.START_OBJECT, "the synthesis object");
          p.skipChildren();
          break;
        default:
          throw unknownField(name, "format", "version", "dialogue", "synthesis");
      }
    }
    TokenStreamLocation end = p.currentTokenLocation();
    requireField(format, "format", end);
    requireField(version, "version", end);
    requireField(dialogue != null, "dialogue", end);
    if (p.nextToken() != null) {
      throw new Problem(null, p.currentTokenLocation(),
          "unexpected content after the end of the document");
    }
    return dialogue;
  }

  Dialogue readDialogue() {
    ObjectStart start = startObject("a dialogue object");
    Dialogue.Builder dialogue = Dialogue.builder();
    boolean areas = false;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "name":
          dialogue.name(optionalString());
          break;
        case "organiser":
          dialogue.organiser(optionalString());
          break;
        case "strategicAreas":
          dialogue.strategicAreas(array(this::readStrategicArea));
          areas = true;
          break;
        case "meetings":
          dialogue.meetings(array(this::readMeeting));
          break;
        default:
          throw unknownField(name, "name", "organiser", "strategicAreas", "meetings");
      }
    }
    requireField(areas, "strategicAreas", start.location);
    return build(start, dialogue::build);
  }

  StrategicArea readStrategicArea() {
    ObjectStart start = startObject("a strategic area object {\"id\": …, \"title\": …}");
    String id = null;
    String title = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "id":
          id = string();
          break;
        case "title":
          title = string();
          break;
        default:
          throw unknownField(name, "id", "title");
      }
    }
    requireField(id != null, "id", start.location);
    requireField(title != null, "title", start.location);
    String finalId = id;
    String finalTitle = title;
    return build(start, () -> StrategicArea.of(finalId, finalTitle));
  }

  Meeting readMeeting() {
    ObjectStart start = startObject("a meeting object");
    Meeting.Builder meeting = Meeting.builder();
    boolean title = false;
    boolean date = false;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "id":
          meeting.id(string());
          break;
        case "title":
          meeting.title(string());
          title = true;
          break;
        case "date":
          meeting.date(date());
          date = true;
          break;
        case "summary":
          meeting.summary(optionalString());
          break;
        case "participants":
          meeting.participants(array(this::readStakeholderGroup));
          break;
        case "priorities":
          meeting.priorities(array(this::readPriorityArea));
          break;
        case "areas":
          meeting.areas(array(this::readAreaInput));
          break;
        default:
          throw unknownField(name, "id", "title", "date", "summary", "participants", "priorities", "areas");
      }
    }
    requireField(title, "title", start.location);
    requireField(date, "date", start.location);
    return build(start, meeting::build);
  }

  StakeholderGroup readStakeholderGroup() {
    ObjectStart start = startObject("a participant object {\"name\": …, \"kind\": …}");
    String groupName = null;
    StakeholderKind kind = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "name":
          groupName = string();
          break;
        case "kind":
          kind = enumValue(StakeholderKind.values(), StakeholderKind::id, "kind");
          break;
        default:
          throw unknownField(name, "name", "kind");
      }
    }
    requireField(groupName != null, "name", start.location);
    String finalName = groupName;
    StakeholderKind finalKind = kind;
    return build(start, () -> finalKind == null
        ? StakeholderGroup.of(finalName) : StakeholderGroup.of(finalName, finalKind));
  }

  PriorityArea readPriorityArea() {
    ObjectStart start = startObject("a priority object");
    PriorityArea.Builder priority = PriorityArea.builder();
    boolean rank = false;
    boolean title = false;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "rank":
          priority.rank(integer());
          rank = true;
          break;
        case "title":
          priority.title(string());
          title = true;
          break;
        case "description":
          priority.description(optionalString());
          break;
        case "stated":
          priority.stated(enumValue(Stated.values(), Stated::id, "stated"));
          break;
        case "areas":
          priority.areas(array(this::string));
          break;
        default:
          throw unknownField(name, "rank", "title", "description", "stated", "areas");
      }
    }
    requireField(rank, "rank", start.location);
    requireField(title, "title", start.location);
    return build(start, priority::build);
  }

  AreaInput readAreaInput() {
    ObjectStart start = startObject("an area object");
    AreaInput.Builder input = AreaInput.builder();
    boolean area = false;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      switch (name) {
        case "area":
          input.area(string());
          area = true;
          break;
        case "coverage":
          input.coverage(enumValue(Coverage.values(), Coverage::id, "coverage"));
          break;
        case "note":
          input.note(optionalString());
          break;
        case "opportunities":
          input.opportunities(array(() -> readItem(Opportunity::of)));
          break;
        case "challenges":
          input.challenges(array(() -> readItem(Challenge::of)));
          break;
        case "insights":
          input.insights(array(() -> readItem(Insight::of)));
          break;
        default:
          throw unknownField(name, "area", "coverage", "note", "opportunities", "challenges", "insights");
      }
    }
    requireField(area, "area", start.location);
    return build(start, input::build);
  }

  <T> T readItem(Function<String, T> factory) {
    ObjectStart start = startObject("an item object {\"text\": …}");
    String text = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.nextToken();
      if (!"text".equals(name)) {
        throw unknownField(name, "text");
      }
      text = string();
    }
    requireField(text != null, "text", start.location);
    String finalText = text;
    return build(start, () -> factory.apply(finalText));
  }

  /** Where an object starts: its path and location, for errors found when it is complete. */
  private static final class ObjectStart {
    final String path;
    final TokenStreamLocation location;

    ObjectStart(String path, TokenStreamLocation location) {
      this.path = path;
      this.location = location;
    }
  }

  private ObjectStart startObject(String expected) {
    expect(JsonToken.START_OBJECT, expected);
    return new ObjectStart(path(), p.currentTokenLocation());
  }

  private <T> T build(ObjectStart start, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (ModelValidationException e) {
      String field = e.field().startsWith("[") ? e.field() : "." + e.field();
      throw new Problem(start.path + field, start.location, e.problem());
    }
  }

  private <T> List<T> array(Supplier<T> element) {
    expect(JsonToken.START_ARRAY, "an array");
    List<T> values = new ArrayList<>();
    while (p.nextToken() != JsonToken.END_ARRAY) {
      values.add(element.get());
    }
    return values;
  }

  private String string() {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw typeError("a string");
    }
    return p.getString();
  }

  private Optional<String> optionalString() {
    return p.currentToken() == JsonToken.VALUE_NULL ? Optional.empty() : Optional.of(string());
  }

  private int integer() {
    if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      throw typeError("a whole number");
    }
    return p.getIntValue();
  }

  private LocalDate date() {
    String text = string();
    try {
      if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      // reported below, in the format's words rather than the JDK's
    }
    throw problem(quote(text) + " is not a date; write it as yyyy-mm-dd, e.g. \"2024-03-13\"");
  }

  private <E> E enumValue(E[] values, Function<E, String> id, String what) {
    String text = string();
    for (E value : values) {
      if (id.apply(value).equals(text)) {
        return value;
      }
    }
    throw problem(quote(text) + " is not a " + what + "; use one of "
        + Arrays.stream(values).map(id).collect(Collectors.joining(", ")));
  }

  private void expect(JsonToken token, String expected) {
    if (p.currentToken() != token) {
      throw typeError(expected);
    }
  }

  private Problem typeError(String expected) {
    return problem("expected " + expected + ", got " + describeCurrentToken());
  }

  private String describeCurrentToken() {
    JsonToken token = p.currentToken();
    switch (token) {
      case VALUE_STRING:
        return "string " + quote(p.getString());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "number " + p.getString();
      case VALUE_TRUE:
      case VALUE_FALSE:
        return token.asString();
      case VALUE_NULL:
        return "null";
      case START_OBJECT:
        return "an object";
      case START_ARRAY:
        return "an array";
      default:
        return String.valueOf(token).toLowerCase(Locale.ROOT);
    }
  }

  private Problem unknownField(String name, String... known) {
    return problem("unknown field " + quote(name) + "; known fields here: " + String.join(", ", known));
  }

  private void requireField(boolean present, String name, TokenStreamLocation objectStart) {
    if (!present) {
      throw new Problem(path(), objectStart, "missing required field \"" + name + "\"");
    }
  }

  private Problem problem(String message) {
    return new Problem(path(), p.currentTokenLocation(), message);
  }

  /** The JSON path of the parser's current position, {@code $.dialogue.meetings[0].title}. */
  private String path() {
    TokenStreamContext context = p.streamReadContext();
    // On a start token the parser has already entered the new container; its place is the parent's.
    if (p.currentToken() == JsonToken.START_ARRAY || p.currentToken() == JsonToken.START_OBJECT) {
      context = context.getParent();
    }
    return pathOf(context);
  }

  static String pathOf(TokenStreamContext context) {
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

  private static String quote(String text) {
    String cut = text.length() > 60 ? text.substring(0, 60) + "…" : text;
    return "\"" + cut + "\"";
  }
}
