package io.github.rusdialog.text;

import io.github.rusdialog.internal.read.TextForms;
import io.github.rusdialog.model.StrategicArea;
import io.github.rusdialog.text.ClassifiedLine.Kind;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what a line looks like ({@link ClassifiedLine.Kind}), once per line, without knowing
 * where in the summary it stands. The order of the checks is the precedence: a catalogue title
 * is a heading even when numbered, a known label is a label even without its colon.
 */
final class LineClassifier {
  private static final Pattern BULLET = Pattern.compile("^" + TextForms.BULLET + TextForms.SPACE + "+(.*)$", Pattern.DOTALL);
  private static final Pattern NUMBERED =
      Pattern.compile("^(?:" + TextForms.BULLET + TextForms.SPACE + "+)?(" + TextForms.ORDINAL + ")"
          + TextForms.ORDINAL_MARK + TextForms.SPACE + "+(.*)$", Pattern.DOTALL);
  private static final int LABEL_MAX_WORDS = 6;
  private static final int LABEL_MAX_CHARS = 60;
  /** Longer than this, a line reads as a sentence rather than a heading. */
  static final int HEADING_MAX_WORDS = 12;
  /** Bold as a whole but for a final full stop: "**Kultur och fritid**." reads as a heading. */
  private static final Pattern BOLD_THEN_STOP = Pattern.compile("^(\\*\\*|__)[^*_]+\\1[.!]$");
  /** A label, bold or not, its colon, then text: "**Möjligheter:** Digitala verktyg". */
  private static final Pattern LABEL_WITH_TEXT = Pattern.compile(
      "^(?!" + TextForms.BULLET + TextForms.SPACE + ")(\\*\\*|__)?([^:*_]{2,40}?)(?:\\1)?" + TextForms.SPACE + "*:"
          + TextForms.SPACE + "*(\\*\\*|__)?(.*)$", Pattern.DOTALL);

  private final AreaHeadings areas;

  LineClassifier(AreaHeadings areas) {
    this.areas = areas;
  }

  ClassifiedLine classify(Line line) {
    String text = line.text;
    String key = TextKeys.key(text);
    // A literal line's kind is in its fields: its text holds no markup to read ("#", "- ", "**").
    boolean marked = !line.literal;
    String unwrapped = marked ? unwrap(text) : text;
    boolean headingForm = line.heading || marked && (text.startsWith("#") || isWhollyBold(text)
        || BOLD_THEN_STOP.matcher(text).matches()) || isCapitals(text)
        || line.boldPrefix >= text.length() && !text.isEmpty() || boldThenStop(line);
    boolean labelForm = unwrapped.endsWith(":") && TextKeys.wordCount(unwrapped) <= LABEL_MAX_WORDS
        && unwrapped.length() <= LABEL_MAX_CHARS && !hasSentencePunctuation(unwrapped);
    Matcher bullet = BULLET.matcher(text);
    boolean isBullet = line.bullet || marked && bullet.matches();
    String bulletBody = line.bullet ? text : isBullet ? Line.strip(bullet.group(1)) : null;
    boolean headingLike = !isBullet && TextKeys.wordCount(unwrapped) <= HEADING_MAX_WORDS
        && !endsSentence(unwrapped);
    boolean hashed = marked && text.startsWith("#");

    StrategicArea area = areas.exact(key).orElse(null);
    if (area != null) {
      return of(line, Kind.AREA_HEADING, area, null, 0, text, null, headingForm, headingLike, key);
    }
    if (Vocabulary.PRIORITIES_HEADINGS.contains(key)) {
      return of(line, Kind.PRIORITIES_HEADING, null, null, 0, text, null, headingForm, headingLike, key);
    }
    // Before the label alone: "Möjligheter: –" is the label and what follows it, which a key would drop.
    ClassifiedLine labelled = labelWithText(line, text, headingForm, headingLike);
    if (labelled != null) {
      return labelled;
    }
    Section section = Vocabulary.SECTION_LABELS.get(key);
    if (section != null) {
      return of(line, Kind.SECTION_LABEL, null, section, 0, text, null, headingForm, headingLike, key);
    }
    if (Vocabulary.participantsCueEnd(text) >= 0) {
      return of(line, Kind.PARTICIPANTS_CUE, null, null, 0, text, null, headingForm, false, key);
    }
    StrategicArea resembles = isBullet ? null : areas.resembled(key).orElse(null);
    boolean refused = Vocabulary.REFUSED_LABELS.containsKey(key) && (headingForm || unwrapped.endsWith(":"));
    // A bulleted line is an item, whatever it ends with ("- Fler tåg:" above its sub-points), unless it names a part.
    if (refused || !isBullet && (labelForm || hashed && unwrapped.endsWith(":"))) {
      Kind kind = Vocabulary.PARTICIPANT_LABELS.contains(key) ? Kind.PARTICIPANTS_LABEL : Kind.UNKNOWN_LABEL;
      return of(line, kind, null, null, 0, text, resembles, headingForm, headingLike, key);
    }
    if (line.listNumber > 0) {
      return of(line, Kind.NUMBERED, null, null, line.listNumber, marked ? boldMarked(line) : text, resembles,
          headingForm, headingLike, key);
    }
    Matcher numbered = NUMBERED.matcher(text);
    if (marked && numbered.matches()) {
      // "1) …" in a bulleted item is a numbered line, as "- 1) …" is in text: the seed's form typed in a Word list.
      return of(line, Kind.NUMBERED, null, null, Integer.parseInt(numbered.group(1)), numbered.group(2),
          resembles, headingForm, headingLike, key);
    }
    if (hashed) {
      return of(line, Kind.UNKNOWN_HEADING, null, null, 0, unwrapped, resembles, true, true, key);
    }
    if (isBullet) {
      return of(line, Kind.BULLET, null, null, 0, bulletBody, null, false, false, key);
    }
    return of(line, Kind.TEXT, null, null, 0, text, resembles, headingForm, headingLike, key);
  }

