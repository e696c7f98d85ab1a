package io.github.rusdialog.model;

import org.immutables.value.Value;

/**
 * An opportunity participants saw for a strategic area ("Möjligheter").
 *
 * <p>Immutable and thread-safe: {@code Opportunity.of("…")}.
 */
@Value.Immutable
@ModelStyle
public abstract class Opportunity implements AreaItem {
  Opportunity() {}

  @Override
  @Value.Parameter
  public abstract String text();

  /** Returns the item with this text, trimmed at the ends; throws if blank or unstorable. */
  public static Opportunity of(String text) {
    return OpportunityImpl.of(text);
  }

  @Value.Check
  Opportunity check() {
    Texts.requireText("text", text());
    return Texts.needsStrip(text()) ? of(text().strip()) : this;
  }
}
