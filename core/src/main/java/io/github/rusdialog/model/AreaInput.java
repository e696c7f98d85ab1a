package io.github.rusdialog.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one meeting said about one strategic area: how directly the area was covered, the
 * summary's note about it, and its opportunities, challenges and insights.
 *
 * <p>Immutable and thread-safe. An area that was {@linkplain Coverage#NOT_DISCUSSED not discussed}
 * has no items.
 * <pre>{@code
 * AreaInput.builder().area("accessibility")
 *     .addOpportunities(Opportunity.of("Norrbottniabanan …"))
 *     .addChallenges(Challenge.of("Bilberoendet.")).build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class AreaInput {
  AreaInput() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link AreaInput}; {@link #build()} validates. Setters (each returns this builder):
   * {@code area(String)} (the strategic area's id), required; {@code coverage(Coverage)}
   * ({@code direct} by default); {@code note(String)}; {@code addOpportunities(…)},
   * {@code addChallenges(…)}, {@code addInsights(…)} and their {@code addAll…}/replacing forms;
   * {@code from(AreaInput)} copies one.
   */
  public static final class Builder extends AreaInputImpl.Builder {
    Builder() {}

    /**
     * Builds the value after checking it.
     *
     * @throws ModelValidationException naming the field if a required field is not set or a
     *     rule of the model is broken
     */
    @Override
    public AreaInput build() {
      try {
        return super.build();
      } catch (IllegalStateException e) {
        throw Texts.missing("area input", e);
      }
    }
  }

  /** The id of the strategic area. */
  public abstract String area();

  /** How the area was covered; default direct. */
  @Value.Default
  public Coverage coverage() {
    return Coverage.DIRECT;
  }

  /** The summary's note about the area, as written, if any. */
  public abstract Optional<String> note();

  /** Opportunities ("Möjligheter"), in summary order. */
  public abstract List<Opportunity> opportunities();

  /** Challenges ("Utmaningar"), in summary order. */
  public abstract List<Challenge> challenges();

  /** Insights given under the area without being called either, in summary order. */
  public abstract List<Insight> insights();

  /** The number of opportunities, challenges and insights together. */
  public final int itemCount() {
    return opportunities().size() + challenges().size() + insights().size();
  }

  @Value.Check
  AreaInput check() {
    Texts.requireText("area", area());
    Texts.requireNonNull("coverage", coverage());
    Texts.requireElements("opportunities", opportunities());
    Texts.requireElements("challenges", challenges());
    Texts.requireElements("insights", insights());
    note().ifPresent(text -> Texts.requireText("note", text));
    if (coverage() == Coverage.NOT_DISCUSSED && itemCount() > 0) {
      throw new ModelValidationException("coverage", "not-discussed, but the area has "
          + opportunities().size() + " opportunities, " + challenges().size() + " challenges and "
          + insights().size() + " insights; an area that was not discussed has none");
    }
    if (note().map(Texts::needsStrip).orElse(false)) {
      return builder().from(this).note(note().map(String::strip)).build();
    }
    return this;
  }
}
