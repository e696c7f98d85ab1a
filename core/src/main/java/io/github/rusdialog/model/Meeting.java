package io.github.rusdialog.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * One dialogue meeting and what came out of it: title, date, the summary's intro, how many people
 * came, the stakeholder groups that took part, the ranked priority areas, and the input per
 * strategic area.
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
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
public abstract class Meeting {
  Meeting() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder holding every field of this meeting, to change some of them: {@code
   * meeting.toBuilder()…build()} is {@code Meeting.builder().from(meeting)…build()}}
   *
   * @since 0.2.0
   */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return a copy of this meeting with another title; everything else, the id included, is kept}
   *
   * @param title the title
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final Meeting withTitle(String title) {
    return toBuilder().title(title).build();
  }

  /**
   * {@return a copy of this meeting with another date; everything else, the id included, is kept}
   *
   * @param date the date
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final Meeting withDate(LocalDate date) {
    return toBuilder().date(date).build();
  }

  /**
   * {@return a copy of this meeting with another summary; everything else, the id included, is kept}
   *
   * @param summary the intro text, or {@code Optional.empty()} for none
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final Meeting withSummary(Optional<String> summary) {
    return toBuilder().summary(summary).build();
  }

  /**
   * {@return a copy of this meeting with another total head count, or none; everything else, the
   * id included, is kept}
   *
   * @param attendees how many people took part, or {@code OptionalInt.empty()} if unknown
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final Meeting withAttendees(OptionalInt attendees) {
    return toBuilder().attendees(attendees).build();
  }

  /**
   * {@return a copy of this meeting with another list of participants; everything else, the id included, is kept}
   *
   * @param participants the participating groups, in order
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final Meeting withParticipants(Iterable<? extends StakeholderGroup> participants) {
    return toBuilder().participants(participants).build();
  }

  /**
   * {@return a copy of this meeting with another list of priorities; everything else, the id included, is kept}
   *
   * @param priorities the priorities, ranked 1..n
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final Meeting withPriorities(Iterable<? extends PriorityArea> priorities) {
    return toBuilder().priorities(priorities).build();
  }

  /**
   * {@return a copy of this meeting with another list of areas; everything else, the id included, is kept}
   *
   * @param areas the input per strategic area
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final Meeting withAreas(Iterable<? extends AreaInput> areas) {
    return toBuilder().areas(areas).build();
  }

  /**
   * Builds a {@link Meeting}: set the fields, then {@link #build()} checks them. Every setter
   * returns this builder. A null, like any other invalid value, is reported by {@link #build()} as
   * a {@link ModelValidationException} naming the field.
   */
  public static final class Builder {
    private final MeetingImpl.Fields fields = MeetingImpl.fields();
    private final NullSettings nulls = new NullSettings();

    Builder() {}

    /**
     * Copies every field of {@code meeting}, its id included, to change some of them: a copy
     * keeps the meeting's id whatever else it changes, wherever the meeting came from (a text
     * summary, JSON, a workbook), as every format keeps it. For another id, set one with {@link
     * #id}.
     *
     * @param meeting the meeting to copy
     * @return this builder
     */
    public Builder from(Meeting meeting) {
      Texts.requireNonNull("meeting", meeting);
      fields.from(meeting);
      // The id is derived once, when a meeting is first made; copies keep it (issue 25).
      fields.explicitId(meeting.id());
      return this;
    }

    /**
     * Sets the id (lowercase letters, digits and single hyphens). Without it a new meeting's id is
     * derived from its title and date; either way, copies made with {@code from(meeting)} keep it.
     *
     * @param id the id, e.g. {@code bolagsdagen-2024-03-13}
     * @return this builder
     */
    public Builder id(String id) {
      Texts.requireNonNull("id", id);
      fields.explicitId(id);
      return this;
    }

    /**
     * Sets the title (required), as the summary gives it.
     *
     * @param title text that is not blank; surrounding whitespace is removed
     * @return this builder
     */
    public Builder title(String title) {
      fields.title(title);
      return this;
    }

    /**
     * Sets the date the meeting was held (required).
     *
     * @param date the date
     * @return this builder
     */
    public Builder date(LocalDate date) {
      fields.date(date);
      return this;
    }

    /**
     * Sets the intro summary. The summary's opening text, before the participants and priorities.
     *
     * @param summary text that is not blank; surrounding whitespace is removed
     * @return this builder
     */
    public Builder summary(String summary) {
      fields.summary(nulls.text("summary", summary));
      return this;
    }

    /**
     * Sets or clears the intro summary.
     *
     * @param summary the intro summary, or empty for none
     * @return this builder
     */
    public Builder summary(Optional<String> summary) {
      fields.summary(nulls.text("summary", summary));
      return this;
    }

    /**
     * Sets how many people took part in all, for summaries that give a total ("Antal deltagare:
     * 23"); the groups' own head counts are on {@link StakeholderGroup#attendees()}.
     *
     * @param attendees 1 or more
     * @return this builder
     * @since 0.2.0
     */
    public Builder attendees(int attendees) {
      fields.attendees(attendees);
      return this;
    }

    /**
     * Sets or clears how many people took part in all.
     *
     * @param attendees the total, or {@code OptionalInt.empty()} if unknown
     * @return this builder
     * @since 0.2.0
     */
    public Builder attendees(OptionalInt attendees) {
      fields.attendees(nulls.count("attendees", attendees));
      return this;
    }

    /**
     * Adds one participating group.
     *
     * @param participant the participating group
     * @return this builder
     */
    public Builder addParticipants(StakeholderGroup participant) {
      fields.addParticipants(participant);
      return this;
    }

    /**
     * Adds participating groups, in order.
     *
     * @param participants the participating groups
     * @return this builder
     */
    public Builder addParticipants(StakeholderGroup... participants) {
      fields.addAllParticipants(nulls.elements("participants", participants));
      return this;
    }

    /**
     * Replaces the participating groups.
     *
     * @param participants the participating groups, in order
     * @return this builder
     */
    public Builder participants(Iterable<? extends StakeholderGroup> participants) {
      fields.participants(nulls.elements("participants", participants));
      return this;
    }

    /**
     * Adds participating groups, in order, after those already added.
     *
     * @param participants the participating groups
     * @return this builder
     */
    public Builder addAllParticipants(Iterable<? extends StakeholderGroup> participants) {
      fields.addAllParticipants(nulls.elements("participants", participants));
      return this;
    }

    /**
     * Adds one priority area.
     *
     * @param priority the priority area
     * @return this builder
     */
    public Builder addPriorities(PriorityArea priority) {
      fields.addPriorities(priority);
      return this;
    }

    /**
     * Adds priority areas, in order.
     *
     * @param priorities the priority areas
     * @return this builder
     */
    public Builder addPriorities(PriorityArea... priorities) {
      fields.addAllPriorities(nulls.elements("priorities", priorities));
      return this;
    }

    /**
     * Replaces the priority areas.
     *
     * @param priorities the priority areas, in order
     * @return this builder
     */
    public Builder priorities(Iterable<? extends PriorityArea> priorities) {
      fields.priorities(nulls.elements("priorities", priorities));
      return this;
    }

    /**
     * Adds priority areas, in order, after those already added.
     *
     * @param priorities the priority areas
     * @return this builder
     */
    public Builder addAllPriorities(Iterable<? extends PriorityArea> priorities) {
      fields.addAllPriorities(nulls.elements("priorities", priorities));
      return this;
    }

    /**
     * Adds the input for one strategic area.
     *
     * @param area the strategic area's input
     * @return this builder
     */
    public Builder addAreas(AreaInput area) {
      fields.addAreas(area);
      return this;
    }

    /**
     * Adds inputs per strategic area, in order.
     *
     * @param areas the inputs per strategic area
     * @return this builder
     */
    public Builder addAreas(AreaInput... areas) {
      fields.addAllAreas(nulls.elements("areas", areas));
      return this;
    }

    /**
     * Replaces the inputs per strategic area.
     *
     * @param areas the inputs per strategic area, in order
     * @return this builder
     */
    public Builder areas(Iterable<? extends AreaInput> areas) {
      fields.areas(nulls.elements("areas", areas));
      return this;
    }

    /**
     * Adds inputs per strategic area, in order, after those already added.
     *
     * @param areas the inputs per strategic area
     * @return this builder
     */
    public Builder addAllAreas(Iterable<? extends AreaInput> areas) {
      fields.addAllAreas(nulls.elements("areas", areas));
      return this;
    }

    /**
     * Builds the value after checking it.
     *
     * @return the meeting
     * @throws ModelValidationException naming the field if a required field is not set, a field
     *     is null, or a rule of the model is broken
     */
    public Meeting build() {
      nulls.check();
      try {
        return fields.build();
      } catch (IllegalStateException e) {
        throw Texts.missing("meeting", e);
      }
    }
  }

  /**
   * The id as set with {@link Builder#id(String)} or copied with {@link Builder#from}, if it was;
   * absent only for a meeting made new, whose id is then derived. Not part of equality (the id
   * itself is).
   */
  @Value.Auxiliary
  abstract Optional<String> explicitId();

  /**
   * {@return a stable id (lowercase letters, digits, hyphens): the one set with {@link Builder#id(String)},
   * else derived from the title and date when the meeting was first made, e.g. {@code
   * bolagsdagen-2024-03-13}; copies keep it}
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

  /** {@return the title as written, e.g. "Bolagsdagen"} */
  public abstract String title();

  /** {@return the day the meeting was held} */
  public abstract LocalDate date();

  /** {@return the summary's intro paragraph, verbatim, if it has one} */
  public abstract Optional<String> summary();

  /**
   * {@return how many people took part in all, 1 or more, if the summary gives a total
   * ("Antal deltagare: 23"); the groups' head counts are on {@link StakeholderGroup#attendees()}}
   *
   * @since 0.2.0
   */
  public abstract OptionalInt attendees();

  /** {@return the stakeholder groups that took part, in summary order} */
  public abstract List<StakeholderGroup> participants();

  /** {@return the ranked priority areas, in rank order} */
  public abstract List<PriorityArea> priorities();

  /** {@return the input per strategic area, in summary order} */
  public abstract List<AreaInput> areas();

  /**
   * {@return the input for the strategic area with this id, if the meeting has one}
   *
   * @param areaId the strategic area's id
   */
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
    Texts.requireAttendees("attendees", attendees());
    checkParticipants();
    boolean rankOrder = checkRanks();
    checkAreas();
    if (!rankOrder || Texts.needsNormalising(title()) || summary().map(Texts::needsNormalising).orElse(false)) {
      List<PriorityArea> sorted = new ArrayList<>(priorities());
      sorted.sort(Comparator.comparingInt(PriorityArea::rank));
      return builder().from(this).title(Texts.normalise(title())).summary(summary().map(Texts::normalise))
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
