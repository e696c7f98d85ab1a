package io.github.rusdialog.text;

import io.github.rusdialog.model.StrategicArea;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matches lines against the titles of a catalogue's strategic areas: exactly (after {@link
 * TextKeys#key}), or nearly — most of a title's significant words and hardly any other, as in a
 * shortened title ("Väl fungerande kompetensförsörjning.").
 */
final class AreaHeadings {
  private final StrategicAreaCatalogue catalogue;
  private final Map<String, StrategicArea> byKey = new HashMap<>();
  /** Each area's significant title words, made once: every line of a summary is compared with them. */
  private final Map<StrategicArea, List<String>> titleWords = new HashMap<>();

  AreaHeadings(StrategicAreaCatalogue catalogue) {
    this.catalogue = catalogue;
    for (StrategicArea area : catalogue.areas()) {
      String key = TextKeys.key(area.title());
      byKey.putIfAbsent(key, area);
      titleWords.put(area, TextKeys.significantWords(key));
    }
  }

  /** The area whose title this key is. */
  Optional<StrategicArea> exact(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /**
   * The area this key nearly names: it shares at least two of the title's significant words and at
   * least half of them, and has at most one significant word the title does not have (none if the
   * title has two or fewer). The area sharing most words wins.
   */
  Optional<StrategicArea> resembled(String key) {
    List<String> words = TextKeys.significantWords(key);
    if (words.isEmpty() || words.size() > 12) {
      return Optional.empty();
    }
    StrategicArea best = null;
    int bestShared = 0;
    for (StrategicArea area : catalogue.areas()) {
      List<String> title = titleWords.get(area);
      int shared = 0;
      for (String word : words) {
        if (title.stream().anyMatch(t -> TextKeys.sameWord(t, word))) {
          shared++;
        }
      }
      int foreign = words.size() - shared;
      boolean near = shared >= Math.min(2, title.size()) && shared * 2 >= title.size()
          && foreign <= (title.size() <= 2 ? 0 : 1);
      if (near && shared > bestShared) {
        best = area;
        bestShared = shared;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether every significant word of the key is one of the area title's words. */
  boolean onlyTitleWords(StrategicArea area, String key) {
    List<String> title = titleWords.get(area);
    return TextKeys.significantWords(key).stream()
        .allMatch(word -> title.stream().anyMatch(t -> TextKeys.sameWord(t, word)));
  }

  /** The catalogue's titles, quoted, for messages that list them. */
  String titles() {
    StringBuilder titles = new StringBuilder();
    for (StrategicArea area : catalogue.areas()) {
      if (titles.length() > 0) {
        titles.append(", ");
      }
      titles.append('"').append(area.title()).append('"');
    }
    return titles.length() == 0 ? "(the catalogue is empty)" : titles.toString();
  }
}
