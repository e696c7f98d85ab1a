package io.github.rusdialog.internal.report;

import io.github.rusdialog.export.Labels;
import io.github.rusdialog.model.ResponseStatus;
import io.github.rusdialog.synthesis.DialogueSynthesis;
import io.github.rusdialog.synthesis.ResponseTally;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The synthesis's tables of answers: per meeting or per strategic area, how many inputs were answered how. */
public final class ResponseTable {
  private ResponseTable() {}

  /**
   * {@return the header row: the first column's label, each status's label, "not yet answered"}
   *
   * @param labels the report's labels
   * @param firstHeader the label key of the first column: {@code meeting} or {@code strategicArea}
   */
  public static List<String> headers(Labels labels, String firstHeader) {
    List<String> headers = new ArrayList<>(List.of(labels.get(firstHeader)));
    for (ResponseStatus status : ResponseStatus.values()) {
      headers.add(labels.status(status));
    }
    headers.add(labels.get("synthesis.unanswered"));
    return headers;
  }

  /**
   * {@return one row per tally: the meeting's name or the area's title, the count of each status, the unanswered}
   *
   * @param synthesis the synthesis, which names meetings and areas
   * @param tallies the tallies by meeting id or area id, in the order to show
   * @param byMeeting whether the keys are meeting ids (else strategic area ids)
   */
  public static List<List<String>> rows(DialogueSynthesis synthesis, Map<String, ResponseTally> tallies,
      boolean byMeeting) {
    List<List<String>> rows = new ArrayList<>();
    for (Map.Entry<String, ResponseTally> entry : tallies.entrySet()) {
      List<String> row = new ArrayList<>();
      row.add(byMeeting ? synthesis.meetingName(entry.getKey())
          : synthesis.coverage().stream().filter(a -> a.area().id().equals(entry.getKey())).findFirst()
              .map(a -> a.area().title()).orElse(entry.getKey()));
      for (ResponseStatus status : ResponseStatus.values()) {
        row.add(String.valueOf(entry.getValue().count(status)));
      }
      row.add(String.valueOf(entry.getValue().unanswered()));
      rows.add(row);
    }
    return rows;
  }
}
