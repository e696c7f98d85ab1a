package io.github.rusdialog.model;

import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A stakeholder group that took part in a meeting: its name as the summary writes it, its
 * {@link StakeholderKind} and, if the summary says, how many people came for it.
 *
 * <p>Immutable and thread-safe. {@code StakeholderGroup.of("Kommunen")} finds the kind from the
 * catalogue of common Swedish names; unknown names are kept as written with kind {@code other}.
 * {@code StakeholderGroup.of("Unga").withAttendees(6)} is "Unga (6)".
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
public abstract class StakeholderGroup {
  StakeholderGroup() {}

  /** {@return the name as written, e.g. "Kommunen"} */
  @Value.Parameter
  public abstract String name();

  /** {@return the kind of group} */
  @Value.Parameter
  public abstract StakeholderKind kind();

  /**
   * {@return how many people came for the group, 1 or more, if the summary says: 6 for "Unga (6)"}
   *
   * @since 0.2.0
   */
  public abstract OptionalInt attendees();

  /**
   * {@return a copy of this group with this head count; name and kind are kept}
   *
   * @param attendees how many people came for the group, 1 or more
   * @throws ModelValidationException if the number is less than 1
   * @since 0.2.0
   */
  public final StakeholderGroup withAttendees(int attendees) {
    return StakeholderGroupImpl.fields().from(this).attendees(attendees).build();
  }

  /**
   * {@return a copy of this group with this head count, or none; name and kind are kept}
   *
   * @param attendees how many people came for the group, or {@code OptionalInt.empty()} if unknown
   * @throws ModelValidationException if the number is less than 1, or the argument is null
   * @since 0.2.0
   */
  public final StakeholderGroup withAttendees(OptionalInt attendees) {
    Texts.requireNonNull("attendees", attendees);
    return StakeholderGroupImpl.fields().from(this).attendees(attendees).build();
  }

  /**
   * {@return the group with this name and the kind the name catalogue gives it ({@code other} if unknown)}
   *
   * @param name the group's name as written, e.g. "Kommunen"
   */
  public static StakeholderGroup of(String name) {
    Texts.requireNonNull("name", name);
    return of(name, StakeholderKind.forGroupName(name));
  }

  /**
   * {@return the group with this name and kind}
   *
   * @param name the group's name as written
   * @param kind the kind, whatever the name suggests
   */
  public static StakeholderGroup of(String name, StakeholderKind kind) {
    Texts.requireNonNull("name", name);
    Texts.requireNonNull("kind", kind);
    return StakeholderGroupImpl.of(name, kind);
  }

  @Value.Check
  StakeholderGroup check() {
    Texts.requireText("name", name());
    Texts.requireNonNull("kind", kind());
    Texts.requireAttendees("attendees", attendees());
    return Texts.needsNormalising(name())
        ? StakeholderGroupImpl.fields().from(this).name(Texts.normalise(name())).build() : this;
  }
}
