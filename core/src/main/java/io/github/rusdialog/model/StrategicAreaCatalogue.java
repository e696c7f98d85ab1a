package io.github.rusdialog.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The strategic areas of one regional development strategy, looked up by id or by title.
 *
 * <p>Immutable and thread-safe. Regions have catalogues of their own; {@link #norrbotten()} is the
 * one of Region Norrbotten's RUS, which the bundled examples use.
 *
 * @since 0.1.0
 */
public final class StrategicAreaCatalogue {
  private static final StrategicAreaCatalogue NORRBOTTEN = of(List.of(
      StrategicArea.of("culture-housing-work-welfare",
          "Goda möjligheter till kultur, boende, arbete och välfärd"),
      StrategicArea.of("skills", "Väl fungerande kompetensförsörjning och kompetensutveckling"),
      StrategicArea.of("innovation",
          "Innovation och förnyelse samt entreprenörskap och företagande"),
      StrategicArea.of("accessibility",
          "God tillgänglighet genom digital kommunikation och transportsystem")));

  private final List<StrategicArea> areas;
  private final Map<String, StrategicArea> byId = new LinkedHashMap<>();
  private final Map<String, StrategicArea> byTitle = new LinkedHashMap<>();

  private StrategicAreaCatalogue(List<StrategicArea> areas) {
    this.areas = List.copyOf(areas);
    for (int i = 0; i < this.areas.size(); i++) {
      StrategicArea area = this.areas.get(i);
      if (byId.putIfAbsent(area.id(), area) != null) {
        throw new ModelValidationException("[" + i + "].id", Texts.quote(area.id()) + " is used twice");
      }
      if (byTitle.putIfAbsent(titleKey(area.title()), area) != null) {
        throw new ModelValidationException("[" + i + "].title",
            Texts.quote(area.title()) + " is used twice");
      }
    }
  }

  /**
   * {@return a catalogue of these areas, in this order}
   *
   * @param areas the areas; ids and titles must be unique
   * @throws ModelValidationException naming the index if an id or title is used twice
   */
  public static StrategicAreaCatalogue of(List<StrategicArea> areas) {
    InvalidArgumentException.requireNonNull(areas, "areas");
    return new StrategicAreaCatalogue(areas);
  }

  /** {@return the four strategic areas of Region Norrbotten's regional development strategy} */
  public static StrategicAreaCatalogue norrbotten() {
    return NORRBOTTEN;
  }

  /** {@return the areas in catalogue order} */
  public List<StrategicArea> areas() {
    return areas;
  }

  /** {@return the ids in catalogue order} */
  public List<String> ids() {
    return new ArrayList<>(byId.keySet());
  }

  /**
   * {@return the area with this id, if the catalogue has it}
   *
   * @param id the area's id
   */
  public Optional<StrategicArea> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * {@return the area whose title this is, ignoring case, surrounding whitespace and runs of whitespace
   * (including non-breaking spaces), as summaries write headings in capitals or with odd spacing}
   *
   * @param title the title as written
   */
  public Optional<StrategicArea> byTitle(String title) {
    InvalidArgumentException.requireNonNull(title, "title");
    return Optional.ofNullable(byTitle.get(titleKey(title)));
  }

  private static String titleKey(String title) {
    return title.replace('\u00A0', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StrategicAreaCatalogue && areas.equals(((StrategicAreaCatalogue) other).areas);
  }

  @Override
  public int hashCode() {
    return areas.hashCode();
  }

  @Override
  public String toString() {
    return "StrategicAreaCatalogue" + ids();
  }
}
