package io.github.rusdialog.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A round of dialogue meetings for one regional development strategy: its name, the organiser,
 * the strategic areas in use and the meetings, ordered by date and then title.
 *
 * <p>Immutable and thread-safe. {@link Builder#build()} checks that meeting ids are unique and that
 * every strategic area a meeting refers to is one of {@link #strategicAreas()}.
 * <pre>{@code
 * Dialogue dialogue = Dialogue.builder()
 *     .name("RUS-dialogen").organiser("Region Norrbotten")
 *     .strategicAreas(StrategicAreaCatalogue.norrbotten().areas())
 *     .addMeetings(meeting)
 *     .build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
public abstract class Dialogue {
  private static final Comparator<Meeting> ORDER =
      Comparator.comparing(Meeting::date).thenComparing(Meeting::title).thenComparing(Meeting::id);

  Dialogue() {}

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a builder holding every field of this dialogue, to change some of them: {@code
   * dialogue.toBuilder()…build()} is {@code Dialogue.builder().from(dialogue)…build()}}
   *
   * @since 0.2.0
   */
  public final Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * {@return a copy of this dialogue with another name; everything else, the id included, is kept}
   *
   * @param name the dialogue's name, or {@code Optional.empty()}
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final Dialogue withName(Optional<String> name) {
    return toBuilder().name(name).build();
  }

  /**
   * {@return a copy of this dialogue with another description; everything else is kept}
   *
   * @param description the description, or {@code Optional.empty()}
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final Dialogue withDescription(Optional<String> description) {
    return toBuilder().description(description).build();
  }

  /**
   * {@return a copy of this dialogue with another organiser; everything else, the id included, is kept}
   *
   * @param organiser who holds the dialogue, or {@code Optional.empty()}
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final Dialogue withOrganiser(Optional<String> organiser) {
    return toBuilder().organiser(organiser).build();
  }

  /**
   * {@return a copy of this dialogue with another set of strategic areas; everything else, the id included, is kept}
   *
   * @param strategicAreas the strategic areas, in strategy order
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final Dialogue withStrategicAreas(Iterable<? extends StrategicArea> strategicAreas) {
    return toBuilder().strategicAreas(strategicAreas).build();
  }

  /**
   * {@return a copy of this dialogue with another list of meetings; everything else, the id included, is kept}
   *
   * @param meetings the meetings
   * @throws ModelValidationException if the copy breaks a rule of the model
   * @since 0.2.0
   */
  public final Dialogue withMeetings(Iterable<? extends Meeting> meetings) {
    return toBuilder().meetings(meetings).build();
  }

  /**
   * Builds a {@link Dialogue}: set the fields, then {@link #build()} checks them. Every setter
   * returns this builder. A null, like any other invalid value, is reported by {@link #build()} as
   * a {@link ModelValidationException} naming the field.
   */
  public static final class Builder {
    private final DialogueImpl.Fields fields = DialogueImpl.fields();
    private final NullSettings nulls = new NullSettings();

    Builder() {}

    /**
     * Copies every field of {@code dialogue}, to change some of them.
     *
     * @param dialogue the dialogue to copy
     * @return this builder
     */
    public Builder from(Dialogue dialogue) {
      Texts.requireNonNull("dialogue", dialogue);
      fields.from(dialogue);
      return this;
    }

    /**
     * Sets the name. The dialogue's name, e.g. "RUS-dialogen".
     *
     * @param name text that is not blank; surrounding whitespace is removed
     * @return this builder
     */
    public Builder name(String name) {
      fields.name(nulls.text("name", name));
      return this;
    }

    /**
     * Sets or clears the name.
     *
     * @param name the name, or empty for none
     * @return this builder
     */
    public Builder name(Optional<String> name) {
      fields.name(nulls.text("name", name));
      return this;
    }

    /**
     * Sets the description: what the document the dialogue was read from says of it before its
     * first meeting, such as a compilation's cover ("Region Norrbotten, våren 2024").
     *
     * @param description text that is not blank; surrounding whitespace is removed
     * @return this builder
     * @since 0.2.0
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
     * @since 0.2.0
     */
    public Builder description(Optional<String> description) {
      fields.description(nulls.text("description", description));
      return this;
    }

    /**
     * Sets the organiser. Who holds the dialogue, e.g. "Region Norrbotten".
     *
     * @param organiser text that is not blank; surrounding whitespace is removed
     * @return this builder
     */
    public Builder organiser(String organiser) {
      fields.organiser(nulls.text("organiser", organiser));
      return this;
    }

    /**
     * Sets or clears the organiser.
     *
     * @param organiser the organiser, or empty for none
     * @return this builder
     */
    public Builder organiser(Optional<String> organiser) {
      fields.organiser(nulls.text("organiser", organiser));
      return this;
    }

    /**
     * Adds one strategic area.
     *
     * @param area the strategic area
     * @return this builder
     */
    public Builder addStrategicAreas(StrategicArea area) {
      fields.addStrategicAreas(area);
      return this;
    }

    /**
     * Adds strategic areas, in order.
     *
     * @param strategicAreas the strategic areas
     * @return this builder
     */
    public Builder addStrategicAreas(StrategicArea... strategicAreas) {
      fields.addAllStrategicAreas(nulls.elements("strategicAreas", strategicAreas));
      return this;
    }

    /**
     * Replaces the strategic areas.
     *
     * @param strategicAreas the strategic areas, in order
     * @return this builder
     */
    public Builder strategicAreas(Iterable<? extends StrategicArea> strategicAreas) {
      fields.strategicAreas(nulls.elements("strategicAreas", strategicAreas));
      return this;
    }

    /**
     * Adds strategic areas, in order, after those already added.
     *
     * @param strategicAreas the strategic areas
     * @return this builder
     */
    public Builder addAllStrategicAreas(Iterable<? extends StrategicArea> strategicAreas) {
      fields.addAllStrategicAreas(nulls.elements("strategicAreas", strategicAreas));
      return this;
    }

    /**
     * Adds one meeting.
     *
     * @param meeting the meeting
     * @return this builder
     */
    public Builder addMeetings(Meeting meeting) {
      fields.addMeetings(meeting);
      return this;
    }

    /**
     * Adds meetings, in order.
     *
     * @param meetings the meetings
     * @return this builder
     */
    public Builder addMeetings(Meeting... meetings) {
      fields.addAllMeetings(nulls.elements("meetings", meetings));
      return this;
    }

    /**
     * Replaces the meetings.
     *
     * @param meetings the meetings, in order
     * @return this builder
     */
    public Builder meetings(Iterable<? extends Meeting> meetings) {
      fields.meetings(nulls.elements("meetings", meetings));
      return this;
    }

    /**
     * Adds meetings, in order, after those already added.
     *
     * @param meetings the meetings
     * @return this builder
     */
    public Builder addAllMeetings(Iterable<? extends Meeting> meetings) {
      fields.addAllMeetings(nulls.elements("meetings", meetings));
      return this;
    }

    /**
     * Builds the value after checking it.
     *
     * @return the dialogue
     * @throws ModelValidationException naming the field if a required field is not set, a field
     *     is null, or a rule of the model is broken
     */
    public Dialogue build() {
      nulls.check();
      try {
        return fields.build();
      } catch (IllegalStateException e) {
        throw Texts.missing("dialogue", e);
      }
    }
  }

  /** {@return the dialogue's name, e.g. "RUS-dialogen", if known} */
  public abstract Optional<String> name();

  /** {@return who runs the dialogue, e.g. "Region Norrbotten", if known} */
  public abstract Optional<String> organiser();

  /**
   * {@return what the document says of the dialogue before its first meeting (a compilation's
   * cover), verbatim, if it says anything}
   *
   * @since 0.2.0
   */
  public abstract Optional<String> description();

  /** {@return the strategic areas the meetings' input is sorted under, in strategy order} */
  public abstract List<StrategicArea> strategicAreas();

  /** {@return the meetings, ordered by date, then title} */
  public abstract List<Meeting> meetings();

  /** {@return the strategic areas as a catalogue, for lookup by id or title} */
  @Value.Lazy
  public StrategicAreaCatalogue catalogue() {
    return StrategicAreaCatalogue.of(strategicAreas());
  }

  /**
   * Puts dialogues together into one, as the command line does with several input files: the
   * name, organiser and description of the first part that has them, the strategic areas of all parts joined
   * by id, and all meetings.
   *
   * @param parts the dialogues, in the order their names and organisers take precedence
   * @return the combined dialogue
   * @throws ModelValidationException naming the parts if one strategic area id has two titles,
   *     or one meeting id appears twice ({@code parts[2].meetings[0].id: "bolagsdagen-2024-03-13"
   *     is also in parts[0]})
   */
  public static Dialogue combine(List<Dialogue> parts) {
    InvalidArgumentException.requireNonNull(parts, "parts");
    Builder combined = builder();
    Map<String, StrategicArea> areas = new LinkedHashMap<>();
    Map<String, Integer> areaParts = new HashMap<>();
    Map<String, Integer> meetingParts = new HashMap<>();
    Optional<String> name = Optional.empty();
    Optional<String> organiser = Optional.empty();
    Optional<String> description = Optional.empty();
    for (int p = 0; p < parts.size(); p++) {
      Dialogue part = parts.get(p);
      name = name.or(part::name);
      description = description.or(part::description);
      organiser = organiser.or(part::organiser);
      for (StrategicArea area : part.strategicAreas()) {
        StrategicArea known = areas.putIfAbsent(area.id(), area);
        if (known != null && !known.equals(area)) {
          throw new ModelValidationException("parts[" + p + "].strategicAreas", "the area '" + area.id()
              + "' is titled " + Texts.quote(area.title()) + " here but " + Texts.quote(known.title())
              + " in parts[" + areaParts.get(area.id()) + "]");
        }
        areaParts.putIfAbsent(area.id(), p);
      }
      for (int m = 0; m < part.meetings().size(); m++) {
        Meeting meeting = part.meetings().get(m);
        Integer first = meetingParts.putIfAbsent(meeting.id(), p);
        if (first != null) {
          throw new ModelValidationException("parts[" + p + "].meetings[" + m + "].id", Texts.quote(meeting.id())
              + " is also in parts[" + first + "]; each meeting may appear once");
        }
        combined.addMeetings(meeting);
      }
    }
    return combined.name(name).organiser(organiser).description(description).strategicAreas(areas.values()).build();
  }

  /**
   * {@return the strategic area with this id, for ids this dialogue holds (every area id in its meetings
   * is one: the model checks it); throws {@link IllegalArgumentException} for any other} For an
   * id from elsewhere, {@code catalogue().byId(id)} returns an {@code Optional}: lookups by a key
   * the caller brings return {@code Optional} throughout the model.
   *
   * @param id the area\'s id
   */
  public final StrategicArea strategicArea(String id) {
    Optional<StrategicArea> area = catalogue().byId(id);
    if (area.isEmpty()) {
      throw new InvalidArgumentException("No strategic area '" + id + "'; known: " + catalogue().ids());
    }
    return area.get();
  }

  @Value.Check
  Dialogue check() {
    Texts.requireElements("strategicAreas", strategicAreas());
    Texts.requireElements("meetings", meetings());
    name().ifPresent(text -> Texts.requireText("name", text));
    description().ifPresent(text -> Texts.requireText("description", text));
    organiser().ifPresent(text -> Texts.requireText("organiser", text));
    StrategicAreaCatalogue catalogue;
    try {
      catalogue = StrategicAreaCatalogue.of(strategicAreas());
    } catch (ModelValidationException e) {
      throw e.under("strategicAreas");
    }
    Map<String, Integer> ids = new HashMap<>();
    for (int m = 0; m < meetings().size(); m++) {
      Meeting meeting = meetings().get(m);
      Integer first = ids.putIfAbsent(meeting.id(), m);
      if (first != null) {
        throw new ModelValidationException("meetings[" + m + "].id", Texts.quote(meeting.id())
            + " is used by two meetings (also meetings[" + first + "])");
      }
      checkAreaReferences(catalogue, m, meeting);
    }
    boolean ordered = true;
    for (int m = 1; m < meetings().size() && ordered; m++) {
      ordered = ORDER.compare(meetings().get(m - 1), meetings().get(m)) <= 0;
    }
    boolean strip = name().map(Texts::needsNormalising).orElse(false)
        || organiser().map(Texts::needsNormalising).orElse(false)
        || description().map(Texts::needsNormalising).orElse(false);
    if (!ordered || strip) {
      List<Meeting> sorted = new ArrayList<>(meetings());
      sorted.sort(ORDER);
      return builder().from(this).meetings(sorted)
          .name(name().map(Texts::normalise)).organiser(organiser().map(Texts::normalise))
          .description(description().map(Texts::normalise)).build();
    }
    return this;
  }

  private static void checkAreaReferences(StrategicAreaCatalogue catalogue, int m, Meeting meeting) {
    for (int a = 0; a < meeting.areas().size(); a++) {
      String id = meeting.areas().get(a).area();
      if (catalogue.byId(id).isEmpty()) {
        throw unknownArea(catalogue, "meetings[" + m + "].areas[" + a + "].area", id);
      }
    }
    for (int p = 0; p < meeting.priorities().size(); p++) {
      List<String> areas = meeting.priorities().get(p).areas();
      for (int a = 0; a < areas.size(); a++) {
        if (catalogue.byId(areas.get(a)).isEmpty()) {
          throw unknownArea(catalogue, "meetings[" + m + "].priorities[" + p + "].areas[" + a + "]",
              areas.get(a));
        }
      }
    }
  }

  private static ModelValidationException unknownArea(
      StrategicAreaCatalogue catalogue, String field, String id) {
    if (catalogue.areas().isEmpty()) {
      return new ModelValidationException(field, Texts.quote(id) + " is not a strategic area of this"
          + " dialogue, which has none: give the dialogue its strategic areas, e.g."
          + " strategicAreas(StrategicAreaCatalogue.norrbotten().areas())");
    }
    return new ModelValidationException(field, Texts.quote(id)
        + " is not a strategic area of this dialogue; known: " + String.join(", ", catalogue.ids()));
  }
}
