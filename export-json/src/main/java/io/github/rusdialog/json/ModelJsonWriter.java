package io.github.rusdialog.json;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StrategicArea;
import io.github.rusdialog.synthesis.DialogueSynthesis;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;

/**
 * Writes model values in the rusdialog JSON format, version 1. Field names and their order are
 * part of the format: they follow {@code DESIGN.md}, not the alphabet, and every optional field is
 * written (as {@code null} when absent) so that documents have one shape.
 */
final class ModelJsonWriter {
  private ModelJsonWriter() {}

  static void writeDocument(JsonGenerator g, Dialogue dialogue, boolean synthesis) {
    g.writeStartObject();
    g.writeStringProperty("format", JsonFormat.FORMAT);
    g.writeNumberProperty("version", JsonFormat.VERSION);
    g.writeName("dialogue");
    writeDialogue(g, dialogue);
    if (synthesis) {
      g.writeName("synthesis");
      SynthesisJsonWriter.write(g, DialogueSynthesis.of(dialogue));
    }
    g.writeEndObject();
  }

  static void writeDialogue(JsonGenerator g, Dialogue dialogue) {
    g.writeStartObject();
    writeOptional(g, "name", dialogue.name());
    writeOptional(g, "organiser", dialogue.organiser());
    g.writeArrayPropertyStart("strategicAreas");
    for (StrategicArea area : dialogue.strategicAreas()) {
      writeStrategicArea(g, area);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("meetings");
    for (Meeting meeting : dialogue.meetings()) {
      writeMeeting(g, meeting);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void writeStrategicArea(JsonGenerator g, StrategicArea area) {
    g.writeStartObject();
    g.writeStringProperty("id", area.id());
    g.writeStringProperty("title", area.title());
    g.writeEndObject();
  }

  static void writeMeeting(JsonGenerator g, Meeting meeting) {
    g.writeStartObject();
    g.writeStringProperty("id", meeting.id());
    g.writeStringProperty("title", meeting.title());
    g.writeStringProperty("date", meeting.date().toString());
    writeOptional(g, "summary", meeting.summary());
    g.writeArrayPropertyStart("participants");
    for (StakeholderGroup group : meeting.participants()) {
      writeStakeholderGroup(g, group);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("priorities");
    for (PriorityArea priority : meeting.priorities()) {
      writePriorityArea(g, priority);
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("areas");
    for (AreaInput input : meeting.areas()) {
      writeAreaInput(g, input);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void writeStakeholderGroup(JsonGenerator g, StakeholderGroup group) {
    g.writeStartObject();
    g.writeStringProperty("name", group.name());
    g.writeStringProperty("kind", group.kind().id());
    g.writeEndObject();
  }

  static void writePriorityArea(JsonGenerator g, PriorityArea priority) {
    g.writeStartObject();
    g.writeNumberProperty("rank", priority.rank());
    g.writeStringProperty("title", priority.title());
    writeOptional(g, "description", priority.description());
    g.writeStringProperty("stated", priority.stated().id());
    g.writeArrayPropertyStart("areas");
    for (String area : priority.areas()) {
      g.writeString(area);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void writeAreaInput(JsonGenerator g, AreaInput input) {
    g.writeStartObject();
    g.writeStringProperty("area", input.area());
    g.writeStringProperty("coverage", input.coverage().id());
    writeOptional(g, "note", input.note());
    writeItems(g, "opportunities", input.opportunities());
    writeItems(g, "challenges", input.challenges());
    writeItems(g, "insights", input.insights());
    g.writeEndObject();
  }

  static void writeItem(JsonGenerator g, AreaItem item) {
    g.writeStartObject();
    g.writeStringProperty("text", item.text());
    g.writeEndObject();
  }

  private static void writeItems(JsonGenerator g, String name, List<? extends AreaItem> items) {
    g.writeArrayPropertyStart(name);
    for (AreaItem item : items) {
      writeItem(g, item);
    }
    g.writeEndArray();
  }

  private static void writeOptional(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    } else {
      g.writeNullProperty(name);
    }
  }
}
