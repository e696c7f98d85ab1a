package io.github.rusdialog.model;

import org.immutables.value.Value;

/**
 * Input the summary gives under a strategic area without calling it an opportunity or a challenge, typically where the area was not mentioned directly.
 *
 * <p>Immutable and thread-safe: {@code Insight.of("…")}.
 */
@Value.Immutable
@ModelStyle
public abstract class Insight implements AreaItem {
  Insight() {}

  @Override
  @Value.Parameter
  public abstract String text();

  /** Returns the item with this text, trimmed at the ends; throws if blank or unstorable. */
  public static Insight of(String text) {
    return InsightImpl.of(text);
  }

  @Value.Check
  Insight check() {
    Texts.requireText("text", text());
    return Texts.needsStrip(text()) ? of(text().strip()) : this;
  }
}
