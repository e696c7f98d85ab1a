package io.github.rusdialog.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One dialogue meeting and what came out of it: title, date, the summary's intro, the stakeholder
 * groups that took part, the ranked priority areas, and the input per strategic area.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} checks that ranks are exactly 1..n,
 * participants are unique (ignoring case), and no strategic area has two inputs; priorities are
 * kept in rank order.
 * <pre>{@code
 * Meeting meeting = Meeting.builder()
 *     .title("Bolagsdagen").date(LocalDate.of(2024, 3, 13))
 *     .addParticipants(StakeholderGroup.of("Kommunen"))
 *     .addPriorities(PriorityArea.builder().rank(1).title("Boende och Infrastruktur").build())
 *     .build();
 * }</pre>
 */
@Value.Immutable
@ModelStyle
public abstract class Meeting {
  Meeting() {}

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Meeting}; {@link #build()} validates. Setters (each returns this builder):
   * {@code title(String)} and {@code date(LocalDate)}, required; {@link #id(String)}, else
   * derived; {@code summary(String)} or {@code summary(Optional)}; {@code addParticipants(…)},
   * {@code addAllParticipants(Iterable)}, {@code participants(Iterable)} (replaces);
   * {@code addPriorities(…)}, {@code addAllPriorities}, {@code priorities}; {@code addAreas(…)},
   * {@code addAllAreas}, {@code areas}; {@code from(Meeting)} copies a meeting. Everything is checked at build, nulls included
   * ({@link ModelValidationException} naming the field), except that the setters of optional
   * fields ({@code summary(String)}) refuse null at once with {@code NullPointerException}.
   */
  public static final class Builder extends MeetingImpl.Builder {
    Builder() {}

    /**
     * Builds the value after checking it.
     *
     * @throws ModelValidationException naming the field if a required field is not set or a
     *     rule of the model is broken
     */
    @Override
    public Meeting build() {
      try {
        return super.build();
      } catch (IllegalStateException e) {
        throw Texts.missing("meeting", e);
      }
    }

    /**
     * Sets the id (lowercase letters, digits and single hyphens). An id set here stays the
     * meeting's id in copies made with {@code from(meeting)}, whatever else they change; without
     * it the id is derived from the title and date, and a copy with a new title or date gets a
     * new id.
     */
    public Builder id(String id) {
      Texts.requireNonNull("id", id);
      explicitId(id);
      return this;
    }
  }

  /**
   * The id as set with {@link Builder#id(String)}, if it was. Kept apart from {@link #id()} so
   * that a derived id is derived again when a copy changes the title or date; not part of
   * equality (the id itself is).
   */
  @Value.Auxiliary
  abstract Optional<String> explicitId();

  /**
   * A stable id (lowercase letters, digits, hyphens): the one set with {@link Builder#id(String)},
   * else derived from the title and date, e.g. {@code bolagsdagen-2024-03-13}.
   */
  @Value.Derived
  public String id() {
    if (explicitId().isPresent()) {
      return explicitId().get();
    }
    if (title() == null || date() == null) {
      // Reported by check(), which runs next, as a missing title or date.
      return "";
    }
    String slug = Slugs.of(title());
    return slug.isEmpty() ? date().toString() : slug + "-" + date();
  }

  /** The title as written, e.g. "Bolagsdagen". */
  public abstract String title();

  /** The day the meeting was held. */
  public abstract LocalDate date();

  /** The summary's intro paragraph, verbatim, if it has one. */
  public abstract Optional<String> summary();

  /** The stakeholder groups that took part, in summary order. */
  public abstract List<StakeholderGroup> participants();

  /** The ranked priority areas, in rank order. */
  public abstract List<PriorityArea> priorities();

  /** The input per strategic area, in summary order. */
  public abstract List<AreaInput> areas();

  /** The input for the strategic area with this id, if the meeting has one. */
  public final Optional<AreaInput> area(String areaId) {
    return areas().stream().filter(input -> input.area().equals(areaId)).findFirst();
  }

  @Value.Check
  Meeting check() {
    Texts.requireText("title", title());
    Texts.requireNonNull("date", date());
    Texts.requireElements("participants", participants());
    Texts.requireElements("priorities", priorities());
    Texts.requireElements("areas", areas());
    Texts.requireId("id", id());
    summary().ifPresent(text -> Texts.requireText("summary", text));
    checkParticipants();
    boolean rankOrder = checkRanks();
    checkAreas();
    if (!rankOrder || Texts.needsStrip(title()) || summary().map(Texts::needsStrip).orElse(false)) {
      List<PriorityArea> sorted = new ArrayList<>(priorities());
      sorted.sort(Comparator.comparingInt(PriorityArea::rank));
      return builder().from(this).title(title().strip()).summary(summary().map(String::strip))
          .priorities(sorted).build();
    }
    return this;
  }

  private void checkParticipants() {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < participants().size(); i++) {
      String name = participants().get(i).name();
      Integer first = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
      if (first != null) {
        throw new ModelValidationException("participants[" + i + "].name",
            Texts.quote(name) + " is listed twice (also participants[" + first + "])");
      }
    }
  }

  /** Checks that ranks are exactly 1..n; returns whether they are already in rank order. */
  private boolean checkRanks() {
    int n = priorities().size();
    Integer[] holder = new Integer[n + 1];
    boolean ordered = true;
    for (int i = 0; i < n; i++) {
      int rank = priorities().get(i).rank();
      if (rank > n) {
        throw new ModelValidationException("priorities[" + i + "].rank", rank
            + ", but the meeting has " + n + (n == 1 ? " priority" : " priorities")
            + ": ranks must be exactly 1.." + n);
      }
      if (holder[rank] != null) {
        throw new ModelValidationException("priorities[" + i + "].rank",
            rank + " is used twice (also priorities[" + holder[rank] + "])");
      }
      holder[rank] = i;
      ordered &= rank == i + 1;
    }
    return ordered;
  }

  private void checkAreas() {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < areas().size(); i++) {
      Integer first = seen.putIfAbsent(areas().get(i).area(), i);
      if (first != null) {
        throw new ModelValidationException("areas[" + i + "].area", Texts.quote(areas().get(i).area())
            + " has two inputs (also areas[" + first + "]); merge them into one");
      }
    }
  }
}
