package io.github.rusdialog.model;

import org.immutables.value.Value;

/**
 * A stakeholder group that took part in a meeting: its name as the summary writes it and its
 * {@link StakeholderKind}.
 *
 * <p>Immutable and thread-safe. {@code StakeholderGroup.of("Kommunen")} finds the kind from the
 * catalogue of common Swedish names; unknown names are kept as written with kind {@code other}.
 */
@Value.Immutable
@ModelStyle
public abstract class StakeholderGroup {
  StakeholderGroup() {}

  /** The name as written, e.g. "Kommunen". */
  @Value.Parameter
  public abstract String name();

  /** The kind of group. */
  @Value.Parameter
  public abstract StakeholderKind kind();

  /** The group with this name and the kind the name catalogue gives it ({@code other} if unknown). */
  public static StakeholderGroup of(String name) {
    Texts.requireNonNull("name", name);
    return of(name, StakeholderKind.forGroupName(name));
  }

  /** The group with this name and kind. */
  public static StakeholderGroup of(String name, StakeholderKind kind) {
    Texts.requireNonNull("name", name);
    Texts.requireNonNull("kind", kind);
    return StakeholderGroupImpl.of(name, kind);
  }

  @Value.Check
  StakeholderGroup check() {
    Texts.requireText("name", name());
    Texts.requireNonNull("kind", kind());
    return Texts.needsStrip(name()) ? of(name().strip(), kind()) : this;
  }
}
