package io.github.rusdialog.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What the region did with one input of a meeting: the status of its {@link Response}.
 *
 * @since 0.2.0
 */
public enum ResponseStatus {
  /** The input is taken into the strategy ("Tas med i strategin"). */
  ADOPTED("adopted"),
  /** The input is partly taken into the strategy ("Tas delvis med"). */
  PARTLY("partly"),
  /** The input is not taken into the strategy ("Tas inte med"); the response says why. */
  NOT_ADOPTED("not-adopted"),
  /** The input is noted, without a decision about the strategy ("Noteras"). */
  NOTED("noted");

  private final String id;

  ResponseStatus(String id) {
    this.id = id;
  }

  /** {@return the stable id used in data: {@code adopted}, {@code partly}, {@code not-adopted} or {@code noted}} */
  public String id() {
    return id;
  }

  /**
   * {@return the value with this id, if there is one}
   *
   * @param id the id as data writes it, e.g. {@code not-adopted}
   */
  public static Optional<ResponseStatus> fromId(String id) {
    return Arrays.stream(values()).filter(value -> value.id.equals(id)).findFirst();
  }
}
