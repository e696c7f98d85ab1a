package io.github.rusdialog.internal.json;

import io.github.rusdialog.internal.json.JsonSource.Place;
import io.github.rusdialog.internal.json.JsonSource.Token;
import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Challenge;
import io.github.rusdialog.model.Coverage;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Insight;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.ModelValidationException;
import io.github.rusdialog.model.Opportunity;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.Response;
import io.github.rusdialog.model.ResponseStatus;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StakeholderKind;
import io.github.rusdialog.model.Stated;
import io.github.rusdialog.model.StrategicArea;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads the rusdialog JSON format, versions 1 and 2, from a token source, so that every problem is
 * reported with the JSON path and the line and column where it sits. Strict: unknown fields, wrong
 * types and unknown enum values are errors, never ignored. One instance reads one document.
 */
public final class ModelJsonReader {

  /** A problem in the document, with its place. */
  public static final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String path;
    private final transient Place place;

    Problem(String path, Place place, String message) {
      super(message, null, false, false);
      this.path = path;
      this.place = place;
    }

    /** {@return the JSON path of the value at fault, or {@code null} for the whole document} */
    public String path() {
      return path;
    }

    /** {@return where the value at fault starts} */
    public Place place() {
      return place;
    }
  }

  private final JsonSource p;
  /** The first field of a newer version than 1 met in the document, reported if it says version 1. */
  private Problem newerField;

  /**
   * Creates a reader of one document or value.
   *
   * @param p the tokens
   */
  public ModelJsonReader(JsonSource p) {
    this.p = p;
  }

  /** Reads a whole document: the envelope with format, version and dialogue, and nothing after it. */
  public Dialogue readDocument() {
    if (p.next() == null) {
      throw new Problem(null, p.place(),
          "the file is empty; expected a rusdialog JSON document {\"format\": \"rusdialog\", …}");
    }
    expect(Token.START_OBJECT, "a JSON object with \"format\", \"version\" and \"dialogue\"");
    boolean format = false;
    int version = 0;
    Dialogue dialogue = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.next();
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
          version = integer();
          if (version < 1 || version > JsonFormat.VERSION) {
            throw problem("version " + version + " is not supported; this reader reads versions 1 to "
                + JsonFormat.VERSION + " (upgrade rusdialog to read newer files)");
          }
          break;
        case "dialogue":
          dialogue = readDialogue();
          break;
        case "synthesis":
          // Derived figures, recomputed from the meetings by whoever needs them.
          expect(Token.START_OBJECT, "the synthesis object");
          p.skipChildren();
          break;
        default:
          throw unknownField(name, "format", "version", "dialogue", "synthesis");
      }
    }
    Place end = p.tokenPlace();
    requireField(format, "format", end);
    requireField(version != 0, "version", end);
    requireField(dialogue != null, "dialogue", end);
    if (version == 1 && newerField != null) {
      throw newerField;
    }
    if (p.next() != null) {
      throw new Problem(null, p.tokenPlace(),
          "unexpected content after the end of the document");
    }
    return dialogue;
  }

  public Dialogue readDialogue() {
    ObjectStart start = startObject("a dialogue object");
    Dialogue.Builder dialogue = Dialogue.builder();
    boolean areas = false;
    String name;
    while ((name = p.nextName()) != null) {
      p.next();
      switch (name) {
        case "name":
          dialogue.name(optionalString());
          break;
        case "organiser":
          dialogue.organiser(optionalString());
          break;
        case "description":
          dialogue.description(optionalString());
          break;
        case "strategicAreas":
          dialogue.strategicAreas(array(this::readStrategicArea));
          areas = true;
          break;
        case "meetings":
          dialogue.meetings(array(this::readMeeting));
          break;
        default:
          throw unknownField(name, "name", "organiser", "description", "strategicAreas", "meetings");
      }
    }
    requireField(areas, "strategicAreas", start.location);
    return build(start, dialogue::build);
  }

  public StrategicArea readStrategicArea() {
    ObjectStart start = startObject("a strategic area object {\"id\": …, \"title\": …}");
    String id = null;
    String title = null;
    String name;
    while ((name = p.nextName()) != null) {
      p.next();
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

  public Meeting readMeeting() {
    ObjectStart start = startObject("a meeting object");
    Meeting.Builder meeting = Meeting.builder();
    boolean title = false;
    boolean date = false;
    String name;
    while ((name = p.nextName()) != null) {
      p.next();
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
        case "attendees":
          meeting.attendees(headCount());
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
          throw unknownField(name, "id", "title", "date", "summary", "attendees", "participants", "priorities",
              "areas");
      }
    }
    requireField(title, "title", start.location);
    requireField(date, "date", start.location);
    return build(start, meeting::build);
  }

  public StakeholderGroup readStakeholderGroup() {
    ObjectStart start = startObject("a participant object {\"name\": …, \"kind\": …}");
    String groupName = null;
    StakeholderKind kind = null;
    OptionalInt attendees = OptionalInt.empty();
    String name;
    while ((name = p.nextName()) != null) {
      p.next();
      switch (name) {
        case "name":
          groupName = string();
          break;
        case "kind":
          kind = enumValue(StakeholderKind.values(), StakeholderKind::id, "kind");
          break;
        case "attendees":
          attendees = headCount();
          break;
        default:
          throw unknownField(name, "name", "kind", "attendees");
      }
    }
    requireField(groupName != null, "name", start.location);
    String finalName = groupName;
    StakeholderKind finalKind = kind;
    OptionalInt finalAttendees = attendees;
    return build(start, () -> (finalKind == null
        ? StakeholderGroup.of(finalName) : StakeholderGroup.of(finalName, finalKind))
        .withAttendees(finalAttendees));
  }

  public PriorityArea readPriorityArea() {
    ObjectStart start = startObject("a priority object");
    PriorityArea.Builder priority = PriorityArea.builder();
    boolean rank = false;
    boolean title = false;
    String name;
    while ((name = p.nextName()) != null) {
      p.next();
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
        case "response":
          priority.response(optionalResponse());
          break;
        default:
          throw unknownField(name, "rank", "title", "description", "stated", "areas", "response");
      }
    }
    requireField(rank, "rank", start.location);
    requireField(title, "title", start.location);
    return build(start, priority::build);
  }

  public AreaInput readAreaInput() {
    ObjectStart start = startObject("an area object");
    AreaInput.Builder input = AreaInput.builder();
    boolean area = false;
    String name;
    while ((name = p.nextName()) != null) {
      p.next();
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
          input.opportunities(array(this::readOpportunity));
          break;
        case "challenges":
          input.challenges(array(this::readChallenge));
          break;
        case "insights":
          input.insights(array(this::readInsight));
          break;
        default:
          throw unknownField(name, "area", "coverage", "note", "opportunities", "challenges", "insights");
      }
    }
    requireField(area, "area", start.location);
    return build(start, input::build);
  }

  public Opportunity readOpportunity() {
    return readItem((text, response) -> Opportunity.of(text).withResponse(response));
  }

  public Challenge readChallenge() {
    return readItem((text, response) -> Challenge.of(text).withResponse(response));
  }

  public Insight readInsight() {
    return readItem((text, response) -> Insight.of(text).withResponse(response));
  }

  private <T> T readItem(BiFunction<String, Optional<Response>, T> factory) {
    ObjectStart start = startObject("an item object {\"text\": …}");
    String text = null;
    Optional<Response> response = Optional.empty();
    String name;
    while ((name = p.nextName()) != null) {
      p.next();
      switch (name) {
        case "text":
          text = string();
          break;
        case "response":
          response = optionalResponse();
          break;
        default:
          throw unknownField(name, "text", "response");
      }
    }
    requireField(text != null, "text", start.location);
    String finalText = text;
    Optional<Response> finalResponse = response;
    return build(start, () -> factory.apply(finalText, finalResponse));
  }

  public Response readResponse() {
    ObjectStart start = startObject("a response object {\"status\": …, \"text\": …, \"reference\": …}");
    ResponseStatus status = null;
    Optional<String> text = Optional.empty();
    Optional<String> reference = Optional.empty();
    String name;
    while ((name = p.nextName()) != null) {
      p.next();
      switch (name) {
        case "status":
          status = enumValue(ResponseStatus.values(), ResponseStatus::id, "response status");
          break;
        case "text":
          text = optionalString();
          break;
        case "reference":
          reference = optionalString();
          break;
        default:
          throw unknownField(name, "status", "text", "reference");
      }
    }
    requireField(status != null, "status", start.location);
    ResponseStatus finalStatus = status;
    Optional<String> finalText = text;
    Optional<String> finalReference = reference;
    return build(start, () -> Response.of(finalStatus, finalText, finalReference));
  }

  /** A response, a field of version 2: an object, or null for not yet answered. */
  private Optional<Response> optionalResponse() {
    newer(2);
    return p.current() == Token.NULL ? Optional.empty() : Optional.of(readResponse());
  }

  /** Where an object starts: its path and location, for errors found when it is complete. */
  private static final class ObjectStart {
    final String path;
    final Place location;

    ObjectStart(String path, Place location) {
      this.path = path;
      this.location = location;
    }
  }

  private ObjectStart startObject(String expected) {
    expect(Token.START_OBJECT, expected);
    return new ObjectStart(path(), p.tokenPlace());
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
    expect(Token.START_ARRAY, "an array");
    List<T> values = new ArrayList<>();
    while (p.next() != Token.END_ARRAY) {
      values.add(element.get());
    }
    return values;
  }

  private String string() {
    if (p.current() != Token.STRING) {
      throw typeError("a string");
    }
    return p.text();
  }

  private Optional<String> optionalString() {
    return p.current() == Token.NULL ? Optional.empty() : Optional.of(string());
  }

  private int integer() {
    if (p.current() != Token.INTEGER) {
      throw typeError("a whole number");
    }
    return p.intValue();
  }

  /** A head count, a field of version 2: a whole number, or null for none. */
  private OptionalInt headCount() {
    newer(2);
    return p.current() == Token.NULL ? OptionalInt.empty() : OptionalInt.of(integer());
  }

  /** Notes the first field that a document of version 1 cannot have. */
  private void newer(int since) {
    if (newerField == null) {
      String field = path().substring(path().lastIndexOf('.') + 1);
      newerField = problem(quote(field) + " is a field of version " + since
          + ", but the document says \"version\": 1; change it to " + since);
    }
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

  private void expect(Token token, String expected) {
    if (p.current() != token) {
      throw typeError(expected);
    }
  }

  private Problem typeError(String expected) {
    return problem("expected " + expected + ", got " + describeCurrentToken());
  }

  private String describeCurrentToken() {
    Token token = p.current();
    switch (token) {
      case STRING:
        return "string " + quote(p.text());
      case INTEGER:
      case DECIMAL:
        return "number " + p.text();
      case TRUE:
      case FALSE:
        return token == Token.TRUE ? "true" : "false";
      case NULL:
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

  private void requireField(boolean present, String name, Place objectStart) {
    if (!present) {
      throw new Problem(path(), objectStart, "missing required field \"" + name + "\"");
    }
  }

  private Problem problem(String message) {
    return new Problem(path(), p.tokenPlace(), message);
  }

  private String path() {
    return p.path();
  }

  private static String quote(String text) {
    String cut = text.length() > 60 ? text.substring(0, 60) + "…" : text;
    return "\"" + cut + "\"";
  }
}