  /**
   * A known label with text after it on the same line — "Möjligheter: Digitala verktyg …",
   * "**Utmaningar:** Långa avstånd", "Deltagare: Kommunen, Unga" — as the label and that text.
   */
  private static ClassifiedLine labelWithText(Line line, String text, boolean headingForm, boolean headingLike) {
    Matcher labelled = LABEL_WITH_TEXT.matcher(text);
    if (!labelled.matches()) {
      return null;
    }
    String key = TextKeys.key(labelled.group(2));
    String after = Line.strip(labelled.group(4));
    if (after.isEmpty()) {
      return null;
    }
    Section section = Vocabulary.SECTION_LABELS.get(key);
    if (section != null) {
      return new ClassifiedLine(line, Kind.SECTION_LABEL, null, section, 0, text, null, headingForm, headingLike,
          key, after);
    }
    if (Vocabulary.PARTICIPANT_LABELS.contains(key)) {
      return new ClassifiedLine(line, Kind.PARTICIPANTS_LABEL, null, null, 0, text, null, headingForm,
          headingLike, key, after);
    }
    return null;
  }

  private static ClassifiedLine of(Line line, Kind kind, StrategicArea area, Section section, int rank,
      String body, StrategicArea resembles, boolean headingForm, boolean headingLike, String key) {
    return new ClassifiedLine(line, kind, area, section, rank, body, resembles, headingForm,
        headingLike, key);
  }

  /**
   * The text of a list item with its bold start marked as Markdown would ({@code **Title:**
   * description}), so that the priority rules read a Word priority like a text one.
   */
  private static String boldMarked(Line line) {
    if (line.boldPrefix <= 0 || line.boldPrefix >= line.text.length()) {
      return line.text;
    }
    return "**" + line.text.substring(0, line.boldPrefix) + "**" + line.text.substring(line.boldPrefix);
  }

  /** The text of a heading without Markdown: leading {@code #}s and surrounding {@code **}. */
  static String unwrap(String text) {
    String stripped = text.replaceFirst("^#{1,6}\\s*", "");
    if (isWhollyBold(stripped)) {
      stripped = stripped.substring(2, stripped.length() - 2);
    }
    // "**Möjligheter**:" has its colon outside the emphasis.
    if (stripped.endsWith("**:") || stripped.endsWith("__:")) {
      stripped = stripped.substring(0, stripped.length() - 3).replaceFirst("^(\\*\\*|__)", "") + ":";
    }
    return Line.strip(stripped);
  }

  /** A literal line bold as a whole but for a final full stop: "**Kultur och fritid**." in Markdown. */
  private static boolean boldThenStop(Line line) {
    return line.literal && line.boldPrefix > 0 && line.boldPrefix == line.text.length() - 1
        && (line.text.endsWith(".") || line.text.endsWith("!"));
  }

  private static boolean isWhollyBold(String text) {
    return text.length() >= 4 && (text.startsWith("**") && text.endsWith("**")
        || text.startsWith("__") && text.endsWith("__"));
  }

  /** All letters capitals, at least three of them: "MEST PRIORITERADE OMRÅDEN". */
  private static boolean isCapitals(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        if (!Character.isUpperCase(c)) {
          return false;
        }
        letters++;
      }
    }
    return letters >= 3;
  }

  /** A full stop, question or exclamation mark inside the text: it holds a sentence. */
  private static boolean hasSentencePunctuation(String text) {
    String body = text.substring(0, text.length() - 1);
    return body.contains(". ") || body.contains("? ") || body.contains("! ") || body.endsWith(".");
  }

  /** Ends with a full stop, question or exclamation mark. */
  static boolean endsSentence(String text) {
    for (String end : Vocabulary.SENTENCE_ENDS) {
      if (text.endsWith(end)) {
        return true;
      }
    }
    return false;
  }
}
