package io.github.rusdialog.text;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words summaries use for their parts, and the synonyms that mean the same. All keys are
 * {@link TextKeys#key} forms (lower case, no diacritics). README's "Summary text rules" lists the
 * same words: change both together.
 */
final class Vocabulary {
  /** Section labels under a strategic area, and what each means. */
  static final Map<String, Section> SECTION_LABELS = Map.ofEntries(
      Map.entry("mojligheter", Section.OPPORTUNITIES),
      Map.entry("mojlighet", Section.OPPORTUNITIES),
      Map.entry("opportunities", Section.OPPORTUNITIES),
      Map.entry("utmaningar", Section.CHALLENGES),
      Map.entry("utmaning", Section.CHALLENGES),
      Map.entry("challenges", Section.CHALLENGES),
      Map.entry("insikter", Section.INSIGHTS),
      Map.entry("relaterade insikter", Section.INSIGHTS),
      Map.entry("ovriga insikter", Section.INSIGHTS),
      Map.entry("insights", Section.INSIGHTS));

  /** How messages name the section labels. */
  static final String KNOWN_SECTION_LABELS = "\"Möjligheter:\", \"Utmaningar:\", \"Relaterade insikter:\"";

  /**
   * Labels that mean something the model does not hold: filing their items as opportunities or
   * challenges would change what the participants said, so they are refused with what they mean.
   */
  static final Map<String, String> REFUSED_LABELS = Map.ofEntries(
      Map.entry("styrkor", "strengths"),
      Map.entry("styrka", "strengths"),
      Map.entry("svagheter", "weaknesses"),
      Map.entry("svaghet", "weaknesses"),
      Map.entry("hot", "threats"),
      Map.entry("risker", "risks"),
      Map.entry("risk", "risks"));

  /** The wordings of the heading above the ranked priority list. */
  static final Set<String> PRIORITIES_HEADINGS = Set.of(
      "mest prioriterade omraden enligt deltagarna",
      "de mest prioriterade omradena enligt deltagarna",
      "mest prioriterade omraden",
      "prioriterade omraden",
      "prioriterade omraden enligt deltagarna",
      "deltagarnas prioriterade omraden",
      "deltagarnas prioriteringar",
      "prioriteringar enligt deltagarna",
      "prioriteringar");

  /** How messages name the priorities headings. */
  static final String KNOWN_PRIORITIES_HEADINGS = "\"Mest prioriterade områden enligt deltagarna\","
      + " \"Prioriterade områden\", \"Deltagarnas prioriteringar\", \"Prioriteringar\"";

  /** Labels that introduce the participating groups, as the intro sentence does. */
  static final Set<String> PARTICIPANT_LABELS = Set.of(
      "deltagare", "deltagande grupper", "deltagande aktorer", "narvarande", "medverkande");

  /** How messages name the participant labels. */
  static final String KNOWN_PARTICIPANT_LABELS = "\"Deltagare:\", \"Deltagande grupper:\", \"Närvarande:\"";

  // The phrases below are matched against folded text (lower case, no diacritics), so that a
  // summary typed without å, ä, ö reads the same.
  private static final Pattern PARTICIPANTS_CUE =
      Pattern.compile("deltog (?:foretradare|representanter) for\s*:");
  private static final Pattern NOT_DISCUSSED = Pattern.compile(
      "diskuterades inte|inte diskuterat|togs inte upp|berordes inte|not discussed");
  private static final Pattern INDIRECT = Pattern.compile(
      "inte direkt|indirekt|not directly|not mentioned directly");
  private static final Pattern IMPLIED = Pattern.compile("underforstadd|inte direkt");

  /**
   * Where the groups start in a line holding the intro's cue ("… deltog företrädare för:"), or -1
   * if the line has no cue.
   */
  static int participantsCueEnd(String line) {
    Matcher cue = PARTICIPANTS_CUE.matcher(TextKeys.foldInPlace(line));
    return cue.find() ? cue.end() : -1;
  }

  /** An area note that says the area was not discussed at all. */
  static boolean saysNotDiscussed(String note) {
    return NOT_DISCUSSED.matcher(TextKeys.foldInPlace(note)).find();
  }

  /** An area note that says the area came up only indirectly: its items are insights. */
  static boolean saysIndirect(String note) {
    return INDIRECT.matcher(TextKeys.foldInPlace(note)).find();
  }

  /** Priority text that makes the priority {@code stated: implied}. */
  static boolean saysImplied(String text) {
    return IMPLIED.matcher(TextKeys.foldInPlace(text)).find();
  }

  /** The stem shared by every priorities heading, to recognise a wording we do not know. */
  static final String PRIORITY_STEM = "priorit";

  static final List<String> SENTENCE_ENDS = List.of(".", "!", "?");

  private Vocabulary() {}
}
