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
 */
@Value.Immutable
@ModelStyle
public abstract class PriorityArea {
  PriorityArea() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link PriorityArea}; {@link #build()} validates. Setters (each returns this
   * builder): {@code rank(int)} and {@code title(String)}, required; {@code description(String)};
   * {@code stated(Stated)} ({@code explicit} by default); {@code addAreas(String…)},
   * {@code areas(Iterable)} (related strategic area ids); {@code from(PriorityArea)} copies one.
   */
  public static final class Builder extends PriorityAreaImpl.Builder {
    Builder() {}

    /**
     * Builds the value after checking it.
     *
     * @throws ModelValidationException naming the field if a required field is not set or a
     *     rule of the model is broken
     */
    @Override
    public PriorityArea build() {
      try {
        return super.build();
      } catch (IllegalStateException e) {
        throw Texts.missing("priority area", e);
      }
    }
  }

  /** The rank, 1 for the highest; the ranks of one meeting are exactly 1..n. */
  public abstract int rank();

  /** The title as written, e.g. "Boende och Infrastruktur". */
  public abstract String title();

  /** The description following the title, if the summary gives one. */
  public abstract Optional<String> description();

  /** Whether the participants stated the priority or the summary infers it; default explicit. */
  @Value.Default
  public Stated stated() {
    return Stated.EXPLICIT;
  }

  /** Ids of the strategic areas the priority relates to, possibly none. */
  public abstract List<String> areas();

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
    if (Texts.needsStrip(title()) || description().map(Texts::needsStrip).orElse(false)) {
      return builder().from(this).title(title().strip())
          .description(description().map(String::strip)).build();
    }
    return this;
  }
}
