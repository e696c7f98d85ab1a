package io.github.rusdialog.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Coverage;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StakeholderKind;
import io.github.rusdialog.text.Summary;
import io.github.rusdialog.text.SummaryReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The two real summaries in {@code examples/} read to exactly the meetings they describe. */
class SummaryExamplesTest {
  private static final Path EXAMPLES = Path.of("..", "examples");
  private static final Path SEED = EXAMPLES.resolve("bolagsdagen-2024-03-13.txt");
  private static final Path OVERKALIX = EXAMPLES.resolve("kommundialog-overkalix-2024-04-19.md");

  @Test
  void theSeedReadsToTheHandBuiltSeedMeeting() throws IOException {
    Summary summary = SummaryReader.create().read(SEED);
    assertThat(summary.meeting()).isEqualTo(SampleMeetings.seed());
    assertThat(summary.dialogueName()).hasValue("RUS-dialogen");
    assertThat(summary.organiser()).hasValue("Region Norrbotten");
    assertThat(summary.toDialogue()).isEqualTo(SampleMeetings.seedDialogue());
  }

  @Test
  void theSeedHasTheShapeOfTheSummary() throws IOException {
    Meeting seed = SummaryReader.create().read(SEED).meeting();
    assertThat(seed.participants()).extracting(StakeholderGroup::kind).containsExactly(
        StakeholderKind.MUNICIPALITY, StakeholderKind.BUSINESS, StakeholderKind.MINORITIES,
        StakeholderKind.CIVIL_SOCIETY, StakeholderKind.YOUTH, StakeholderKind.AUTHORITIES);
    assertThat(seed.priorities()).extracting(p -> p.stated().id())
        .containsExactly("explicit", "explicit", "explicit", "implied");
    assertCounts(seed.area("accessibility").orElseThrow(), Coverage.DIRECT, 2, 2, 0);
    assertCounts(seed.area("culture-housing-work-welfare").orElseThrow(), Coverage.DIRECT, 3, 2, 0);
    assertCounts(seed.area("skills").orElseThrow(), Coverage.INDIRECT, 0, 0, 2);
    assertCounts(seed.area("innovation").orElseThrow(), Coverage.DIRECT, 2, 2, 0);
    assertThat(seed.area("skills").orElseThrow().note())
        .hasValue("Detta område nämns inte direkt i svaren, men relaterade insikter kan inkludera:");
  }

  private static void assertCounts(AreaInput input, Coverage coverage, int opportunities,
      int challenges, int insights) {
    assertThat(input.coverage()).isEqualTo(coverage);
    assertThat(input.opportunities()).hasSize(opportunities);
    assertThat(input.challenges()).hasSize(challenges);
    assertThat(input.insights()).hasSize(insights);
  }

  @Test
  void theOverkalixExampleReadsToTheMeetingItDescribes() throws IOException {
    Meeting expected = SampleMeetings.overkalix();
    Summary summary = SummaryReader.create().read(OVERKALIX);
    assertThat(summary.meeting()).isEqualTo(expected);
    assertThat(summary.meeting().id()).isEqualTo("kommundialog-overkalix-2024-04-19");
    assertThat(summary.organiser()).hasValue("Region Norrbotten");
  }

  /**
   * Walks every non-blank line of the example and removes from it what the model holds (texts,
   * the title and date) and the labels the reader consumes; what is left must be markup only.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"bolagsdagen-2024-03-13.txt", "kommundialog-overkalix-2024-04-19.md"})
  void everyNonBlankLineEndsUpInTheModel(String name) throws IOException {
    Path file = EXAMPLES.resolve(name);
    Summary summary = SummaryReader.create().read(file);
    Dialogue dialogue = summary.toDialogue();
    List<String> known = new ArrayList<>(DialogueTexts.list(dialogue));
    known.addAll(List.of("MEST PRIORITERADE OMRÅDEN ENLIGT DELTAGARNA", "Möjligheter", "Utmaningar",
        summary.meeting().title()));
    // Longest first, so a short text never eats part of a longer one.
    known.sort(Comparator.comparingInt(String::length).reversed());
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    int checked = 0;
    for (int i = 0; i < lines.size(); i++) {
      String rest = lines.get(i);
      if (rest.isBlank()) {
        continue;
      }
      for (String text : known) {
        rest = rest.replace(text, " ");
      }
      rest = rest.replace("13/3 2024", " ").replace("19/4 2024", " ");
      assertThat(rest).as("%s:%d leaves words outside the model: %s", name, i + 1, lines.get(i))
          .matches("[\\s#*:\\-•–.)\\d]*");
      checked++;
    }
    assertThat(checked).isGreaterThan(20);
  }
}
