package io.github.rusdialog.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.testkit.SampleMeetings;
import io.github.rusdialog.text.SummaryReader;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 24: a Markdown summary is read as CommonMark renders it. The seed summary, written in the
 * forms Markdown writers use, reads to the same meeting as its text; markup never stays in a text;
 * what has no place in a summary is refused at its line.
 */
class MarkdownSummaryReaderTest {
  private static final MarkdownSummaryReader READER = MarkdownSummaryReader.create();
  private static final Path EXAMPLES = Path.of("..", "examples");

  private static Meeting read(String markdown) throws InvalidInputException {
    return READER.read(markdown, "test.md").meeting();
  }

  /** The seed meeting written as Markdown, each choice a writer makes given as a function. */
  private static String seed(Function<String, String> heading, Function<String, String> label,
      Function<Integer, String> number, String bullet, Function<String, String> bold, boolean wrap) {
    Meeting seed = SampleMeetings.seed();
    StringBuilder md = new StringBuilder();
    md.append(heading.apply("Bolagsdagen 13/3 2024")).append("\n\n");
    md.append(wrap ? wrap(seed.summary().orElseThrow(), "") : seed.summary().orElseThrow()).append("\n\n");
    for (StakeholderGroup group : seed.participants()) {
      md.append(bullet).append(' ').append(group.name()).append('\n');
    }
    md.append('\n').append(heading.apply("MEST PRIORITERADE OMRÅDEN ENLIGT DELTAGARNA")).append("\n\n");
    for (PriorityArea priority : seed.priorities()) {
      String item = number.apply(priority.rank()) + " " + bold.apply(priority.title() + ":") + " "
          + priority.description().orElseThrow();
      md.append(wrap ? wrap(item, "") : item).append('\n');
    }
    for (AreaInput area : seed.areas()) {
      md.append('\n').append(heading.apply(SampleMeetings.seedDialogue().strategicArea(area.area()).title()))
          .append("\n\n");
      area.note().ifPresent(note -> md.append(note).append("\n\n"));
      items(md, label, "Möjligheter:", area.opportunities(), bullet, wrap);
      items(md, label, "Utmaningar:", area.challenges(), bullet, wrap);
      if (!area.insights().isEmpty()) {
        for (AreaItem item : area.insights()) {
          md.append(bullet).append(' ').append(wrap ? wrap(item.text(), "") : item.text()).append('\n');
        }
        md.append('\n');
      }
    }
    return md.toString();
  }

  private static void items(StringBuilder md, Function<String, String> label, String name,
      List<? extends AreaItem> items, String bullet, boolean wrap) {
    if (items.isEmpty()) {
      return;
    }
    md.append(label.apply(name)).append("\n\n");
    for (AreaItem item : items) {
      md.append(bullet).append(' ').append(wrap ? wrap(item.text(), "") : item.text()).append('\n');
    }
    md.append('\n');
  }

  /** Hard-wraps at 50 columns, the continuation lines not indented: CommonMark's lazy continuation. */
  private static String wrap(String text, String indent) {
    StringBuilder out = new StringBuilder();
    int column = 0;
    for (String word : text.split(" ")) {
      if (column > 0 && column + word.length() > 50) {
        out.append('\n').append(indent);
        column = 0;
      } else if (column > 0) {
        out.append(' ');
        column++;
      }
      out.append(word);
      column += word.length();
    }
    return out.toString();
  }

