package io.github.rusdialog.docx.write;

import io.github.rusdialog.export.Labels;
import io.github.rusdialog.internal.report.ResponseTable;
import io.github.rusdialog.internal.report.SynthesisTables;
import io.github.rusdialog.synthesis.DialogueSynthesis;
import io.github.rusdialog.synthesis.HeadCounts;
import io.github.rusdialog.synthesis.ResponseTally;
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
  private static final String COMPUTED = MeetingPart.COMPUTED_STYLE;

  private final Blocks blocks;
  private final Labels labels;

  SynthesisPart(Blocks blocks, Labels labels) {
    this.blocks = blocks;
    this.labels = labels;
  }

  /** Writes the chapter. */
  void write(DialogueSynthesis synthesis) {
    XWPFParagraph heading = blocks.label(COMPUTED + "Heading1", labels.get("synthesis"));
    blocks.bookmark(heading, BOOKMARK);
    blocks.label(COMPUTED, labels.get("synthesis.note"));

    blocks.label(COMPUTED + "Heading2", labels.get("synthesis.participation"));
    blocks.table(SynthesisTables.participationHeaders(labels), SynthesisTables.participationRows(synthesis, labels));
    HeadCounts counts = synthesis.headCounts();
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
    blocks.table(SynthesisTables.priorityHeaders(labels), SynthesisTables.priorityRows(synthesis));

    blocks.label(COMPUTED + "Heading2", labels.get("synthesis.coverage"));
    blocks.table(SynthesisTables.coverageHeaders(labels), SynthesisTables.coverageRows(synthesis));

    responses(synthesis, synthesis.responses().byMeeting(), "synthesis.responsesByMeeting", "meeting");
    responses(synthesis, synthesis.responses().byArea(), "synthesis.responsesByArea", "strategicArea");
  }

  private void responses(DialogueSynthesis synthesis, Map<String, ResponseTally> tallies, String heading,
      String firstHeader) {
    blocks.label(COMPUTED + "Heading2", labels.get(heading));
    blocks.table(ResponseTable.headers(labels, firstHeader),
        ResponseTable.rows(synthesis, tallies, firstHeader.equals("meeting")));
  }

  private void fact(String label, String value) {
    XWPFParagraph paragraph = blocks.paragraph(COMPUTED);
    blocks.text(paragraph, label + ": ", true, false);
    blocks.text(paragraph, value, false, true);
  }
}
