package io.github.rusdialog.model;

import org.immutables.value.Value;

/**
 * One strategic area of a regional development strategy: a stable id used in data and a title as
 * the strategy words it.
 *
 * <p>Immutable and thread-safe. {@code StrategicArea.of("skills", "Väl fungerande
 * kompetensförsörjning och kompetensutveckling")}. Catalogues of areas live in {@link
 * StrategicAreaCatalogue}.
 */
@Value.Immutable
@ModelStyle
public abstract class StrategicArea {
  StrategicArea() {}

  /** The stable id: lowercase letters, digits and single hyphens, e.g. {@code accessibility}. */
  @Value.Parameter
  public abstract String id();

  /** The title as the strategy words it. */
  @Value.Parameter
  public abstract String title();

  /** Returns the area with this id and title; throws {@link ModelValidationException} if invalid. */
  public static StrategicArea of(String id, String title) {
    return StrategicAreaImpl.of(id, title);
  }

  @Value.Check
  StrategicArea check() {
    Texts.requireId("id", id());
    Texts.requireText("title", title());
    return Texts.needsStrip(title()) ? of(id(), title().strip()) : this;
  }
}
