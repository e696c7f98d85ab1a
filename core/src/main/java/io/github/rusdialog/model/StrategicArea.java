package io.github.rusdialog.model;

import org.immutables.value.Value;

/**
 * One strategic area of a regional development strategy: a stable id used in data and a title as
 * the strategy words it.
 *
 * <p>Immutable and thread-safe. {@code StrategicArea.of("skills", "Väl fungerande
 * kompetensförsörjning och kompetensutveckling")}. Catalogues of areas live in {@link
 * StrategicAreaCatalogue}.
 *
 * @since 0.1.0
 */
@Value.Immutable
@ModelStyle
public abstract class StrategicArea {
  StrategicArea() {}

  /**
   * {@return the stable id: lowercase letters, digits and single hyphens, e.g. {@code accessibility}}
   */
  @Value.Parameter
  public abstract String id();

  /** {@return the title as the strategy words it} */
  @Value.Parameter
  public abstract String title();

  /**
   * {@return the area with this id and title}
   *
   * @param id lowercase letters, digits and single hyphens, e.g. {@code skills}
   * @param title the title as the strategy writes it
   * @throws ModelValidationException if the id or title is invalid
   */
  public static StrategicArea of(String id, String title) {
    return StrategicAreaImpl.of(id, title);
  }

  @Value.Check
  StrategicArea check() {
    Texts.requireId("id", id());
    Texts.requireText("title", title());
    return Texts.needsNormalising(title()) ? of(id(), Texts.normalise(title())) : this;
  }
}
