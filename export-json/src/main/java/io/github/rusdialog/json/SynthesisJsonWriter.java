package io.github.rusdialog.json;

import io.github.rusdialog.synthesis.AreaCoverage;
import io.github.rusdialog.synthesis.DialogueSynthesis;
import io.github.rusdialog.synthesis.KindParticipation;
import io.github.rusdialog.synthesis.PriorityConsensus;
import io.github.rusdialog.synthesis.RankedMention;
import java.util.List;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the optional {@code synthesis} block of a document: derived figures for readers that
 * do not compute them. Readers ignore it and recompute from the meetings.
 */
final class SynthesisJsonWriter {
  private SynthesisJsonWriter() {}

  static void write(JsonGenerator g, DialogueSynthesis synthesis) {
    g.writeStartObject();
    g.writeNumberProperty("meetingCount", synthesis.meetingCount());
    g.writeArrayPropertyStart("participation");
    for (KindParticipation kind : synthesis.participation()) {
      g.writeStartObject();
      g.writeStringProperty("kind", kind.kind().id());
      g.writeNumberProperty("meetingCount", kind.meetingCount());
      strings(g, "meetings", kind.meetingIds());
      strings(g, "groups", kind.groupNames());
      g.writeEndObject();
    }
    g.writeEndArray();
    strings(g, "kindsNeverHeard", synthesis.kindsNeverHeard().stream().map(k -> k.id()).toList());
    g.writeArrayPropertyStart("priorities");
    for (PriorityConsensus group : synthesis.priorities()) {
      g.writeStartObject();
      g.writeStringProperty("key", group.key());
      g.writeStringProperty("label", group.label());
      g.writeNumberProperty("meetingCount", group.meetingCount());
      g.writeNumberProperty("firstPlaces", group.firstPlaceCount());
      g.writeNumberProperty("meanRank", group.meanRank());
      g.writeNumberProperty("borda", group.bordaScore());
      g.writeArrayPropertyStart("mentions");
      for (RankedMention mention : group.mentions()) {
        g.writeStartObject();
        g.writeStringProperty("meeting", mention.meetingId());
        g.writeNumberProperty("rank", mention.rank());
        g.writeNumberProperty("priorityCount", mention.priorityCount());
        g.writeStringProperty("title", mention.title());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("coverage");
    for (AreaCoverage area : synthesis.coverage()) {
      g.writeStartObject();
      g.writeStringProperty("area", area.area().id());
      strings(g, "direct", area.direct());
      strings(g, "indirect", area.indirect());
      strings(g, "notDiscussed", area.notDiscussed());
      strings(g, "absent", area.absent());
      g.writeNumberProperty("opportunities", area.opportunities());
      g.writeNumberProperty("challenges", area.challenges());
      g.writeNumberProperty("insights", area.insights());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    g.writeArrayPropertyStart(name);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }
}
