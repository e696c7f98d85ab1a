package io.github.rusdialog.internal.json;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.Response;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StrategicArea;
import io.github.rusdialog.synthesis.DialogueSynthesis;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes model values in the rusdialog JSON format, version 2. Field names and their order are
 * part of the format: they follow {@code DESIGN.md}, not the alphabet, and every optional field is
 * written (as {@code null} when absent) so that documents have one shape.
 */
public final class ModelJsonWriter {
  private ModelJsonWriter() {}

  public static void writeDocument(JsonSink g, Dialogue dialogue, boolean synthesis) {
    g.startObject();
    g.stringProperty("format", JsonFormat.FORMAT);
    g.numberProperty("version", JsonFormat.VERSION);
    g.name("dialogue");
    writeDialogue(g, dialogue);
    if (synthesis) {
      g.name("synthesis");
      SynthesisJsonWriter.write(g, DialogueSynthesis.of(dialogue));
    }
    g.endObject();
  }

  public static void writeDialogue(JsonSink g, Dialogue dialogue) {
    g.startObject();
    writeOptional(g, "name", dialogue.name());
    writeOptional(g, "organiser", dialogue.organiser());
    writeOptional(g, "description", dialogue.description());
    g.arrayProperty("strategicAreas");
    for (StrategicArea area : dialogue.strategicAreas()) {
      writeStrategicArea(g, area);
    }
    g.endArray();
    g.arrayProperty("meetings");
    for (Meeting meeting : dialogue.meetings()) {
      writeMeeting(g, meeting);
    }
    g.endArray();
    g.endObject();
  }

  public static void writeStrategicArea(JsonSink g, StrategicArea area) {
    g.startObject();
    g.stringProperty("id", area.id());
    g.stringProperty("title", area.title());
    g.endObject();
  }

  public static void writeMeeting(JsonSink g, Meeting meeting) {
    g.startObject();
    g.stringProperty("id", meeting.id());
    g.stringProperty("title", meeting.title());
    g.stringProperty("date", meeting.date().toString());
    writeOptional(g, "summary", meeting.summary());
    writeCount(g, "attendees", meeting.attendees());
    g.arrayProperty("participants");
    for (StakeholderGroup group : meeting.participants()) {
      writeStakeholderGroup(g, group);
    }
    g.endArray();
    g.arrayProperty("priorities");
    for (PriorityArea priority : meeting.priorities()) {
      writePriorityArea(g, priority);
    }
    g.endArray();
    g.arrayProperty("areas");
    for (AreaInput input : meeting.areas()) {
      writeAreaInput(g, input);
    }
    g.endArray();
    g.endObject();
  }

  public static void writeStakeholderGroup(JsonSink g, StakeholderGroup group) {
    g.startObject();
    g.stringProperty("name", group.name());
    g.stringProperty("kind", group.kind().id());
    writeCount(g, "attendees", group.attendees());
    g.endObject();
  }

  public static void writePriorityArea(JsonSink g, PriorityArea priority) {
    g.startObject();
    g.numberProperty("rank", priority.rank());
    g.stringProperty("title", priority.title());
    writeOptional(g, "description", priority.description());
    g.stringProperty("stated", priority.stated().id());
    g.arrayProperty("areas");
    for (String area : priority.areas()) {
      g.string(area);
    }
    g.endArray();
    writeOptionalResponse(g, priority.response());
    g.endObject();
  }

  public static void writeAreaInput(JsonSink g, AreaInput input) {
    g.startObject();
    g.stringProperty("area", input.area());
    g.stringProperty("coverage", input.coverage().id());
    writeOptional(g, "note", input.note());
    writeItems(g, "opportunities", input.opportunities());
    writeItems(g, "challenges", input.challenges());
    writeItems(g, "insights", input.insights());
    g.endObject();
  }

  public static void writeItem(JsonSink g, AreaItem item) {
    g.startObject();
    g.stringProperty("text", item.text());
    writeOptionalResponse(g, item.response());
    g.endObject();
  }

  public static void writeResponse(JsonSink g, Response response) {
    g.startObject();
    g.stringProperty("status", response.status().id());
    writeOptional(g, "text", response.text());
    writeOptional(g, "reference", response.reference());
    g.endObject();
  }

  private static void writeOptionalResponse(JsonSink g, Optional<Response> response) {
    if (response.isPresent()) {
      g.name("response");
      writeResponse(g, response.get());
    } else {
      g.nullProperty("response");
    }
  }

  private static void writeItems(JsonSink g, String name, List<? extends AreaItem> items) {
    g.arrayProperty(name);
    for (AreaItem item : items) {
      writeItem(g, item);
    }
    g.endArray();
  }

  private static void writeCount(JsonSink g, String name, OptionalInt value) {
    if (value.isPresent()) {
      g.numberProperty(name, value.getAsInt());
    } else {
      g.nullProperty(name);
    }
  }

  private static void writeOptional(JsonSink g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.stringProperty(name, value.get());
    } else {
      g.nullProperty(name);
    }
  }
}
