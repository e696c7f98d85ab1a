package io.github.rusdialog.excel;

import io.github.rusdialog.excel.SheetTable.TableRow;
import io.github.rusdialog.export.Labels;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.ModelValidationException;
import io.github.rusdialog.model.Response;
import io.github.rusdialog.model.ResponseStatus;
import java.util.Map;
import java.util.Optional;

/**
 * The "Status", "Svar" and "Referens" cells of a priorities or items row, read into the region's
 * response to that input. The response sits on the input's own row, so it stays with the input
 * when the text is corrected or the rows are sorted.
 */
final class ResponseCells {
  private final WorkbookInput input;
  private final Optional<Integer> status;
  private final int text;
  private final int reference;
  private final Map<String, ResponseStatus> statuses;
  private final Labels labels;

  private ResponseCells(WorkbookInput input, Optional<Integer> status, int text, int reference, Labels labels) {
    this.input = input;
    this.status = status;
    this.text = text;
    this.reference = reference;
    this.statuses = MetaSheet.statuses(labels);
    this.labels = labels;
  }

  /** The response columns of {@code table}; a workbook of layout 1, written before responses, has none. */
  static ResponseCells of(WorkbookInput input, SheetTable table, Labels labels, WorkbookMeta meta)
      throws InvalidInputException {
    if (meta.version < 2 && table.optionalColumn(labels.get("response.status")).isEmpty()) {
      return new ResponseCells(input, Optional.empty(), -1, -1, labels);
    }
    return new ResponseCells(input, Optional.of(table.column(labels.get("response.status"))),
        table.column(labels.get("response.text")), table.column(labels.get("response.reference")), labels);
  }

  /** The response written on {@code row}, or empty if its cells are empty: not yet answered. */
  Optional<Response> read(TableRow row) throws InvalidInputException {
    if (status.isEmpty()) {
      return Optional.empty();
    }
    Optional<ResponseStatus> chosen = row.choice(status.get(), statuses);
    Optional<String> answer = row.text(text);
    Optional<String> where = row.text(reference);
    if (chosen.isEmpty()) {
      if (answer.isPresent() || where.isPresent()) {
        throw input.problem(row.ref(status.get()), "the row has a response but no status; choose one from the"
            + " list (" + String.join(", ", statuses.keySet()) + ")");
      }
      return Optional.empty();
    }
    if (chosen.get() == ResponseStatus.NOT_ADOPTED && answer.isEmpty()) {
      throw input.problem(row.ref(text), "\"" + labels.status(ResponseStatus.NOT_ADOPTED) + "\" needs a reason:"
          + " write here why the input is not taken into the strategy");
    }
    try {
      return Optional.of(Response.of(chosen.get(), answer, where));
    } catch (ModelValidationException e) {
      throw input.problem(row.ref(e.field().equals("reference") ? reference : text), e.getMessage());
    }
  }
}
