package io.github.rusdialog.model;

import java.util.Optional;
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

  @Override
  public abstract Optional<Response> response();

  /**
   * {@return a copy of this item with this response, or none; the text is kept}
   *
   * @param response the region's answer, or {@code Optional.empty()} for not yet answered
   * @throws ModelValidationException if the argument is null
   * @since 0.2.0
   */
  public final Challenge withResponse(Optional<Response> response) {
    Texts.requireNonNull("response", response);
    return ChallengeImpl.fields().from(this).response(response).build();
  }

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
    return Texts.needsNormalising(text()) ? ChallengeImpl.fields().from(this).text(Texts.normalise(text())).build() : this;
  }
}
