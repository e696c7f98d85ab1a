package io.github.rusdialog.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The words summaries use for their parts, as one table of concept → the forms people write for
 * it ({@link Concept}); every lookup and every "known …" list in a message is derived from it, and
 * {@code docs/summary-format.md} shows the same table (a test ties the two). Keys are {@link
 * TextKeys#key} forms (lower case, no diacritics).
 */
final class Vocabulary {
  /** What a label or heading means, and the forms people write for it, those shown in messages first. */
  enum Concept {
    OPPORTUNITIES("opportunities", Section.OPPORTUNITIES, null, 1, "Möjligheter", "Möjlighet", "Opportunities"),
    CHALLENGES("challenges", Section.CHALLENGES, null, 1, "Utmaningar", "Utmaning", "Challenges"),
    INSIGHTS("insights", Section.INSIGHTS, null, 1, "Relaterade insikter", "Insikter", "Övriga insikter", "Insights"),
    PRIORITIES_HEADING("priorities heading", null, null, 4, "Mest prioriterade områden enligt deltagarna",
        "Prioriterade områden", "Deltagarnas prioriteringar", "Prioriteringar",
        "De mest prioriterade områdena enligt deltagarna", "Mest prioriterade områden",
        "Prioriterade områden enligt deltagarna", "Deltagarnas prioriterade områden", "Prioriteringar enligt deltagarna"),
    PARTICIPANTS_LABEL("participants label", null, null, 3, "Deltagare", "Deltagande grupper", "Närvarande",
        "Deltagande aktörer", "Medverkande"),
    STRENGTHS("refused: strengths", null, "strengths", 0, "Styrkor", "Styrka"),
    WEAKNESSES("refused: weaknesses", null, "weaknesses", 0, "Svagheter", "Svaghet"),
    THREATS("refused: threats", null, "threats", 0, "Hot"),
    RISKS("refused: risks", null, "risks", 0, "Risker", "Risk");

    /** How the docs' table names the concept. */
    final String name;
    /** The section a section label opens, or null. */
    final Section section;
    /** For a label the summary format does not record: what its items are, in a message; else null. */
    final String refusedMeaning;
    /** The forms as written, those shown in messages first. */
    final List<String> forms;
    private final int shown;

    Concept(String name, Section section, String refusedMeaning, int shown, String... forms) {
      this.name = name;
      this.section = section;
      this.refusedMeaning = refusedMeaning;
      this.shown = shown;
      this.forms = List.of(forms);
    }

    /** The forms messages name, quoted: {@code "Möjligheter:"}, with a colon for a label. */
    String known(boolean label) {
      return forms.subList(0, shown).stream().map(form -> "\"" + form + (label ? ":" : "") + "\"")
          .collect(Collectors.joining(", "));
    }

    private static Map<String, Concept> byKey() {
      Map<String, Concept> byKey = new HashMap<>();
      for (Concept concept : values()) {
        for (String form : concept.forms) {
          Concept other = byKey.put(TextKeys.key(form), concept);
          if (other != null) {
            throw new IllegalStateException(form + " is a form of both " + other + " and " + concept);
          }
        }
      }
      return Map.copyOf(byKey);
    }
  }

  private static final Map<String, Concept> BY_KEY = Concept.byKey();

  /** Section labels under a strategic area, and what each means. */
  static final Map<String, Section> SECTION_LABELS = keys(concept -> concept.section != null).entrySet().stream()
      .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> entry.getValue().section));

  /** How messages name the section labels. */
  static final String KNOWN_SECTION_LABELS = Stream.of(Concept.OPPORTUNITIES, Concept.CHALLENGES, Concept.INSIGHTS)
      .map(concept -> concept.known(true)).collect(Collectors.joining(", "));

  /**
   * Labels that mean something the model does not hold: filing their items as opportunities or
   * challenges would change what the participants said, so they are refused with what they mean.
   */
  static final Map<String, String> REFUSED_LABELS = keys(concept -> concept.refusedMeaning != null).entrySet()
      .stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, entry -> entry.getValue().refusedMeaning));

  /** The wordings of the heading above the ranked priority list. */
  static final Set<String> PRIORITIES_HEADINGS = keys(concept -> concept == Concept.PRIORITIES_HEADING).keySet();

  /** How messages name the priorities headings. */
  static final String KNOWN_PRIORITIES_HEADINGS = Concept.PRIORITIES_HEADING.known(false);

  /** Labels that introduce the participating groups, as the intro sentence does. */
  static final Set<String> PARTICIPANT_LABELS = keys(concept -> concept == Concept.PARTICIPANTS_LABEL).keySet();

  /** How messages name the participant labels. */
  static final String KNOWN_PARTICIPANT_LABELS = Concept.PARTICIPANTS_LABEL.known(true);

  private static Map<String, Concept> keys(Predicate<Concept> which) {
    Map<String, Concept> keys = new HashMap<>();
    BY_KEY.forEach((key, concept) -> {
      if (which.test(concept)) {
        keys.put(key, concept);
      }
    });
    return Map.copyOf(keys);
  }

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
   * An item that says a section has none: "Inga", "Inget", "Inga synpunkter", "Inga förslag
   * framkom", "Saknas", a lone dash. Matched against the whole item, folded.
   */
  private static final Pattern NO_ITEMS = Pattern.compile("(?:inga|inget|ingenting|saknas|inga (?:synpunkter"
      + "|forslag|mojligheter|utmaningar|insikter|kommentarer)(?: (?:framkom|lyftes|namndes|gavs|har lamnats))?"
      + "|(?:" + io.github.rusdialog.internal.read.TextForms.DASH + ")+)[.!]?");

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

  /** A letter's closing, folded: "Med vänlig hälsning", "Vänliga hälsningar", "MVH". */
  private static final Pattern SIGN_OFF = Pattern.compile("(?:med )?(?:vanlig|vanliga|basta) halsning(?:ar)?[.,!]?"
      + "|halsningar[.,!]?|mvh[.,!]?|hej da[.,!]?|tack for idag[.,!]?");

  /** A line that closes a letter or an e-mail, which is no part of a summary. */
  static boolean signsOff(String line) {
    return SIGN_OFF.matcher(TextKeys.foldInPlace(Line.strip(line))).matches();
  }

  /** An item that says its section has none ("Inga synpunkter"), which is no input. */
  static boolean saysNoItems(String item) {
    return NO_ITEMS.matcher(TextKeys.foldInPlace(Line.strip(item))).matches();
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
