package io.github.rusdialog.model;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of a meeting's ranked priority areas ("Mest prioriterade områden enligt deltagarna"): its
 * rank, title, description, whether it was stated or implied, and the strategic areas it relates to.
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * PriorityArea.builder().rank(1).title("Boende och Infrastruktur")
 *     .description("En tydlig prioritering …").addAreas("accessibility").build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
public abstract class PriorityArea {
  PriorityArea() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder holding every field of this priority, to change some of them: {@code
   * priority.toBuilder()…build()} is {@code PriorityArea.builder().from(priority)…build()}}
   *
   * @since 0.2.0
   */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return a copy of this priority with another rank; everything else, the id included, is kept}
   *
   * @param rank the rank, 1 for the first
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final PriorityArea withRank(int rank) {
    return toBuilder().rank(rank).build();
  }

  /**
   * {@return a copy of this priority with another title; everything else, the id included, is kept}
   *
   * @param title the title
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final PriorityArea withTitle(String title) {
    return toBuilder().title(title).build();
  }

  /**
   * {@return a copy of this priority with another description; everything else, the id included, is kept}
   *
   * @param description the description, or {@code Optional.empty()}
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final PriorityArea withDescription(Optional<String> description) {
    return toBuilder().description(description).build();
  }

  /**
   * {@return a copy of this priority with another stated; everything else, the id included, is kept}
   *
   * @param stated whether the participants stated it or it is implied
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final PriorityArea withStated(Stated stated) {
    return toBuilder().stated(stated).build();
  }

  /**
   * {@return a copy of this priority with another set of strategic areas; everything else, the id included, is kept}
   *
   * @param areaIds the ids of the strategic areas it belongs to
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final PriorityArea withAreas(Iterable<String> areaIds) {
    return toBuilder().areas(areaIds).build();
  }

  /**
   * {@return a copy of this priority with this response, or none; everything else, the id included, is kept}
   *
   * @param response the region's answer, or {@code Optional.empty()} for not yet answered
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final PriorityArea withResponse(Optional<Response> response) {
    return toBuilder().response(response).build();
  }

  /**
   * Builds a {@link PriorityArea}: set the fields, then {@link #build()} checks them. Every setter
   * returns this builder. A null, like any other invalid value, is reported by {@link #build()} as
   * a {@link ModelValidationException} naming the field.
   */
  public static final class Builder {
    private final PriorityAreaImpl.Fields fields = PriorityAreaImpl.fields();
    private final NullSettings nulls = new NullSettings();

    Builder() {}

    /**
     * Copies every field of {@code priority}, to change some of them.
     *
     * @param priority the priority area to copy
     * @return this builder
     */
    public Builder from(PriorityArea priority) {
      Texts.requireNonNull("priority", priority);
      fields.from(priority);
      return this;
    }

    /**
     * Sets the rank (required): the priority's place in the meeting's list, 1 the most important.
     *
     * @param rank 1 or more; a meeting's ranks run 1, 2, 3 … without gaps
     * @return this builder
     */
    public Builder rank(int rank) {
      fields.rank(rank);
      return this;
    }

    /**
     * Sets the title (required), as the summary writes it.
     *
     * @param title text that is not blank; surrounding whitespace is removed
     * @return this builder
     */
    public Builder title(String title) {
      fields.title(title);
      return this;
    }

    /**
     * Sets the description: what the participants said about the priority.
     *
     * @param description text that is not blank; surrounding whitespace is removed
     * @return this builder
     */
    public Builder description(String description) {
      fields.description(nulls.text("description", description));
      return this;
    }

    /**
     * Sets or clears the description.
     *
     * @param description the description, or empty for none
     * @return this builder
     */
    public Builder description(Optional<String> description) {
      fields.description(nulls.text("description", description));
      return this;
    }

    /**
     * Sets whether the priority was stated or only implied; {@link Stated#EXPLICIT} if not set.
     *
     * @param stated how the summary gives the priority
     * @return this builder
     */
    public Builder stated(Stated stated) {
      fields.stated(stated);
      return this;
    }

    /**
     * Adds a strategic area the priority relates to, by id.
     *
     * @param areaId the id of one of the dialogue's strategic areas
     * @return this builder
     */
    public Builder addAreas(String areaId) {
      fields.addAreas(areaId);
      return this;
    }

    /**
     * Adds strategic areas the priority relates to, by id, in order.
     *
     * @param areaIds ids of the dialogue's strategic areas, each once
     * @return this builder
     */
    public Builder addAreas(String... areaIds) {
      fields.addAllAreas(nulls.elements("areas", areaIds));
      return this;
    }

    /**
     * Replaces the strategic areas the priority relates to.
     *
     * @param areaIds ids of the dialogue's strategic areas, each once
     * @return this builder
     */
    public Builder areas(Iterable<String> areaIds) {
      fields.areas(nulls.elements("areas", areaIds));
      return this;
    }

    /**
     * Adds strategic areas the priority relates to, after those already added.
     *
     * @param areaIds ids of the dialogue's strategic areas, each once
     * @return this builder
     */
    public Builder addAllAreas(Iterable<String> areaIds) {
      fields.addAllAreas(nulls.elements("areas", areaIds));
      return this;
    }

    /**
     * Sets the region's answer to the priority.
     *
     * @param response the response
     * @return this builder
     * @since 0.2.0
     */
    public Builder response(Response response) {
      fields.response(nulls.value("response", response));
      return this;
    }

    /**
     * Sets or clears the region's answer to the priority.
     *
     * @param response the response, or empty for not yet answered
     * @return this builder
     * @since 0.2.0
     */
    public Builder response(Optional<Response> response) {
      fields.response(nulls.value("response", response));
      return this;
    }

    /**
     * Builds the value after checking it.
     *
     * @return the priority area
     * @throws ModelValidationException naming the field if a required field is not set, a field
     *     is null, or a rule of the model is broken
     */
    public PriorityArea build() {
      nulls.check();
      try {
        return fields.build();
      } catch (IllegalStateException e) {
        throw Texts.missing("priority area", e);
      }
    }
  }

  /** {@return the rank, 1 for the highest; the ranks of one meeting are exactly 1..n} */
  public abstract int rank();

  /** {@return the title as written, e.g. "Boende och Infrastruktur"} */
  public abstract String title();

  /** {@return the description following the title, if the summary gives one} */
  public abstract Optional<String> description();

  /**
   * {@return whether the participants stated the priority or the summary infers it; default explicit}
   */
  @Value.Default
  public Stated stated() {
    return Stated.EXPLICIT;
  }

  /** {@return ids of the strategic areas the priority relates to, possibly none} */
  public abstract List<String> areas();

  /**
   * {@return the region's answer to the priority, or empty if not yet answered}
   *
   * @since 0.2.0
   */
  public abstract Optional<Response> response();

  @Value.Check
  PriorityArea check() {
    if (rank() < 1) {
      throw new ModelValidationException("rank", rank() + " is not a rank: ranks start at 1");
    }
    Texts.requireText("title", title());
    Texts.requireNonNull("stated", stated());
    Texts.requireElements("areas", areas());
    description().ifPresent(text -> Texts.requireText("description", text));
    for (int i = 0; i < areas().size(); i++) {
      Texts.requireText("areas[" + i + "]", areas().get(i));
      if (areas().indexOf(areas().get(i)) != i) {
        throw new ModelValidationException("areas[" + i + "]",
            Texts.quote(areas().get(i)) + " is listed twice");
      }
    }
    if (Texts.needsNormalising(title()) || description().map(Texts::needsNormalising).orElse(false)) {
      return builder().from(this).title(Texts.normalise(title()))
          .description(description().map(Texts::normalise)).build();
    }
    return this;
  }
}
