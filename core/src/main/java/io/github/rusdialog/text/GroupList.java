package io.github.rusdialog.text;

import io.github.rusdialog.model.StakeholderGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The participating groups of one summary, as listed after the intro: one per line or bullet, or
 * several on a line separated by commas, semicolons and a final "och"/"samt".
 */
final class GroupList {
  /** Longer than any group name in practice ("Luleå tekniska universitet, institutionen för …"). */
  static final int MAX_NAME_LENGTH = 80;
  private static final int MAX_NAME_WORDS = 8;
  private static final Pattern SEPARATOR = Pattern.compile("[,;]");
  private static final Pattern LAST_JOIN = Pattern.compile("\\s+(?:och|samt)\\s+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;:!]+$");

  private final Places places;
  private final List<StakeholderGroup> groups = new ArrayList<>();
  private final Map<String, Integer> lines = new HashMap<>();

  GroupList(Places places) {
    this.places = places;
  }

  /** Adds the groups written on one line, or on the lines of one paragraph (one or more per line). */
  void add(String text, int line) throws SummaryFormatException {
    if (text.indexOf('\n') >= 0) {
      for (String part : text.split("\n")) {
        add(part, line);
      }
      return;
    }
    List<String> names = new ArrayList<>(List.of(SEPARATOR.split(text, -1)));
    if (names.size() > 1) {
      // "Kommunen, Näringsliv och Unga": the last of a list is joined with "och" or "samt".
      String last = names.remove(names.size() - 1);
      names.addAll(List.of(LAST_JOIN.split(last)));
    }
    for (String raw : names) {
      // "Unga." is the group Unga: the full stop ends the line, not the name.
      String name = Line.strip(TRAILING_PUNCTUATION.matcher(Line.strip(raw)).replaceFirst(""));
      if (name.isEmpty()) {
        continue;
      }
      if (name.length() > MAX_NAME_LENGTH || TextKeys.wordCount(name) > MAX_NAME_WORDS
          || name.contains(". ") || name.contains("? ") || name.contains("! ")) {
        throw places.error(line, Places.quote(name) + " is not a group"
            + " name: after \"deltog företrädare för:\" each line names a participating group (at most "
            + MAX_NAME_WORDS + " words); if this is running text, move it into the intro paragraph"
            + " above the groups, or put a heading such as \"Mest prioriterade områden enligt"
            + " deltagarna\" before it");
      }
      Integer first = lines.putIfAbsent(name.toLowerCase(Locale.ROOT), line);
      if (first != null) {
        throw places.error(line,
            "the group \"" + name + "\" is listed twice (also " + places.ref(first) + ")");
      }
      groups.add(StakeholderGroup.of(name));
    }
  }

  List<StakeholderGroup> groups() {
    return groups;
  }

}
