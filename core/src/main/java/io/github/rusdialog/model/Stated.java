package io.github.rusdialog.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whether the participants named a priority themselves or the summary infers it.
 *
 * @since 0.1.0
 */
public enum Stated {
  /** The participants named the priority. */
  EXPLICIT("explicit"),
  /** The summary infers the priority ("underförstådd", "inte direkt nämnd"). */
  IMPLIED("implied");

  private final String id;

  Stated(String id) {
    this.id = id;
  }

  /** {@return the stable id used in data: {@code explicit} or {@code implied}} */
  public String id() {
    return id;
  }

  /**
   * {@return the value with this id, if there is one}
   *
   * @param id the id as data writes it, e.g. {@code implied}
   */
  public static Optional<Stated> fromId(String id) {
    return Arrays.stream(values()).filter(value -> value.id.equals(id)).findFirst();
  }
}
