package io.github.rusdialog.synthesis;

import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Response;
import io.github.rusdialog.model.ResponseStatus;
import java.util.Optional;

/**
 * How many inputs the region has answered, and how: adopted, partly, not adopted, noted, and not
 * yet answered. Inputs are priorities, opportunities, challenges and insights.
 *
 * @param adopted inputs taken into the strategy
 * @param partly inputs partly taken into the strategy
 * @param notAdopted inputs not taken into the strategy
 * @param noted inputs noted without a decision
 * @param unanswered inputs without a response
 *
 * @since 0.2.0
 */
public record ResponseTally(int adopted, int partly, int notAdopted, int noted, int unanswered) {
  /** No inputs. */
  static final ResponseTally NONE = new ResponseTally(0, 0, 0, 0, 0);

  /** {@return the number of inputs counted} */
  public int total() {
    return adopted + partly + notAdopted + noted + unanswered;
  }

  /**
   * {@return how many inputs have this status}
   *
   * @param status the status
   */
  public int count(ResponseStatus status) {
    switch (InvalidArgumentException.requireNonNull(status, "status")) {
      case ADOPTED:
        return adopted;
      case PARTLY:
        return partly;
      case NOT_ADOPTED:
        return notAdopted;
      default:
        return noted;
    }
  }

  ResponseTally plus(Optional<Response> response) {
    if (response.isEmpty()) {
      return new ResponseTally(adopted, partly, notAdopted, noted, unanswered + 1);
    }
    ResponseStatus status = response.get().status();
    return new ResponseTally(adopted + (status == ResponseStatus.ADOPTED ? 1 : 0),
        partly + (status == ResponseStatus.PARTLY ? 1 : 0), notAdopted + (status == ResponseStatus.NOT_ADOPTED ? 1 : 0),
        noted + (status == ResponseStatus.NOTED ? 1 : 0), unanswered);
  }

  ResponseTally plus(Iterable<? extends AreaItem> items) {
    ResponseTally tally = this;
    for (AreaItem item : items) {
      tally = tally.plus(item.response());
    }
    return tally;
  }
}
