package io.github.rusdialog.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.text.CatalogueReader;
import io.github.rusdialog.text.SummaryFormatException;
import io.github.rusdialog.text.SummaryReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 12's property: a summary changed the way people change them (reworded labels and
 * headings, punctuation, capitals, numbering, diacritics, bold, {@code #}, blank lines) either
 * reads to the same structure as the original, or fails naming a line the change touched. There
 * is no third outcome. Each case is one seed; rerun a failing one with its seed from the name.
 */
class SummaryMutationTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final List<String> SUMMARIES = List.of("bolagsdagen-2024-03-13.txt",
      "kommundialog-overkalix-2024-04-19.md", "other-region/ungdomsdialog-exempelby-2025-09-18.md");
  private static final int SEEDS_PER_SUMMARY = 700;

  private static final StrategicAreaCatalogue OTHER_REGION = readOtherRegion();
  private static final List<String> OPPORTUNITY_LABELS = List.of("Möjligheter:", "Möjlighet:",
      "MÖJLIGHETER:", "**Möjligheter:**", "### Möjligheter", "Möjligheter", "möjligheter :",
      "**Möjligheter**:", "Opportunities:");
  private static final List<String> CHALLENGE_LABELS = List.of("Utmaningar:", "Utmaning:",
      "UTMANINGAR", "__Utmaningar:__", "## Utmaningar:", "Utmaningar.", "Challenges:");
  private static final List<String> REFUSED_LABELS = List.of("Svagheter:", "Hot:", "Styrkor:",
      "**Risker:**", "## Svagheter");
  private static final List<String> PRIORITY_HEADINGS = List.of(
      "MEST PRIORITERADE OMRÅDEN ENLIGT DELTAGARNA", "Mest prioriterade områden enligt deltagarna:",
      "## Prioriterade områden", "Deltagarnas prioriteringar", "**Prioriteringar**",
      "PRIORITERINGAR:", "# Mest prioriterade områden");
  private static final List<String> FOREIGN_HEADINGS = List.of("Turism och besöksnäring",
      "## Grön omställning", "Hälsa och vård i hela länet", "**Kultur och fritid**");

  static Stream<Arguments> mutants() {
    return SUMMARIES.stream().flatMap(name -> IntStream.range(0, SEEDS_PER_SUMMARY)
        .mapToObj(seed -> Arguments.of(name, 12_000L + seed)));
  }

  @ParameterizedTest(name = "{0} seed {1}")
  @MethodSource("mutants")
  void aMutantReadsToTheSameStructureOrFailsAtATouchedLine(String summary, long seed) throws IOException {
    check(summary, seed);
  }

  /** Guards the property against vacuity: most mutants must read, and some must be refused. */
  @Test
  void mostMutantsReadAndSomeAreRefused() throws IOException {
    int read = 0;
    int refused = 0;
    for (String summary : SUMMARIES) {
      for (long seed = 12_000; seed < 12_150; seed++) {
        if (check(summary, seed)) {
          read++;
        } else {
          refused++;
        }
      }
    }
    assertThat(read).as("mutants read").isGreaterThan(225);
    assertThat(refused).as("mutants refused").isGreaterThan(40);
  }

  /** Checks one mutant; true if it read to the original's structure, false if refused rightly. */
  private static boolean check(String summary, long seed) throws IOException {
    String original = Files.readString(EXAMPLES.resolve(summary), StandardCharsets.UTF_8);
    SummaryReader reader = SummaryReader.withCatalogue(catalogue(summary));
    Meeting expected = reader.read(original, summary).meeting();
    Mutant mutant = new Mutant(original);
    SplittableRandom random = new SplittableRandom(seed);
    int wanted = 1 + random.nextInt(3);
    for (int attempts = 0; mutant.applied.size() < wanted && attempts < 50; attempts++) {
      MUTATIONS.get(random.nextInt(MUTATIONS.size())).apply(mutant, random);
    }
    String text = mutant.text();
    String story = summary + " seed " + seed + " " + mutant.applied + "\n" + text;
    Meeting actual;
    try {
      actual = reader.read(text, summary).meeting();
    } catch (SummaryFormatException e) {
      assertThat(mutant.touchedLines()).as("the error line of %s\nfor %s", e.getMessage(), story)
          .contains(e.line());
      return false;
    }
    if (mutant.mustFail) {
      fail("read although a mutation changed the meaning: " + story);
    }
    assertThat(structure(actual)).as(story).isEqualTo(structure(expected));
    return true;
  }

  /** The summary's lines, each knowing whether a mutation touched it. */
  static final class Mutant {
    final List<String> lines = new ArrayList<>();
    final List<Boolean> touched = new ArrayList<>();
    final List<String> applied = new ArrayList<>();
    boolean mustFail;

    Mutant(String text) {
      for (String line : text.split("\n", -1)) {
        lines.add(line);
        touched.add(false);
      }
    }

    String text() {
      return String.join("\n", lines);
    }

    Set<Integer> touchedLines() {
      Set<Integer> numbers = new TreeSet<>();
      for (int i = 0; i < lines.size(); i++) {
        if (touched.get(i)) {
          numbers.add(i + 1);
        }
      }
      return numbers;
    }

    /** A random line index whose text passes the test, or -1. */
    int pick(SplittableRandom random, Predicate<String> test) {
      List<Integer> candidates = new ArrayList<>();
      for (int i = 1; i < lines.size(); i++) {
        if (test.test(lines.get(i).strip())) {
          candidates.add(i);
        }
      }
      return candidates.isEmpty() ? -1 : candidates.get(random.nextInt(candidates.size()));
    }

    void set(int index, String text, String what) {
      applied.add(what + " at line " + (index + 1) + ": " + lines.get(index) + " -> " + text);
      lines.set(index, text);
      touched.set(index, true);
    }

    /** Marks the next non-blank line after {@code index} as touched. */
    void touchNext(int index) {
      for (int i = index; i < lines.size(); i++) {
        if (!lines.get(i).isBlank()) {
          touched.set(i, true);
          return;
        }
      }
    }
  }

  interface Mutation {
    void apply(Mutant mutant, SplittableRandom random);
  }

  private static final Predicate<String> SECTION_OPPORTUNITIES = line -> key(line).equals("mojligheter");
  private static final Predicate<String> SECTION_CHALLENGES = line -> key(line).equals("utmaningar");
  private static final Predicate<String> AREA_HEADING = line -> isAreaTitle(key(line));
  private static final Predicate<String> PRIORITIES_HEADING =
      line -> key(line).equals("mest prioriterade omraden enligt deltagarna");
  private static final Predicate<String> PRIORITY = line -> line.matches("^(?:- )?\\d[.)] .*");
  private static final Predicate<String> ITEM = line -> line.length() > 12 && !line.endsWith(":")
      && !AREA_HEADING.test(line) && !PRIORITY.test(line) && !line.startsWith("#")
      && !line.contains("deltog företrädare") && !line.contains("diskuterades inte")
      && !PRIORITIES_HEADING.test(line) && !line.matches(".*\\d{4}$");
  private static final Predicate<String> GROUP = line -> line.matches("^(?:- )?[A-ZÅÄÖ][a-zåäö]+$");
  private static final Predicate<String> ANY = line -> !line.isBlank();
  private static final Predicate<String> HEADING_OR_LABEL = AREA_HEADING.or(SECTION_OPPORTUNITIES)
      .or(SECTION_CHALLENGES).or(PRIORITIES_HEADING);

  private static final List<Mutation> MUTATIONS = List.of(
      (m, r) -> replace(m, r, SECTION_OPPORTUNITIES, OPPORTUNITY_LABELS, "opportunity label", false),
      (m, r) -> replace(m, r, SECTION_CHALLENGES, CHALLENGE_LABELS, "challenge label", false),
      (m, r) -> replace(m, r, SECTION_OPPORTUNITIES.or(SECTION_CHALLENGES), REFUSED_LABELS, "SWOT label", true),
      (m, r) -> replace(m, r, PRIORITIES_HEADING, PRIORITY_HEADINGS, "priorities heading", false),
      (m, r) -> replace(m, r, AREA_HEADING, FOREIGN_HEADINGS, "foreign area heading", true),
      (m, r) -> rewrite(m, r, AREA_HEADING, line -> line.toUpperCase(Locale.ROOT), "capitals"),
      (m, r) -> rewrite(m, r, HEADING_OR_LABEL, line -> line.toLowerCase(Locale.ROOT), "lower case"),
      (m, r) -> rewrite(m, r, AREA_HEADING, line -> line + (r.nextBoolean() ? "." : ":"), "punctuation"),
      (m, r) -> rewrite(m, r, AREA_HEADING, line -> (1 + r.nextInt(4)) + ". " + line, "numbering"),
      (m, r) -> rewrite(m, r, AREA_HEADING, line -> line.replace(" och ", " & "), "ampersand"),
      (m, r) -> rewrite(m, r, AREA_HEADING.or(ITEM), line -> line.replace(" ", "  "), "spacing"),
      (m, r) -> rewrite(m, r, HEADING_OR_LABEL, line -> "**" + unhash(line) + "**", "bold"),
      (m, r) -> rewrite(m, r, HEADING_OR_LABEL, line -> "## " + unhash(line), "hash"),
      (m, r) -> rewrite(m, r, ANY, SummaryMutationTest::stripDiacritics, "diacritics"),
      (m, r) -> rewrite(m, r, ITEM, line -> line.endsWith(".") ? line.substring(0, line.length() - 1)
          : line + ".", "item punctuation"),
      (m, r) -> rewrite(m, r, GROUP, line -> line + ".", "group punctuation"),
      (m, r) -> rewrite(m, r, PRIORITY, line -> line.replaceFirst("^(?:- )?(\\d)[.)] ",
          List.of("$1. ", "$1) ", "- $1) ", "• $1. ").get(r.nextInt(4))), "priority numbering"),
      SummaryMutationTest::shortenHeading,
      SummaryMutationTest::removePrioritiesHeading,
      SummaryMutationTest::removeBlankLine,
      SummaryMutationTest::addBlankLine);

  private static void replace(Mutant m, SplittableRandom r, Predicate<String> where, List<String> with,
      String what, boolean changesMeaning) {
    int at = m.pick(r, where);
    if (at >= 0) {
      m.set(at, with.get(r.nextInt(with.size())), what);
      m.mustFail |= changesMeaning;
    }
  }

  private static void rewrite(Mutant m, SplittableRandom r, Predicate<String> where,
      java.util.function.UnaryOperator<String> how, String what) {
    int at = m.pick(r, where);
    if (at >= 0) {
      String changed = how.apply(m.lines.get(at));
      if (!changed.equals(m.lines.get(at))) {
        m.set(at, changed, what);
      }
    }
  }

  /** Drops the last two words of an area heading: the area is then only nearly named. */
  private static void shortenHeading(Mutant m, SplittableRandom r) {
    int at = m.pick(r, AREA_HEADING);
    if (at >= 0) {
      String line = m.lines.get(at);
      m.set(at, line.replaceFirst("\\s+\\S+\\s+\\S+$", ""), "shortened heading");
      m.mustFail = true;
    }
  }

  private static void removePrioritiesHeading(Mutant m, SplittableRandom r) {
    int at = m.pick(r, PRIORITIES_HEADING);
    if (at >= 0) {
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
      m.applied.add("added a blank line before line " + (at + 1));
      m.lines.add(at, "");
      m.touched.add(at, false);
      m.touched.set(at - 1, true);
      m.touched.set(at + 1, true);
    }
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

  /** Whether the key is an area title of any catalogue the summaries use. */
  private static boolean isAreaTitle(String key) {
    return Stream.of(StrategicAreaCatalogue.norrbotten(), OTHER_REGION)
        .flatMap(catalogue -> catalogue.areas().stream())
        .anyMatch(area -> normal(area.title()).equals(key));
  }

  private static StrategicAreaCatalogue catalogue(String summary) {
    return summary.startsWith("other-region/") ? OTHER_REGION : StrategicAreaCatalogue.norrbotten();
  }

  /** Text as compared: no case, diacritics, punctuation or spacing differences. */
  private static String normal(String text) {
    return stripDiacritics(text).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** What a person compares: who took part, the ranked priorities, each area's items by kind. */
  private static List<String> structure(Meeting meeting) {
    List<String> parts = new ArrayList<>();
    parts.add("title " + normal(meeting.title()) + " " + meeting.date());
    parts.add("summary " + meeting.summary().map(SummaryMutationTest::normal).orElse(""));
    for (StakeholderGroup group : meeting.participants()) {
      parts.add("group " + normal(group.name()));
    }
    for (PriorityArea priority : meeting.priorities()) {
      parts.add("priority " + priority.rank() + " " + normal(priority.title()) + " | "
          + priority.description().map(SummaryMutationTest::normal).orElse("") + " | " + priority.stated());
    }
    for (AreaInput area : meeting.areas()) {
      parts.add("area " + area.area() + " " + area.coverage() + " "
          + area.note().map(SummaryMutationTest::normal).orElse(""));
      items(parts, "opportunity", area.opportunities());
      items(parts, "challenge", area.challenges());
      items(parts, "insight", area.insights());
    }
    return parts;
  }

  private static void items(List<String> parts, String kind, List<? extends AreaItem> items) {
    parts.addAll(items.stream().map(item -> kind + " " + normal(item.text())).collect(Collectors.toList()));
  }

  private static StrategicAreaCatalogue readOtherRegion() {
    try {
      return CatalogueReader.read(EXAMPLES.resolve("other-region/strategic-areas.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
