package io.github.rusdialog.model;

import org.immutables.value.Value;

/**
 * A challenge participants saw for a strategic area ("Utmaningar").
 *
 * <p>Immutable and thread-safe: {@code Challenge.of("…")}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
public abstract class Challenge implements AreaItem {
  Challenge() {}

  @Override
  @Value.Parameter
  public abstract String text();

  /**
   * {@return the item with this text, trimmed at the ends}
   *
   * @param text the item's text
   * @throws ModelValidationException if the text is blank or holds a character that cannot be stored
   */
  public static Challenge of(String text) {
    return ChallengeImpl.of(text);
  }

  @Value.Check
  Challenge check() {
    Texts.requireText("text", text());
    return Texts.needsNormalising(text()) ? of(Texts.normalise(text())) : this;
  }
}
