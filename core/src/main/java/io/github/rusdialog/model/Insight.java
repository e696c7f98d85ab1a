package io.github.rusdialog.model;

import org.immutables.value.Value;

/**
 * Input the summary gives under a strategic area without calling it an opportunity or a challenge, typically where the area was not mentioned directly.
 *
 * <p>Immutable and thread-safe: {@code Insight.of("…")}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
public abstract class Insight implements AreaItem {
  Insight() {}

  @Override
  @Value.Parameter
  public abstract String text();

  /**
   * {@return the item with this text, trimmed at the ends}
   *
   * @param text the item's text
   * @throws ModelValidationException if the text is blank or holds a character that cannot be stored
   */
  public static Insight of(String text) {
    return InsightImpl.of(text);
  }

  @Value.Check
  Insight check() {
    Texts.requireText("text", text());
    return Texts.needsNormalising(text()) ? of(Texts.normalise(text())) : this;
  }
}
