package io.github.rusdialog.model;

import org.immutables.value.Value;

/**
 * An opportunity participants saw for a strategic area ("Möjligheter").
 *
 * <p>Immutable and thread-safe: {@code Opportunity.of("…")}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
public abstract class Opportunity implements AreaItem {
  Opportunity() {}

  @Override
  @Value.Parameter
  public abstract String text();

  /**
   * {@return the item with this text, trimmed at the ends}
   *
   * @param text the item's text
   * @throws ModelValidationException if the text is blank or holds a character that cannot be stored
   */
  public static Opportunity of(String text) {
    return OpportunityImpl.of(text);
  }

  @Value.Check
  Opportunity check() {
    Texts.requireText("text", text());
    return Texts.needsNormalising(text()) ? of(Texts.normalise(text())) : this;
  }
}