  static Stream<Arguments> seedForms() {
    Function<String, String> atx = text -> "## " + text;
    Function<String, String> atxClosed = text -> "## " + text + " ##";
    Function<String, String> setext = text -> text + "\n" + "-".repeat(Math.min(text.length(), 20));
    Function<String, String> plainLabel = text -> text;
    Function<String, String> boldLabel = text -> "**" + text + "**";
    Function<String, String> h3Label = text -> "### " + text;
    Function<Integer, String> ones = rank -> "1.";
    Function<Integer, String> counted = rank -> rank + ".";
    Function<Integer, String> parens = rank -> rank + ")";
    Function<String, String> stars = text -> "**" + text + "**";
    Function<String, String> underscores = text -> "__" + text + "__";
    return Stream.of(
        Arguments.of("ATX headings, 1. 2. 3., - bullets", seed(atx, h3Label, counted, "-", stars, false)),
        Arguments.of("every item numbered 1.", seed(atx, h3Label, ones, "-", stars, false)),
        Arguments.of("closing ## on headings, 1) numbers", seed(atxClosed, plainLabel, parens, "*", stars, false)),
        Arguments.of("setext headings, + bullets, __bold__", seed(setext, boldLabel, counted, "+", underscores, false)),
        Arguments.of("hard-wrapped lines (lazy continuation)", seed(atx, h3Label, ones, "-", stars, true)),
        Arguments.of("setext and wrapped", seed(setext, plainLabel, ones, "*", stars, true)),
        Arguments.of("level-1 setext headings (===), + bullets", seed(
            text -> text + "\n" + "=".repeat(Math.min(text.length(), 20)), h3Label, counted, "+", stars, false)),
        Arguments.of("loose lists (a blank line between items)", seed(atx, h3Label, counted, "-", stars, false)
            .replaceAll("\n(\\d\\. |- )", "\n\n$1")),
        Arguments.of("the whole summary in a block quote", seed(atx, h3Label, ones, "-", stars, false)
            .lines().map(line -> "> " + line).collect(java.util.stream.Collectors.joining("\n"))),
        Arguments.of("needless escapes and entities", seed(atx, h3Label, counted, "-", stars, false)
            .replace("100%", "100\\%").replace("AI", "&#65;I").replace("Bilberoendet.", "Bilberoendet\\.")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedForms")
  void readsTheSeedWrittenInUsualMarkdownFormsAsItsText(String form, String markdown) throws Exception {
    assertThat(read(markdown)).as(markdown).isEqualTo(SampleMeetings.seed());
  }

  @Test
  void readsTheBundledExampleAsBefore() throws Exception {
    assertThat(READER.read(EXAMPLES.resolve("kommundialog-overkalix-2024-04-19.md")).meeting())
        .isEqualTo(SampleMeetings.overkalix());
  }

  @Test
  void keepsNoInlineMarkupInATextAndKeepsLinkAddresses() throws Exception {
    Meeting meeting = read(String.join("\n", "# Möte 13/3 2024", "",
        "Intro med _kursiv_, `kod`, \\*stjärnor\\* och &amp; samt &ouml;.", "",
        "## God tillgänglighet genom digital kommunikation och transportsystem", "",
        "### Möjligheter:", "",
        "- Läs [planen](https://example.org/plan) och <https://example.org/> eller <info@example.org>.",
        "- Rad ett  ", "  rad två efter hård radbrytning.",
        "- **Fet** inne i _texten_ och \\~~inte struken~~ (escaped: struck-through text is refused, GfmTest)."));
    assertThat(meeting.summary()).hasValue("Intro med kursiv, kod, *stjärnor* och & samt ö.");
    assertThat(meeting.area("accessibility").orElseThrow().opportunities()).extracting(AreaItem::text).containsExactly(
        "Läs planen (https://example.org/plan) och https://example.org/ eller info@example.org.",
        "Rad ett\nrad två efter hård radbrytning.",
        "Fet inne i texten och ~~inte struken~~ (escaped: struck-through text is refused, GfmTest).");
  }

  @Test
  void aWrappedIntroStillIntroducesTheGroupsOnePerLine() throws Exception {
    Meeting meeting = read(String.join("\n", "# Möte 13/3 2024", "",
        "Kort sammanfattning av mötet. I just det här mötet deltog",
        "företrädare för:", "Kommunen", "Näringsliv, Unga", "", "## Prioriteringar", "", "1. **A:** a"));
    assertThat(meeting.summary()).hasValue("Kort sammanfattning av mötet. I just det här mötet deltog företrädare för:");
    assertThat(meeting.participants()).extracting(StakeholderGroup::name).containsExactly("Kommunen", "Näringsliv", "Unga");
  }

  @Test
  void twoLinesWithoutABlankLineBetweenAreOneParagraphAsCommonMarkSays() throws Exception {
    Meeting meeting = read(String.join("\n", "# Möte 13/3 2024", "",
        "## God tillgänglighet genom digital kommunikation och transportsystem", "", "### Utmaningar:", "",
        "Bilberoendet.", "Glesa turer.", "", "Långa avstånd."));
    assertThat(meeting.area("accessibility").orElseThrow().challenges()).extracting(AreaItem::text)
        .containsExactly("Bilberoendet. Glesa turer.", "Långa avstånd.");
  }

  @Test
  void refusesALineInsideAParagraphThatStandsAsAHeadingOrAListLine() {
    String head = "# Möte 13/3 2024\n\n## God tillgänglighet genom digital kommunikation och transportsystem\n\n"
        + "### Utmaningar:\n\n";
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> read(head + "Bilberoendet.\n"
        + "Väl fungerande kompetensförsörjning och kompetensutveckling\n")).getMessage())
        .isEqualTo("test.md:8: \"Väl fungerande kompetensförsörjning och kompetensutveckling\" stands on a line"
            + " of its own, but Markdown reads it as part of the paragraph above, since no blank line comes before it:"
            + " put a blank line before it");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> read(head + "• Bilberoendet.\n• Glesa turer.\n"))
        .getMessage()).startsWith("test.md:7: \"• Bilberoendet.\" and the lines below it are written as a list,"
            + " but Markdown reads them as one paragraph");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> read(head + "Bilberoendet.\n2. Glesa turer.\n"))
        .getMessage()).startsWith("test.md:8: \"2. Glesa turer.\" stands on a line of its own");
  }

  @Test
  void aListStartingAtAnotherNumberCountsFromIt() throws Exception {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(String.join("\n",
        "# Möte 13/3 2024", "", "## Prioriteringar", "", "2. **A:** a", "2. **B:** b")));
    assertThat(e.getMessage()).isEqualTo("test.md:5: priority 2 comes first; number the priorities 1, 2, 3 … without gaps");
  }

  @Test
  void refusesWhatASummaryDoesNotHaveAtItsLine() {
    String head = "# Möte 13/3 2024\n\n## God tillgänglighet genom digital kommunikation och transportsystem\n\n"
        + "### Möjligheter:\n\n";
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> read(head + "Tåg.\n\n    kod\n")).getMessage())
        .startsWith("test.md:9: this is a code block");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> read(head + "- Tåg\n  - inre\n")).getMessage())
        .startsWith("test.md:8: a list inside a list item");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> read(head + "- Tåg <b>fet</b>\n")).getMessage())
        .startsWith("test.md:7: HTML (<b>) in the text");
    assertThat(catchThrowableOfType(InvalidInputException.class, () -> read(head + "<div>\nx\n</div>\n")).getMessage())
        .startsWith("test.md:7: this is HTML");
  }

  @Test
  void namesTheLineOfARuleBrokenInTheSummary() {
    InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> read(String.join("\n",
        "# Möte 13/3 2024", "", "Intro.", "", "### Möjligheter:", "", "- Tåg.")));
    assertThat(e.getMessage()).startsWith("test.md:5: \"Möjligheter:\" before any strategic area heading");
  }

  @Test
  void readsTheSameAsTheTextReaderWhereTextAndMarkdownAgree() throws Exception {
    // The seed's own text file is also valid CommonMark: paragraphs, "- 1)" priorities, labels.
    String text = java.nio.file.Files.readString(EXAMPLES.resolve("bolagsdagen-2024-03-13.txt"));
    assertThat(READER.read(text, "seed.md").meeting()).isEqualTo(SummaryReader.create().read(text, "seed.txt").meeting());
  }


  @Test
  void headCountsReadAsInText() throws Exception {
    String text = "Möte 13/3 2024\nKort sammanfattning. I just det här mötet deltog företrädare för:\n"
        + "- Kommunen: 3 personer\n- Unga (6)\n- 2 från Samer\n\nAntal deltagare: 23\n";
    String markdown = "# Möte 13/3 2024\n\nKort sammanfattning.\nI just det här mötet deltog företrädare för:\n\n"
        + "* Kommunen: 3 personer\n* Unga \\(6\\)\n* 2 från *Samer*\n\n**Antal deltagare:** 23\n";
    Meeting fromMarkdown = read(markdown);
    assertThat(fromMarkdown).isEqualTo(io.github.rusdialog.text.SummaryReader.create().read(text, "test.txt").meeting());
    assertThat(fromMarkdown.attendees()).hasValue(23);
    assertThat(fromMarkdown.participants()).extracting(group -> group.name() + "=" + group.attendees().getAsInt())
        .containsExactly("Kommunen=3", "Unga=6", "Samer=2");
    assertThatThrownBy(() -> read("# Möte 13/3 2024\n\nDeltagare:\n\n- Kommunen\n- Unga (ca 6)\n"))
        .hasMessageStartingWith("test.md:6: \"Unga (ca 6)\" gives an approximate head count");
  }
}
