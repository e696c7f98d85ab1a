package io.github.rusdialog.internal.report;

import io.github.rusdialog.export.Labels;
import io.github.rusdialog.synthesis.AreaCoverage;
import io.github.rusdialog.synthesis.DialogueSynthesis;
import io.github.rusdialog.synthesis.HeadCounts;
import io.github.rusdialog.synthesis.KindHeadCount;
import io.github.rusdialog.synthesis.KindParticipation;
import io.github.rusdialog.synthesis.PriorityConsensus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The synthesis's tables of participation, priority consensus and coverage, as header rows and
 * rows of cell texts: one making of them for every report that shows them (PDF, web page, Word).
 */
public final class SynthesisTables {
  private SynthesisTables() {}

  /** {@return the participation table's headers: kind, meetings, groups, meeting names, people} */
  public static List<String> participationHeaders(Labels labels) {
    return List.of(labels.get("kind"), labels.get("synthesis.meetingCount"), labels.get("synthesis.groups"),
        labels.get("synthesis.meetings"), labels.get("synthesis.people"));
  }

  /** {@return one row per stakeholder kind heard: its name, meetings, groups, meeting names, people counted} */
  public static List<List<String>> participationRows(DialogueSynthesis synthesis, Labels labels) {
    HeadCounts counts = synthesis.headCounts();
    List<List<String>> rows = new ArrayList<>();
    for (KindParticipation kind : synthesis.participation()) {
      String people = "";
      for (KindHeadCount count : counts.byKind()) {
        if (count.kind() == kind.kind()) {
          people = String.valueOf(count.people());
          break;
        }
      }
      rows.add(List.of(labels.kind(kind.kind()), String.valueOf(kind.meetingCount()),
          String.join(", ", kind.groupNames()), synthesis.meetingNames(kind.meetingIds()), people));
    }
    return rows;
  }

  /** {@return the consensus table's headers: priority, meetings, first places, mean rank, Borda, meeting names} */
  public static List<String> priorityHeaders(Labels labels) {
    return List.of(labels.get("synthesis.priority"), labels.get("synthesis.meetingCount"),
        labels.get("synthesis.firstPlaces"), labels.get("synthesis.meanRank"), labels.get("synthesis.borda"),
        labels.get("synthesis.meetings"));
  }

  /** {@return one row per priority group, in the synthesis's order} */
  public static List<List<String>> priorityRows(DialogueSynthesis synthesis) {
    List<List<String>> rows = new ArrayList<>();
    for (PriorityConsensus group : synthesis.priorities()) {
      rows.add(List.of(group.label(), String.valueOf(group.meetingCount()), String.valueOf(group.firstPlaceCount()),
          String.format(Locale.ROOT, "%.2f", group.meanRank()), String.valueOf(group.bordaScore()),
          synthesis.meetingNames(group.meetingIds())));
    }
    return rows;
  }

  /** {@return the coverage table's headers: area, the three coverages, absent, the three item counts} */
  public static List<String> coverageHeaders(Labels labels) {
    return List.of(labels.get("strategicArea"), labels.get("coverage.direct"), labels.get("coverage.indirect"),
        labels.get("coverage.not-discussed"), labels.get("synthesis.absent"), labels.get("count.opportunities"),
        labels.get("count.challenges"), labels.get("count.insights"));
  }

  /** {@return one row per strategic area of the catalogue} */
  public static List<List<String>> coverageRows(DialogueSynthesis synthesis) {
    List<List<String>> rows = new ArrayList<>();
    for (AreaCoverage area : synthesis.coverage()) {
      rows.add(List.of(area.area().title(), String.valueOf(area.direct().size()),
          String.valueOf(area.indirect().size()), String.valueOf(area.notDiscussed().size()),
          String.valueOf(area.absent().size()), String.valueOf(area.opportunities()),
          String.valueOf(area.challenges()), String.valueOf(area.insights())));
    }
    return rows;
  }
}
