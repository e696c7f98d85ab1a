package io.github.rusdialog.model;

import java.util.Optional;
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

  @Override
  public abstract Optional<Response> response();

  /**
   * {@return a copy of this item with this response, or none; the text is kept}
   *
   * @param response the region's answer, or {@code Optional.empty()} for not yet answered
   * @throws ModelValidationException if the argument is null
   * @since 0.2.0
   */
  public final Opportunity withResponse(Optional<Response> response) {
    Texts.requireNonNull("response", response);
    return OpportunityImpl.fields().from(this).response(response).build();
  }

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
    return Texts.needsNormalising(text()) ? OpportunityImpl.fields().from(this).text(Texts.normalise(text())).build() : this;
  }
}
