package io.github.rusdialog.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Changes a summary text the way people change summaries — reworded labels and headings, SWOT
 * labels, foreign and shortened area headings, capitals, punctuation, numbering, diacritics
 * stripped, bold, {@code #}, blank lines added or removed, the priorities heading removed, a label
 * with its first item on its line, items numbered under a label, a priority's title set off by a
 * dash instead of a colon, head counts after or before a group and for the meeting (and approximate
 * ones, which must be refused) — and
 * records which lines each change touched, so a reader's test can assert that the mutant reads to
 * the original's {@link #structure structure} or fails naming a touched line. The same seed always
 * gives the same mutant.
 * <pre>{@code
 * SummaryMutants.Mutant mutant = SummaryMutants.mutate(text, 12_345L, StrategicAreaCatalogue.norrbotten());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SummaryMutants {
  static final List<String> OPPORTUNITY_LABELS = List.of("Möjligheter:", "Möjlighet:",
      "MÖJLIGHETER:", "**Möjligheter:**", "### Möjligheter", "Möjligheter", "möjligheter :",
      "**Möjligheter**:", "Opportunities:");
  static final List<String> CHALLENGE_LABELS = List.of("Utmaningar:", "Utmaning:",
      "UTMANINGAR", "__Utmaningar:__", "## Utmaningar:", "Utmaningar.", "Challenges:");
  static final List<String> REFUSED_LABELS = List.of("Svagheter:", "Hot:", "Styrkor:",
      "**Risker:**", "## Svagheter");
  static final List<String> PRIORITY_HEADINGS = List.of(
      "MEST PRIORITERADE OMRÅDEN ENLIGT DELTAGARNA", "Mest prioriterade områden enligt deltagarna:",
      "## Prioriterade områden", "Deltagarnas prioriteringar", "**Prioriteringar**",
      "PRIORITERINGAR:", "# Mest prioriterade områden");
  private static final List<String> FOREIGN_HEADINGS = List.of("Turism och besöksnäring",
      "## Grön omställning", "Hälsa och vård i hela länet", "**Kultur och fritid**");

  private SummaryMutants() {}

  /**
   * Applies one to three seeded mutations to {@code text}, whose area headings are titles of
   * {@code catalogue}.
   *
   * @param text a summary's text
   * @param seed the seed; the same seed gives the same mutant
   * @param catalogue the strategic areas the summary's headings name
   * @return the mutated text and what was changed where
   */
  public static Mutant mutate(String text, long seed, StrategicAreaCatalogue catalogue) {
    Mutant mutant = new Mutant(text, catalogue);
    SplittableRandom random = new SplittableRandom(seed);
    int wanted = 1 + random.nextInt(3);
    for (int attempts = 0; mutant.applied.size() < wanted && attempts < 50; attempts++) {
      MUTATIONS.get(random.nextInt(MUTATIONS.size())).apply(mutant, random);
    }
    return mutant;
  }

  /**
   * {@return what a person compares between two readings of one summary: title and date, intro, who took
   * part and how many (each group's head count and the meeting's total), the ranked priorities, and each area's coverage, note and items by kind — each text
   * without case, diacritics, punctuation or spacing, which the mutations may change}
   *
   * @param meeting a meeting read from a summary or a mutant of it
   */
  public static List<String> structure(Meeting meeting) {
    List<String> parts = new ArrayList<>();
    parts.add("title " + normal(meeting.title()) + " " + meeting.date());
    parts.add("summary " + meeting.summary().map(SummaryMutants::normal).orElse(""));
    meeting.attendees().ifPresent(total -> parts.add("attendees " + total));
    for (StakeholderGroup group : meeting.participants()) {
      parts.add("group " + normal(group.name()) + group.attendees().stream().mapToObj(count -> " (" + count + ")")
          .collect(Collectors.joining()));
    }
    for (PriorityArea priority : meeting.priorities()) {
      parts.add("priority " + priority.rank() + " " + normal(priority.title()) + " | "
          + priority.description().map(SummaryMutants::normal).orElse("") + " | " + priority.stated());
    }
    for (AreaInput area : meeting.areas()) {
      parts.add("area " + area.area() + " " + area.coverage() + " "
          + area.note().map(SummaryMutants::normal).orElse(""));
      items(parts, "opportunity", area.opportunities());
      items(parts, "challenge", area.challenges());
      items(parts, "insight", area.insights());
    }
    return parts;
  }

  /** One way of reading a summary's text into a meeting, for {@link #check}. */
  @FunctionalInterface
  public interface Reading {
    /**
     * {@return the meeting the text reads to}
     *
     * @param text the summary's text
     * @throws InvalidInputException naming the line where the text is refused
     */
    Meeting read(String text) throws InvalidInputException;
  }

  /**
   * The mutation property for one mutant, for any reader of summaries: the mutant reads to the
   * {@link #structure} of {@code expected}, or is refused at a line the mutation touched; a
   * mutant whose change altered the meaning must be refused.
   *
   * @param expected the meeting the unchanged summary reads to
   * @param mutant the changed summary
   * @param reading how the reader under test reads a text
   * @param story what the failure messages say the case is, e.g. {@code "overkalix.md seed 12345"}
   * @return true if the mutant read to the same structure, false if it was refused at a touched line
   * @throws AssertionError if neither
   */
  public static boolean check(Meeting expected, Mutant mutant, Reading reading, String story) {
    String told = story + " " + mutant;
    Meeting actual;
    try {
      actual = reading.read(mutant.text());
    } catch (InvalidInputException e) {
      assertThat(mutant.touchedLines()).as("the error line of %s\nfor %s", e.getMessage(), told).contains(e.line());
      return false;
    }
    if (mutant.mustFail()) {
      fail("read although a mutation changed the meaning: " + told);
    }
    assertThat(structure(actual)).as(told).isEqualTo(mutant.expected(structure(expected)));
    return true;
  }

  /**
   * Counts the outcomes of many mutants per kind of change, as JUnit's testkit counts events per
   * outcome, so that a regression in one kind fails even when the mutants as a whole still mostly
   * read: every mutant whose one change keeps the meaning must read, every mutant with a change that
   * alters it must be refused, and every kind must have been tried.
   * <pre>{@code
   * SummaryMutants.Tally tally = new SummaryMutants.Tally();
   * for (long seed = 0; seed < 500; seed++) {
   *   Mutant mutant = SummaryMutants.mutate(text, seed, catalogue);
   *   tally.add(mutant, SummaryMutants.check(expected, mutant, reading, "seed " + seed));
   * }
   * tally.assertEveryKind();
   * }</pre>
   */
  public static final class Tally {
    private final Map<String, int[]> single = new TreeMap<>();
    private final Set<String> seen = new TreeSet<>();

    /** Creates an empty tally. */
    public Tally() {}

    /**
     * Counts one mutant's outcome.
     *
     * @param mutant the mutant
     * @param read whether it read ({@link #check} returned true) or was refused
     */
    public void add(Mutant mutant, boolean read) {
      seen.addAll(mutant.kinds);
      if (mutant.kinds.size() == 1) {
        single.computeIfAbsent(mutant.kinds.get(0), kind -> new int[2])[read ? 0 : 1]++;
      }
    }

    /**
     * {@return for each kind of change, how many mutants changed by it alone read and how many were
     * refused: {@code "capitals" -> [read, refused]}}
     */
    public Map<String, List<Integer>> outcomes() {
      Map<String, List<Integer>> outcomes = new TreeMap<>();
      single.forEach((kind, counts) -> outcomes.put(kind, List.of(counts[0], counts[1])));
      return outcomes;
    }

    /**
     * Asserts the outcome of every kind: each kind was tried, each meaning-preserving kind read every
     * time it was the only change, and each meaning-changing kind ({@link #MEANING_CHANGING}) was
     * refused every time.
     *
     * @param tolerated the meaning-preserving kinds that a reader may refuse as a whole, or that a
     *     test leaves out (a blank line removed can join two parts a reader cannot tell apart), each
     *     with why
     */
    public void assertEveryKind(Map<String, String> tolerated) {
      assertThat(seen).as("kinds of change tried").containsAll(KINDS.stream()
          .filter(kind -> !tolerated.containsKey(kind)).toList());
      single.forEach((kind, counts) -> {
        if (MEANING_CHANGING.contains(kind)) {
          assertThat(counts[0]).as("mutants changed only by \"%s\" that read", kind).isZero();
        } else if (!tolerated.containsKey(kind)) {
          assertThat(counts[1]).as("mutants changed only by \"%s\" that were refused (%s)", kind, outcomes())
              .isZero();
        }
      });
    }
  }

  /** The kinds of change {@link #mutate} makes, as {@link Mutant#kinds()} names them. */
  public static final List<String> KINDS = List.of("opportunity label", "challenge label", "SWOT label",
      "priorities heading", "foreign area heading", "capitals", "lower case", "punctuation", "numbering",
      "ampersand", "spacing", "bold", "hash", "diacritics", "item punctuation", "group punctuation",
      "priority numbering", "label with its first item", "numbered item", "priority dash", "head count",
      "approximate head count", "head count total", "shortened heading", "removed priorities heading",
      "removed blank line", "added blank line", "date form", "number word head count", "no-break space");

  /** The kinds of change that alter what the summary says: a reader must refuse them. */
  public static final Set<String> MEANING_CHANGING = Set.of("SWOT label", "foreign area heading",
      "approximate head count", "shortened heading", "removed priorities heading");

  /** A changed summary: its lines, which of them the changes touched, and what was changed. */
  public static final class Mutant {
    final List<String> lines = new ArrayList<>();
    final List<Boolean> touched = new ArrayList<>();
    final List<String> applied = new ArrayList<>();
    /** The kinds of change made, once each, in the order first made. */
    final List<String> kinds = new ArrayList<>();
    /** The head counts the changes gave groups, by the group's {@link #normal} name. */
    final Map<String, Integer> counts = new HashMap<>();
    /** The meeting's total a change added, or null. */
    Integer total;
    final StrategicAreaCatalogue catalogue;
    boolean mustFail;

    Mutant(String text, StrategicAreaCatalogue catalogue) {
      this.catalogue = catalogue;
      for (String line : text.split("\n", -1)) {
        lines.add(line);
        touched.add(false);
      }
    }

    /** {@return the changed summary text} */
    public String text() {
      return String.join("\n", lines);
    }

    /** {@return the lines of {@link #text()}, without line ends} */
    public List<String> lines() {
      return Collections.unmodifiableList(lines);
    }

    /** {@return what was changed, for a failure message} */
    public List<String> applied() {
      return Collections.unmodifiableList(applied);
    }

    /** {@return the kinds of change made (see {@link SummaryMutants#KINDS}), each once} */
    public List<String> kinds() {
      return Collections.unmodifiableList(kinds);
    }

    /** The original's structure with the head counts the changes added. */
    List<String> expected(List<String> original) {
      List<String> parts = new ArrayList<>();
      for (String part : original) {
        if (part.startsWith("summary ") && total != null) {
          parts.add(part);
          parts.add("attendees " + total);
          continue;
        }
        Integer count = part.startsWith("group ") ? counts.get(part.substring("group ".length())) : null;
        parts.add(count == null ? part : part + " (" + count + ")");
      }
      return parts;
    }

    void kind(String kind) {
      if (!kinds.contains(kind)) {
        kinds.add(kind);
      }
    }

    /**
     * {@return whether a change altered the meaning (a SWOT label, a foreign heading): reading must fail}
     */
    public boolean mustFail() {
      return mustFail;
    }

    /**
     * {@return the 1-based numbers of the lines a change touched (for a removed line, its neighbours)}
     */
    public Set<Integer> touchedLines() {
      Set<Integer> numbers = new TreeSet<>();
      for (int i = 0; i < lines.size(); i++) {
        if (touched.get(i)) {
          numbers.add(i + 1);
        }
      }
      return numbers;
    }

    @Override
    public String toString() {
      return applied + "\n" + text();
    }

    boolean isAreaHeading(String line) {
      String key = key(line);
      return catalogue.areas().stream().anyMatch(area -> normal(area.title()).equals(key));
    }

    boolean isItem(String line) {
      return line.length() > 12 && !line.endsWith(":") && !isAreaHeading(line) && !PRIORITY.test(line)
          && !line.startsWith("#") && !line.contains("deltog företrädare") && !line.contains("diskuterades inte")
          && !PRIORITIES_HEADING.test(line) && !line.matches(".*\\d{4}$");
    }

    boolean isHeadingOrLabel(String line) {
      return isAreaHeading(line) || SECTION_OPPORTUNITIES.test(line) || SECTION_CHALLENGES.test(line)
          || PRIORITIES_HEADING.test(line);
    }

    /** A random line index whose text passes the test, or -1. */
    int pick(SplittableRandom random, Predicate<String> test) {
      return pick(random, test, lines.size());
    }

    /**
     * A random group's line, among the participants before the priorities heading (an item of one
     * word looks like a group, but is none), or -1.
     */
    int pickGroup(SplittableRandom random) {
      int end = 0;
      while (end < lines.size() && !PRIORITIES_HEADING.test(lines.get(end).strip()) && !isAreaHeading(lines.get(end))) {
        end++;
      }
      return pick(random, GROUP, end);
    }

    private int pick(SplittableRandom random, Predicate<String> test, int end) {
      List<Integer> candidates = new ArrayList<>();
      for (int i = 1; i < end; i++) {
        if (test.test(lines.get(i).strip())) {
          candidates.add(i);
        }
      }
      return candidates.isEmpty() ? -1 : candidates.get(random.nextInt(candidates.size()));
    }

    void set(int index, String text, String what) {
      kind(what);
      applied.add(what + " at line " + (index + 1) + ": " + lines.get(index) + " -> " + text);
      lines.set(index, text);
      touched.set(index, true);
    }

    /** Marks the next non-blank line from {@code index} on as touched. */
    void touchNext(int index) {
      for (int i = index; i < lines.size(); i++) {
        if (!lines.get(i).isBlank()) {
          touched.set(i, true);
          return;
        }
      }
    }
  }

  private interface Mutation {
    void apply(Mutant mutant, SplittableRandom random);
  }

  private static final Predicate<String> SECTION_OPPORTUNITIES = line -> key(line).equals("mojligheter");
  private static final Predicate<String> SECTION_CHALLENGES = line -> key(line).equals("utmaningar");
  private static final Predicate<String> PRIORITIES_HEADING =
      line -> key(line).equals("mest prioriterade omraden enligt deltagarna");
  private static final Predicate<String> PRIORITY = line -> line.matches("^(?:- )?\\d[.)] .*");
  private static final Predicate<String> GROUP = line -> line.matches("^(?:- )?[A-ZÅÄÖ][a-zåäö]+$");
  private static final Predicate<String> ANY = line -> !line.isBlank();

  private static final List<Mutation> MUTATIONS = List.of(
      (m, r) -> replace(m, r, SECTION_OPPORTUNITIES, OPPORTUNITY_LABELS, "opportunity label", false),
      (m, r) -> replace(m, r, SECTION_CHALLENGES, CHALLENGE_LABELS, "challenge label", false),
      (m, r) -> replace(m, r, SECTION_OPPORTUNITIES.or(SECTION_CHALLENGES), REFUSED_LABELS, "SWOT label", true),
      (m, r) -> replace(m, r, PRIORITIES_HEADING, PRIORITY_HEADINGS, "priorities heading", false),
      (m, r) -> replace(m, r, m::isAreaHeading, FOREIGN_HEADINGS, "foreign area heading", true),
      (m, r) -> rewrite(m, r, m::isAreaHeading, line -> line.toUpperCase(Locale.ROOT), "capitals"),
      (m, r) -> rewrite(m, r, m::isHeadingOrLabel, line -> line.toLowerCase(Locale.ROOT), "lower case"),
      (m, r) -> rewrite(m, r, m::isAreaHeading, line -> line + (r.nextBoolean() ? "." : ":"), "punctuation"),
      (m, r) -> rewrite(m, r, m::isAreaHeading, line -> (1 + r.nextInt(4)) + ". " + line, "numbering"),
      (m, r) -> rewrite(m, r, m::isAreaHeading, line -> line.replace(" och ", " & "), "ampersand"),
      (m, r) -> rewrite(m, r, line -> m.isAreaHeading(line) || m.isItem(line), line -> line.replace(" ", "  "),
          "spacing"),
      (m, r) -> rewrite(m, r, m::isHeadingOrLabel, line -> "**" + unhash(line) + "**", "bold"),
      (m, r) -> rewrite(m, r, m::isHeadingOrLabel, line -> "## " + unhash(line), "hash"),
      (m, r) -> rewrite(m, r, ANY, SummaryMutants::stripDiacritics, "diacritics"),
      (m, r) -> rewrite(m, r, m::isItem, line -> line.endsWith(".") ? line.substring(0, line.length() - 1)
          : line + ".", "item punctuation"),
      (m, r) -> rewrite(m, m.pickGroup(r), line -> line + ".", "group punctuation"),
      (m, r) -> rewrite(m, r, PRIORITY, line -> line.replaceFirst("^(?:- )?(\\d)[.)] ",
          List.of("$1. ", "$1) ", "- $1) ", "• $1. ").get(r.nextInt(4))), "priority numbering"),
      SummaryMutants::labelWithItem,
      SummaryMutants::numberItems,
      (m, r) -> rewrite(m, r, PRIORITY, line -> line.replaceFirst("^((?:- )?\\d[.)] )\\*\\*([^*:]+):\\*\\* ", "$1$2 – "),
          "priority dash"),
      (m, r) -> {
        int at = m.pickGroup(r);
        if (at >= 0) {
          String line = m.lines.get(at);
          m.counts.put(normal(line.replaceFirst("^- ", "")), 6);
          m.set(at, List.of(line + " (6)", line + ": 6 personer", line + " – 6", line.replaceFirst("^(- )?", "$16 "))
              .get(r.nextInt(4)), "head count");
        }
      },
      (m, r) -> {
        int before = m.applied.size();
        rewrite(m, m.pickGroup(r), line -> line + List.of(" (ca 6)", ": cirka 6 personer", " (5–6)").get(r.nextInt(3)),
            "approximate head count");
        m.mustFail |= m.applied.size() > before;
      },
      SummaryMutants::addTotal,
      SummaryMutants::shortenHeading,
      SummaryMutants::removePrioritiesHeading,
      SummaryMutants::removeBlankLine,
      SummaryMutants::addBlankLine,
      SummaryMutants::dateForm,
      (m, r) -> {
        // The style guide writes one to twelve in words: "Unga (sex)", "sex Unga" are head counts.
        int at = m.pickGroup(r);
        if (at >= 0) {
          String line = m.lines.get(at);
          m.counts.put(normal(line.replaceFirst("^- ", "")), 6);
          m.set(at, r.nextBoolean() ? line + " (sex)" : line.replaceFirst("^(- )?", "$1sex "), "number word head count");
        }
      },
      (m, r) -> rewrite(m, r, line -> SummaryMutants.BULLET.matcher(line).lookingAt() || PRIORITY.test(line),
          line -> line.replaceFirst("^((?:- )?(?:[-•*–+]|\\d[.)]))\\s+", "$1\u00A0"), "no-break space"));

  private static void replace(Mutant m, SplittableRandom r, Predicate<String> where, List<String> with,
      String what, boolean changesMeaning) {
    int at = m.pick(r, where);
    if (at >= 0) {
      m.set(at, with.get(r.nextInt(with.size())), what);
      m.mustFail |= changesMeaning;
    }
  }

  private static void rewrite(Mutant m, SplittableRandom r, Predicate<String> where, UnaryOperator<String> how,
      String what) {
    rewrite(m, m.pick(r, where), how, what);
  }

  private static void rewrite(Mutant m, int at, UnaryOperator<String> how, String what) {
    if (at >= 0) {
      String changed = how.apply(m.lines.get(at));
      if (!changed.equals(m.lines.get(at))) {
        m.set(at, changed, what);
      }
    }
  }

  /** Puts the first item under a label on the label's line: "Möjligheter: Norrbottniabanan, …". */
  private static void labelWithItem(Mutant m, SplittableRandom r) {
    int at = m.pick(r, line -> (SECTION_OPPORTUNITIES.test(line) || SECTION_CHALLENGES.test(line))
        && line.endsWith(":") && !line.contains("**") && !line.contains("__"));
    if (at < 0) {
      return;
    }
    int next = at + 1;
    while (next < m.lines.size() && m.lines.get(next).isBlank()) {
      next++;
    }
    if (next >= m.lines.size()) {
      return;
    }
    String item = BULLET.matcher(m.lines.get(next).strip()).replaceFirst("");
    if (!m.isItem(item)) {
      return;
    }
    m.set(at, m.lines.get(at).stripTrailing() + " " + item, "label with its first item");
    for (int i = next; i > at; i--) {
      m.lines.remove(i);
      m.touched.remove(i);
    }
    m.touchNext(at + 1);
  }

  /** Numbers the items under a label, "1. …", "2. …", as a numbered list. */
  private static void numberItems(Mutant m, SplittableRandom r) {
    int at = m.pick(r, SECTION_OPPORTUNITIES.or(SECTION_CHALLENGES));
    if (at < 0) {
      return;
    }
    int number = 1;
    for (int i = at + 1; i < m.lines.size(); i++) {
      String line = m.lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String item = BULLET.matcher(line).replaceFirst("");
      if (!m.isItem(item) || m.isHeadingOrLabel(line)) {
        break;
      }
      m.set(i, number++ + ". " + item, "numbered item");
    }
  }

  private static final Pattern BULLET = Pattern.compile("^[-•*–+]\\s+");

  /** Drops the last two words of an area heading: the area is then only nearly named. */
  private static void shortenHeading(Mutant m, SplittableRandom r) {
    int at = m.pick(r, m::isAreaHeading);
    if (at >= 0) {
      m.set(at, m.lines.get(at).replaceFirst("\\s+\\S+\\s+\\S+$", ""), "shortened heading");
      m.mustFail = true;
    }
  }

  private static void removePrioritiesHeading(Mutant m, SplittableRandom r) {
    int at = m.pick(r, PRIORITIES_HEADING);
    if (at >= 0) {
      m.kind("removed priorities heading");
      m.applied.add("removed the priorities heading at line " + (at + 1));
      m.lines.remove(at);
      m.touched.remove(at);
      m.touchNext(at);
      m.mustFail = true;
    }
  }

  private static void removeBlankLine(Mutant m, SplittableRandom r) {
    int at = m.pick(r, String::isEmpty);
    if (at > 0 && at + 1 < m.lines.size()) {
      m.kind("removed blank line");
      m.applied.add("removed the blank line " + (at + 1));
      m.lines.remove(at);
      m.touched.remove(at);
      m.touched.set(at - 1, true);
      m.touchNext(at);
    }
  }

  private static void addBlankLine(Mutant m, SplittableRandom r) {
    int at = m.pick(r, ANY);
    if (at > 0) {
      m.kind("added blank line");
      m.applied.add("added a blank line before line " + (at + 1));
      m.lines.add(at, "");
      m.touched.add(at, false);
      m.touched.set(at - 1, true);
      m.touched.set(at + 1, true);
    }
  }

  private static final Pattern NUMERIC_DATE = Pattern.compile("^(.*?)\\s+(\\d{1,2})/(\\d{1,2})\\s+(\\d{4})$");
  private static final String[] MONTHS = {"januari", "februari", "mars", "april", "maj", "juni", "juli",
    "augusti", "september", "oktober", "november", "december"};
  private static final String[] WEEKDAYS = {"måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"};

  /**
   * Writes the title's date another way Swedish writes it, with the same day: a weekday and "den"
   * ("onsdagen den 13 mars 2024"), the month's name, a dash between title and date.
   */
  private static void dateForm(Mutant m, SplittableRandom r) {
    int at = 0;
    while (at < m.lines.size() && m.lines.get(at).isBlank()) {
      at++;
    }
    Matcher title = at < m.lines.size() ? NUMERIC_DATE.matcher(m.lines.get(at).strip()) : null;
    if (title == null || !title.matches()) {
      return;
    }
    java.time.LocalDate date = java.time.LocalDate.of(Integer.parseInt(title.group(4)),
        Integer.parseInt(title.group(3)), Integer.parseInt(title.group(2)));
    String weekday = WEEKDAYS[date.getDayOfWeek().getValue() - 1];
    String month = MONTHS[date.getMonthValue() - 1];
    String day = String.valueOf(date.getDayOfMonth());
    String written = List.of(weekday + " " + day + " " + month + " " + date.getYear(),
        weekday + "en den " + day + " " + month + " " + date.getYear(),
        "den " + day + "/" + date.getMonthValue() + " " + date.getYear(),
        "– " + day + " " + month + " " + date.getYear()).get(r.nextInt(4));
    m.set(at, title.group(1) + " " + written, "date form");
  }

  /** Adds the meeting's head count on a line of its own after the last group: "Antal deltagare: 23". */
  private static void addTotal(Mutant m, SplittableRandom r) {
    if (m.total != null) {
      // A second total is no change people make to a summary; it is refused, rightly.
      return;
    }
    int last = -1;
    for (int i = 1; i < m.lines.size() && !PRIORITIES_HEADING.test(m.lines.get(i).strip()); i++) {
      if (GROUP.test(m.lines.get(i).strip())) {
        last = i;
      }
    }
    if (last < 0) {
      return;
    }
    String total = List.of("Antal deltagare: 23", "23 deltagare", "Totalt 23 personer").get(r.nextInt(3));
    m.kind("head count total");
    m.total = 23;
    m.applied.add("added the head count \"" + total + "\" after line " + (last + 1));
    // After a blank line: in Markdown, a line right under a list item continues that item.
    m.lines.add(last + 1, total);
    m.touched.add(last + 1, true);
    m.lines.add(last + 1, "");
    m.touched.add(last + 1, false);
  }

  private static String unhash(String line) {
    return line.replaceFirst("^#+\\s*", "");
  }

  private static String stripDiacritics(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }

  private static String key(String line) {
    return normal(line.replaceFirst("^#+\\s*", "").replace("**", ""));
  }

  /** Text as compared: no case, diacritics, punctuation or spacing differences. */
  static String normal(String text) {
    return stripDiacritics(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  private static void items(List<String> parts, String kind, List<? extends AreaItem> items) {
    parts.addAll(items.stream().map(item -> kind + " " + normal(item.text())).collect(Collectors.toList()));
  }
}
