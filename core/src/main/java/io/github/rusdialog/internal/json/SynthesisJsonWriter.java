package io.github.rusdialog.internal.json;

import io.github.rusdialog.synthesis.AreaCoverage;
import io.github.rusdialog.synthesis.DialogueSynthesis;
import io.github.rusdialog.synthesis.HeadCounts;
import io.github.rusdialog.synthesis.KindHeadCount;
import io.github.rusdialog.synthesis.KindParticipation;
import io.github.rusdialog.synthesis.PriorityConsensus;
import io.github.rusdialog.synthesis.RankedMention;
import io.github.rusdialog.synthesis.ResponseCounts;
import io.github.rusdialog.synthesis.ResponseTally;
import java.util.List;
import java.util.Map;

/**
 * Writes the optional {@code synthesis} block of a document: derived figures for readers that
 * do not compute them. Readers ignore it and recompute from the meetings.
 */
final class SynthesisJsonWriter {
  private SynthesisJsonWriter() {}

  static void write(JsonSink g, DialogueSynthesis synthesis) {
    g.startObject();
    g.numberProperty("meetingCount", synthesis.meetingCount());
    g.arrayProperty("participation");
    for (KindParticipation kind : synthesis.participation()) {
      g.startObject();
      g.stringProperty("kind", kind.kind().id());
      g.numberProperty("meetingCount", kind.meetingCount());
      strings(g, "meetings", kind.meetingIds());
      strings(g, "groups", kind.groupNames());
      g.endObject();
    }
    g.endArray();
    strings(g, "kindsNeverHeard", synthesis.kindsNeverHeard().stream().map(k -> k.id()).toList());
    HeadCounts counts = synthesis.headCounts();
    g.name("headCounts");
    g.startObject();
    g.numberProperty("people", counts.people());
    g.arrayProperty("byKind");
    for (KindHeadCount kind : counts.byKind()) {
      g.startObject();
      g.stringProperty("kind", kind.kind().id());
      g.numberProperty("people", kind.people());
      strings(g, "meetings", kind.meetingIds());
      g.endObject();
    }
    g.endArray();
    strings(g, "meetingsCounted", counts.meetingsCounted());
    strings(g, "meetingsNotCounted", counts.meetingsNotCounted());
    g.endObject();
    ResponseCounts responses = synthesis.responses();
    g.name("responses");
    g.startObject();
    g.arrayProperty("byMeeting");
    for (Map.Entry<String, ResponseTally> meeting : responses.byMeeting().entrySet()) {
      tally(g, "meeting", meeting.getKey(), meeting.getValue());
    }
    g.endArray();
    g.arrayProperty("byArea");
    for (Map.Entry<String, ResponseTally> area : responses.byArea().entrySet()) {
      tally(g, "area", area.getKey(), area.getValue());
    }
    g.endArray();
    g.name("all");
    tally(g, null, null, responses.all());
    g.endObject();
    g.arrayProperty("priorities");
    for (PriorityConsensus group : synthesis.priorities()) {
      g.startObject();
      g.stringProperty("key", group.key());
      g.stringProperty("label", group.label());
      g.numberProperty("meetingCount", group.meetingCount());
      g.numberProperty("firstPlaces", group.firstPlaceCount());
      g.numberProperty("meanRank", group.meanRank());
      g.numberProperty("borda", group.bordaScore());
      g.arrayProperty("mentions");
      for (RankedMention mention : group.mentions()) {
        g.startObject();
        g.stringProperty("meeting", mention.meetingId());
        g.numberProperty("rank", mention.rank());
        g.numberProperty("priorityCount", mention.priorityCount());
        g.stringProperty("title", mention.title());
        g.endObject();
      }
      g.endArray();
      g.endObject();
    }
    g.endArray();
    g.arrayProperty("coverage");
    for (AreaCoverage area : synthesis.coverage()) {
      g.startObject();
      g.stringProperty("area", area.area().id());
      strings(g, "direct", area.direct());
      strings(g, "indirect", area.indirect());
      strings(g, "notDiscussed", area.notDiscussed());
      strings(g, "absent", area.absent());
      g.numberProperty("opportunities", area.opportunities());
      g.numberProperty("challenges", area.challenges());
      g.numberProperty("insights", area.insights());
      g.endObject();
    }
    g.endArray();
    g.endObject();
  }

  private static void tally(JsonSink g, String key, String id, ResponseTally tally) {
    g.startObject();
    if (key != null) {
      g.stringProperty(key, id);
    }
    g.numberProperty("adopted", tally.adopted());
    g.numberProperty("partly", tally.partly());
    g.numberProperty("notAdopted", tally.notAdopted());
    g.numberProperty("noted", tally.noted());
    g.numberProperty("unanswered", tally.unanswered());
    g.endObject();
  }

  private static void strings(JsonSink g, String name, List<String> values) {
    g.arrayProperty(name);
    for (String value : values) {
      g.string(value);
    }
    g.endArray();
  }
}
