package io.github.rusdialog.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a meeting's input touched one strategic area.
 *
 * @since 0.1.0
 */
public enum Coverage {
  /** Participants spoke to the area: its items are opportunities and challenges. */
  DIRECT("direct"),
  /** The area was not mentioned directly; the summary gives related insights. */
  INDIRECT("indirect"),
  /** The area was not discussed at the meeting; it has no items. */
  NOT_DISCUSSED("not-discussed");

  private final String id;

  Coverage(String id) {
    this.id = id;
  }

  /**
   * {@return the stable id used in data: {@code direct}, {@code indirect} or {@code not-discussed}}
   */
  public String id() {
    return id;
  }

  /**
   * {@return the value with this id, if there is one}
   *
   * @param id the id as data writes it, e.g. {@code not-discussed}
   */
  public static Optional<Coverage> fromId(String id) {
    return Arrays.stream(values()).filter(value -> value.id.equals(id)).findFirst();
  }
}
