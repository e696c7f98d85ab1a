package io.github.rusdialog.docx.write;

import io.github.rusdialog.export.Labels;
import io.github.rusdialog.internal.report.ResponseTable;
import io.github.rusdialog.synthesis.AreaCoverage;
import io.github.rusdialog.synthesis.DialogueSynthesis;
import io.github.rusdialog.synthesis.HeadCounts;
import io.github.rusdialog.synthesis.KindParticipation;
import io.github.rusdialog.synthesis.PriorityConsensus;
import io.github.rusdialog.synthesis.ResponseTally;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * The "Sammanställning" chapter, as in the PDF: participation per stakeholder kind, the priority
 * consensus, the strategic areas' coverage and the region's responses, each a table with a header
 * row. The PDF's bar chart is left out: its values are the consensus table's Borda column, and a
 * picture of them would be text as an image. All of it is computed, in the computed styles and
 * tables import-docx skips.
 */
final class SynthesisPart {
  /** The chapter heading's bookmark, for the contents. */
  static final String BOOKMARK = "_Toc_rusdialog_synthesis";

  private final Blocks blocks;
  private static final String COMPUTED = MeetingPart.COMPUTED_STYLE;
  private final Labels labels;

  SynthesisPart(Blocks blocks, Labels labels) {
    this.blocks = blocks;
    this.labels = labels;
  }

  /**
   * Writes the chapter.
   */
  void write(DialogueSynthesis synthesis) {
    XWPFParagraph heading = blocks.label(COMPUTED + "Heading1", labels.get("synthesis"));
    blocks.bookmark(heading, BOOKMARK);
    blocks.label(COMPUTED, labels.get("synthesis.note"));

    blocks.label(COMPUTED + "Heading2", labels.get("synthesis.participation"));
    HeadCounts counts = synthesis.headCounts();
    List<List<String>> participation = new ArrayList<>();
    for (KindParticipation kind : synthesis.participation()) {
      participation.add(List.of(labels.kind(kind.kind()), String.valueOf(kind.meetingCount()),
          String.join(", ", kind.groupNames()), synthesis.meetingNames(kind.meetingIds()),
          counts.byKind().stream().filter(k -> k.kind() == kind.kind()).findFirst()
              .map(k -> String.valueOf(k.people())).orElse("")));
    }
    table(List.of(labels.get("kind"), labels.get("synthesis.meetingCount"), labels.get("synthesis.groups"),
        labels.get("synthesis.meetings"), labels.get("synthesis.people")), participation);
    blocks.label(COMPUTED, labels.format("synthesis.headCounts", counts.people(),
        counts.meetingsCounted().size(), synthesis.meetingCount()));
    if (!counts.meetingsNotCounted().isEmpty()) {
      fact(labels.get("synthesis.notCounted"), synthesis.meetingNames(counts.meetingsNotCounted()));
    }
    if (!synthesis.kindsNeverHeard().isEmpty()) {
      fact(labels.get("synthesis.kindsNeverHeard"),
          synthesis.kindsNeverHeard().stream().map(labels::kind).collect(Collectors.joining(", ")));
    }

    blocks.label(COMPUTED + "Heading2", labels.get("synthesis.priorities"));
    List<List<String>> priorities = new ArrayList<>();
    for (PriorityConsensus group : synthesis.priorities()) {
      priorities.add(List.of(group.label(), String.valueOf(group.meetingCount()),
          String.valueOf(group.firstPlaceCount()), String.format(Locale.ROOT, "%.2f", group.meanRank()),
          String.valueOf(group.bordaScore()), synthesis.meetingNames(group.meetingIds())));
    }
    table(List.of(labels.get("synthesis.priority"), labels.get("synthesis.meetingCount"),
        labels.get("synthesis.firstPlaces"), labels.get("synthesis.meanRank"), labels.get("synthesis.borda"),
        labels.get("synthesis.meetings")), priorities);

    blocks.label(COMPUTED + "Heading2", labels.get("synthesis.coverage"));
    List<List<String>> coverage = new ArrayList<>();
    for (AreaCoverage area : synthesis.coverage()) {
      coverage.add(List.of(area.area().title(), String.valueOf(area.direct().size()),
          String.valueOf(area.indirect().size()), String.valueOf(area.notDiscussed().size()),
          String.valueOf(area.absent().size()), String.valueOf(area.opportunities()),
          String.valueOf(area.challenges()), String.valueOf(area.insights())));
    }
    table(List.of(labels.get("strategicArea"), labels.get("coverage.direct"), labels.get("coverage.indirect"),
        labels.get("coverage.not-discussed"), labels.get("synthesis.absent"), labels.get("count.opportunities"),
        labels.get("count.challenges"), labels.get("count.insights")), coverage);

    responses(synthesis, synthesis.responses().byMeeting(), "synthesis.responsesByMeeting", "meeting");
    responses(synthesis, synthesis.responses().byArea(), "synthesis.responsesByArea", "strategicArea");
  }

  private void responses(DialogueSynthesis synthesis, Map<String, ResponseTally> tallies, String heading,
      String firstHeader) {
    blocks.label(COMPUTED + "Heading2", labels.get(heading));
    table(ResponseTable.headers(labels, firstHeader),
        ResponseTable.rows(synthesis, tallies, firstHeader.equals("meeting")));
  }

  private void table(List<String> headers, List<List<String>> rows) {
    blocks.table(headers, rows);
  }

  private XWPFParagraph fact(String label, String value) {
    XWPFParagraph paragraph = blocks.paragraph(COMPUTED);
    blocks.text(paragraph, label + ": ", true, false);
    blocks.text(paragraph, value, false, true);
    return paragraph;
  }
}
