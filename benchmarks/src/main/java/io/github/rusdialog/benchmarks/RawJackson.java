package io.github.rusdialog.benchmarks;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StrategicArea;
import java.io.OutputStream;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The baselines for JSON: the same document written by Jackson databind from plain records
 * (mapping the model to records first, as an application without the module would), and by a
 * hand-written streaming {@link JsonGenerator} on jackson-core alone, set up as a streaming writer
 * is (a factory and a pretty printer, no databind) — as the exporter is since 0.2. Both
 * pretty-print like the exporter.
 */
public final class RawJackson {
  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return new DefaultPrettyPrinter();
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  record Item(String text) {}

  record Group(String name, String kind) {}

  record Priority(int rank, String title, String description, String stated, List<String> areas) {}

  record Area(String area, String coverage, String note, List<Item> opportunities, List<Item> challenges,
      List<Item> insights) {}

  record MeetingRecord(String id, String title, String date, String summary, List<Group> participants,
      List<Priority> priorities, List<Area> areas) {}

  record AreaRecord(String id, String title) {}

  record DialogueRecord(String name, String organiser, List<AreaRecord> strategicAreas, List<MeetingRecord> meetings) {}

  record Document(String format, int version, DialogueRecord dialogue) {}

  private RawJackson() {}

  /** Databind's writer, in its own class so that the streaming baseline's first call never loads databind. */
  private static final class Databind {
    static final ObjectWriter WRITER = JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
        .without(StreamWriteFeature.AUTO_CLOSE_TARGET);
  }

  public static void databind(Dialogue dialogue, OutputStream out) {
    Databind.WRITER.writeValue(out, new Document("rusdialog", 1, record(dialogue)));
  }

  private static DialogueRecord record(Dialogue dialogue) {
    return new DialogueRecord(dialogue.name().orElse(null), dialogue.organiser().orElse(null),
        dialogue.strategicAreas().stream().map(a -> new AreaRecord(a.id(), a.title())).collect(Collectors.toList()),
        dialogue.meetings().stream().map(m -> new MeetingRecord(m.id(), m.title(), m.date().toString(),
            m.summary().orElse(null),
            m.participants().stream().map(g -> new Group(g.name(), g.kind().id())).collect(Collectors.toList()),
            m.priorities().stream().map(p -> new Priority(p.rank(), p.title(), p.description().orElse(null),
                p.stated().id(), p.areas())).collect(Collectors.toList()),
            m.areas().stream().map(a -> new Area(a.area(), a.coverage().id(), a.note().orElse(null),
                items(a.opportunities()), items(a.challenges()), items(a.insights()))).collect(Collectors.toList())))
            .collect(Collectors.toList()));
  }

  private static List<Item> items(List<? extends AreaItem> items) {
    return items.stream().map(i -> new Item(i.text())).collect(Collectors.toList());
  }

  public static void streaming(Dialogue dialogue, OutputStream out) {
    try (JsonGenerator g = FACTORY.createGenerator(PRETTY, out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeStringProperty("format", "rusdialog");
      g.writeNumberProperty("version", 1);
      g.writeName("dialogue");
      g.writeStartObject();
      g.writeStringProperty("name", dialogue.name().orElse(null));
      g.writeStringProperty("organiser", dialogue.organiser().orElse(null));
      g.writeArrayPropertyStart("strategicAreas");
      for (StrategicArea area : dialogue.strategicAreas()) {
        g.writeStartObject();
        g.writeStringProperty("id", area.id());
        g.writeStringProperty("title", area.title());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayPropertyStart("meetings");
      for (Meeting m : dialogue.meetings()) {
        g.writeStartObject();
        g.writeStringProperty("id", m.id());
        g.writeStringProperty("title", m.title());
        g.writeStringProperty("date", m.date().toString());
        g.writeStringProperty("summary", m.summary().orElse(null));
        g.writeArrayPropertyStart("participants");
        for (StakeholderGroup group : m.participants()) {
          g.writeStartObject();
          g.writeStringProperty("name", group.name());
          g.writeStringProperty("kind", group.kind().id());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("priorities");
        for (PriorityArea p : m.priorities()) {
          g.writeStartObject();
          g.writeNumberProperty("rank", p.rank());
          g.writeStringProperty("title", p.title());
          g.writeStringProperty("description", p.description().orElse(null));
          g.writeStringProperty("stated", p.stated().id());
          g.writeArrayPropertyStart("areas");
          for (String area : p.areas()) {
            g.writeString(area);
          }
          g.writeEndArray();
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayPropertyStart("areas");
        for (AreaInput a : m.areas()) {
          g.writeStartObject();
          g.writeStringProperty("area", a.area());
          g.writeStringProperty("coverage", a.coverage().id());
          g.writeStringProperty("note", a.note().orElse(null));
          streamItems(g, "opportunities", a.opportunities());
          streamItems(g, "challenges", a.challenges());
          streamItems(g, "insights", a.insights());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  private static void streamItems(JsonGenerator g, String name, List<? extends AreaItem> items) {
    g.writeArrayPropertyStart(name);
    for (AreaItem item : items) {
      g.writeStartObject();
      g.writeStringProperty("text", item.text());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
