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
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
public abstract class AreaInput {
  AreaInput() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder holding every field of this area input, to change some of them: {@code
   * area.toBuilder()…build()} is {@code AreaInput.builder().from(area)…build()}}
   *
   * @since 0.2.0
   */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return a copy of this area input with another coverage; everything else, the id included, is kept}
   *
   * @param coverage how the meeting covered the area
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final AreaInput withCoverage(Coverage coverage) {
    return toBuilder().coverage(coverage).build();
  }

  /**
   * {@return a copy of this area input with another note; everything else, the id included, is kept}
   *
   * @param note the note, or {@code Optional.empty()}
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final AreaInput withNote(Optional<String> note) {
    return toBuilder().note(note).build();
  }

  /**
   * {@return a copy of this area input with another list of opportunities; everything else, the id included, is kept}
   *
   * @param opportunities the opportunities
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final AreaInput withOpportunities(Iterable<? extends Opportunity> opportunities) {
    return toBuilder().opportunities(opportunities).build();
  }

  /**
   * {@return a copy of this area input with another list of challenges; everything else, the id included, is kept}
   *
   * @param challenges the challenges
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final AreaInput withChallenges(Iterable<? extends Challenge> challenges) {
    return toBuilder().challenges(challenges).build();
  }

  /**
   * {@return a copy of this area input with another list of insights; everything else, the id included, is kept}
   *
   * @param insights the insights
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final AreaInput withInsights(Iterable<? extends Insight> insights) {
    return toBuilder().insights(insights).build();
  }

  /**
   * Builds an {@link AreaInput}: set the fields, then {@link #build()} checks them. Every setter
   * returns this builder. A null, like any other invalid value, is reported by {@link #build()} as
   * a {@link ModelValidationException} naming the field.
   */
  public static final class Builder {
    private final AreaInputImpl.Fields fields = AreaInputImpl.fields();
    private final NullSettings nulls = new NullSettings();

    Builder() {}

    /**
     * Copies every field of {@code input}, to change some of them.
     *
     * @param input the area input to copy
     * @return this builder
     */
    public Builder from(AreaInput input) {
      Texts.requireNonNull("input", input);
      fields.from(input);
      return this;
    }

    /**
     * Sets the strategic area (required) by its id in the dialogue's catalogue.
     *
     * @param areaId the area's id, e.g. {@code skills}
     * @return this builder
     */
    public Builder area(String areaId) {
      fields.area(areaId);
      return this;
    }

    /**
     * Sets how directly the meeting discussed the area; {@link Coverage#DIRECT} if not set.
     *
     * @param coverage the coverage
     * @return this builder
     */
    public Builder coverage(Coverage coverage) {
      fields.coverage(coverage);
      return this;
    }

    /**
     * Sets the note. The summary's remark on the area, such as "not discussed directly".
     *
     * @param note text that is not blank; surrounding whitespace is removed
     * @return this builder
     */
    public Builder note(String note) {
      fields.note(nulls.text("note", note));
      return this;
    }

    /**
     * Sets or clears the note.
     *
     * @param note the note, or empty for none
     * @return this builder
     */
    public Builder note(Optional<String> note) {
      fields.note(nulls.text("note", note));
      return this;
    }

    /**
     * Adds one opportunity.
     *
     * @param opportunity the opportunity
     * @return this builder
     */
    public Builder addOpportunities(Opportunity opportunity) {
      fields.addOpportunities(opportunity);
      return this;
    }

    /**
     * Adds opportunitys, in order.
     *
     * @param opportunities the opportunitys
     * @return this builder
     */
    public Builder addOpportunities(Opportunity... opportunities) {
      fields.addAllOpportunities(nulls.elements("opportunities", opportunities));
      return this;
    }

    /**
     * Replaces the opportunitys.
     *
     * @param opportunities the opportunitys, in order
     * @return this builder
     */
    public Builder opportunities(Iterable<? extends Opportunity> opportunities) {
      fields.opportunities(nulls.elements("opportunities", opportunities));
      return this;
    }

    /**
     * Adds opportunitys, in order, after those already added.
     *
     * @param opportunities the opportunitys
     * @return this builder
     */
    public Builder addAllOpportunities(Iterable<? extends Opportunity> opportunities) {
      fields.addAllOpportunities(nulls.elements("opportunities", opportunities));
      return this;
    }

    /**
     * Adds one challenge.
     *
     * @param challenge the challenge
     * @return this builder
     */
    public Builder addChallenges(Challenge challenge) {
      fields.addChallenges(challenge);
      return this;
    }

    /**
     * Adds challenges, in order.
     *
     * @param challenges the challenges
     * @return this builder
     */
    public Builder addChallenges(Challenge... challenges) {
      fields.addAllChallenges(nulls.elements("challenges", challenges));
      return this;
    }

    /**
     * Replaces the challenges.
     *
     * @param challenges the challenges, in order
     * @return this builder
     */
    public Builder challenges(Iterable<? extends Challenge> challenges) {
      fields.challenges(nulls.elements("challenges", challenges));
      return this;
    }

    /**
     * Adds challenges, in order, after those already added.
     *
     * @param challenges the challenges
     * @return this builder
     */
    public Builder addAllChallenges(Iterable<? extends Challenge> challenges) {
      fields.addAllChallenges(nulls.elements("challenges", challenges));
      return this;
    }

    /**
     * Adds one related insight.
     *
     * @param insight the related insight
     * @return this builder
     */
    public Builder addInsights(Insight insight) {
      fields.addInsights(insight);
      return this;
    }

    /**
     * Adds related insights, in order.
     *
     * @param insights the related insights
     * @return this builder
     */
    public Builder addInsights(Insight... insights) {
      fields.addAllInsights(nulls.elements("insights", insights));
      return this;
    }

    /**
     * Replaces the related insights.
     *
     * @param insights the related insights, in order
     * @return this builder
     */
    public Builder insights(Iterable<? extends Insight> insights) {
      fields.insights(nulls.elements("insights", insights));
      return this;
    }

    /**
     * Adds related insights, in order, after those already added.
     *
     * @param insights the related insights
     * @return this builder
     */
    public Builder addAllInsights(Iterable<? extends Insight> insights) {
      fields.addAllInsights(nulls.elements("insights", insights));
      return this;
    }

    /**
     * Builds the value after checking it.
     *
     * @return the area input
     * @throws ModelValidationException naming the field if a required field is not set, a field
     *     is null, or a rule of the model is broken
     */
    public AreaInput build() {
      nulls.check();
      try {
        return fields.build();
      } catch (IllegalStateException e) {
        throw Texts.missing("area input", e);
      }
    }
  }

  /** {@return the id of the strategic area} */
  public abstract String area();

  /** {@return how the area was covered; default direct} */
  @Value.Default
  public Coverage coverage() {
    return Coverage.DIRECT;
  }

  /** {@return the summary's note about the area, as written, if any} */
  public abstract Optional<String> note();

  /** {@return opportunities ("Möjligheter"), in summary order} */
  public abstract List<Opportunity> opportunities();

  /** {@return challenges ("Utmaningar"), in summary order} */
  public abstract List<Challenge> challenges();

  /** {@return insights given under the area without being called either, in summary order} */
  public abstract List<Insight> insights();

  /** {@return the number of opportunities, challenges and insights together} */
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
    if (note().map(Texts::needsNormalising).orElse(false)) {
      return builder().from(this).note(note().map(Texts::normalise)).build();
    }
    return this;
  }
}
