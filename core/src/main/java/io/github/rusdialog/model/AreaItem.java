package io.github.rusdialog.model;

import java.util.Optional;

/**
 * One piece of input under a strategic area: an {@link Opportunity}, a {@link Challenge} or an
 * {@link Insight}. Implementations are immutable.
 *
 * @since 0.1.0
 */
public interface AreaItem {
  /** {@return the text as written, trimmed at the ends; never blank} */
  String text();

  /**
   * {@return the region's answer to this input, or empty if not yet answered}
   *
   * @since 0.2.0
   */
  default Optional<Response> response() {
    return Optional.empty();
  }
}
