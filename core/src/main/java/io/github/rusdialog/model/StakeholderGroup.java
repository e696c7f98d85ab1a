package io.github.rusdialog.model;

import org.immutables.value.Value;

/**
 * A stakeholder group that took part in a meeting: its name as the summary writes it and its
 * {@link StakeholderKind}.
 *
 * <p>Immutable and thread-safe. {@code StakeholderGroup.of("Kommunen")} finds the kind from the
 * catalogue of common Swedish names; unknown names are kept as written with kind {@code other}.
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
    return Texts.needsNormalising(name()) ? of(Texts.normalise(name()), kind()) : this;
  }
}
