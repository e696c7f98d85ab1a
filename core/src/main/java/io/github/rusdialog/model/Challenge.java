package io.github.rusdialog.model;

import org.immutables.value.Value;

/**
 * A challenge participants saw for a strategic area ("Utmaningar").
 *
 * <p>Immutable and thread-safe: {@code Challenge.of("…")}.
 */
@Value.Immutable
@ModelStyle
public abstract class Challenge implements AreaItem {
  Challenge() {}

  @Override
  @Value.Parameter
  public abstract String text();

  /** Returns the item with this text, trimmed at the ends; throws if blank or unstorable. */
  public static Challenge of(String text) {
    return ChallengeImpl.of(text);
  }

  @Value.Check
  Challenge check() {
    Texts.requireText("text", text());
    return Texts.needsStrip(text()) ? of(text().strip()) : this;
  }
}
