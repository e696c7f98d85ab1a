package io.github.rusdialog.text;

import io.github.rusdialog.model.StakeholderGroup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * The participating groups of one summary, as listed after the intro: one per line or bullet, or
 * several on a line separated by commas, semicolons and a final "och"/"samt"; each with its head
 * count if the summary gives one ("Unga (6)"), and the meeting's total ("Antal deltagare: 23").
 */
final class GroupList {
  /** Longer than any group name in practice ("Luleå tekniska universitet, institutionen för …"). */
  static final int MAX_NAME_LENGTH = 80;
  private static final int MAX_NAME_WORDS = 8;
  private static final Pattern LAST_JOIN = Pattern.compile("\\s+(?:och|samt)\\s+");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;:!]+$");

  private final Places places;
  private final List<StakeholderGroup> groups = new ArrayList<>();
  private final Map<String, Integer> lines = new HashMap<>();
  private OptionalInt total = OptionalInt.empty();
  private int totalLine;

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
    OptionalInt lineTotal = HeadCountForms.total(text);
    if (lineTotal.isPresent()) {
      addTotal(lineTotal.getAsInt(), line);
      return;
    }
    List<String> names = split(text);
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
      OptionalInt partTotal = HeadCountForms.total(name);
      if (partTotal.isPresent()) {
        addTotal(partTotal.getAsInt(), line);
        continue;
      }
      HeadCountForms.CountedName counted = HeadCountForms.ofGroup(name);
      if (counted == null || HeadCountForms.approximateTotal(name)) {
        throw places.error(line, Places.quote(name) + " gives an approximate head count: write the number of"
            + " people who came, e.g. \"Unga (6)\", or leave the number out");
      }
      if (counted.attendees().orElse(1) < 1) {
        throw places.error(line, Places.quote(name) + " gives a head count of 0: list only groups that came,"
            + " or leave the number out");
      }
      name = counted.name();
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
      ReadingInvariants.requireGroupName(name, line, places);
      groups.add(StakeholderGroup.of(name).withAttendees(counted.attendees()));
    }
  }

  /** Records the meeting's total head count, given once. */
  void addTotal(int people, int line) throws SummaryFormatException {
    if (total.isPresent()) {
      throw places.error(line, "a second total head count (the first, " + total.getAsInt() + ", is on "
          + places.ref(totalLine) + "); give the meeting's total once");
    }
    if (people < 1) {
      throw places.error(line, "a total head count of 0: give the number of people who took part,"
          + " or leave it out");
    }
    total = OptionalInt.of(people);
    totalLine = line;
  }

  OptionalInt total() {
    return total;
  }

  int totalLine() {
    return totalLine;
  }

  /** The parts of a line between commas and semicolons, but not those inside parentheses: "Unga (6, varav 2 från Luleå)". */
  private static List<String> split(String text) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if ((c == ',' || c == ';') && depth == 0) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    return parts;
  }

  List<StakeholderGroup> groups() {
    return groups;
  }

}
