package io.github.rusdialog.model;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * The region's answer to one input of a meeting — a priority, an opportunity, a challenge or an
 * insight: what it did ({@link ResponseStatus}), why, and where in the strategy.
 *
 * <p>Immutable and thread-safe. An input without a response is not yet answered.
 * <pre>{@code
 * Response.of(ResponseStatus.NOT_ADOPTED, Optional.of("Ligger utanför det regionala uppdraget."), Optional.empty());
 * Response.of(ResponseStatus.ADOPTED).withReference("Mål 2.3");
 * }</pre>
 *
 * @since 0.2.0
 */
@Value.Immutable
@ModelStyle
public abstract class Response {
  Response() {}

  /** {@return what the region did with the input} */
  @Value.Parameter
  public abstract ResponseStatus status();

  /** {@return the reason or answer in the region's words; always given for {@link ResponseStatus#NOT_ADOPTED}} */
  @Value.Parameter
  public abstract Optional<String> text();

  /** {@return where in the strategy the input went, as free text, e.g. "Mål 2.3"} */
  @Value.Parameter
  public abstract Optional<String> reference();

  /**
   * {@return a response with this status and no text or reference}
   *
   * @param status what the region did
   * @throws ModelValidationException if the status is null or {@link ResponseStatus#NOT_ADOPTED}, which needs a text
   */
  public static Response of(ResponseStatus status) {
    return of(status, Optional.empty(), Optional.empty());
  }

  /**
   * {@return a response with this status, text and reference}
   *
   * @param status what the region did
   * @param text the reason or answer, or empty; required for {@link ResponseStatus#NOT_ADOPTED}
   * @param reference where in the strategy, or empty
   * @throws ModelValidationException if an argument is null, a text is blank, or a not-adopted response has no text
   */
  public static Response of(ResponseStatus status, Optional<String> text, Optional<String> reference) {
    Texts.requireNonNull("status", status);
    Texts.requireNonNull("text", text);
    Texts.requireNonNull("reference", reference);
    return ResponseImpl.of(status, text, reference);
  }

  /**
   * {@return a copy with this text}
   *
   * @param text the reason or answer, not blank
   * @throws ModelValidationException if the text is null or blank
   */
  public final Response withText(String text) {
    Texts.requireText("text", text);
    return of(status(), Optional.of(text), reference());
  }

  /**
   * {@return a copy with this reference}
   *
   * @param reference where in the strategy, e.g. "Mål 2.3", not blank
   * @throws ModelValidationException if the reference is null or blank
   */
  public final Response withReference(String reference) {
    Texts.requireText("reference", reference);
    return of(status(), text(), Optional.of(reference));
  }

  @Value.Check
  Response check() {
    Texts.requireNonNull("status", status());
    text().ifPresent(text -> Texts.requireText("text", text));
    reference().ifPresent(reference -> Texts.requireText("reference", reference));
    if (status() == ResponseStatus.NOT_ADOPTED && text().isEmpty()) {
      throw new ModelValidationException("text", "required when the status is not-adopted: say why the"
          + " input is not taken into the strategy");
    }
    if (text().map(Texts::needsNormalising).orElse(false) || reference().map(Texts::needsNormalising).orElse(false)) {
      return ResponseImpl.of(status(), text().map(Texts::normalise), reference().map(Texts::normalise));
    }
    return this;
  }
}
