package io.github.rusdialog.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.StakeholderKind;
import io.github.rusdialog.synthesis.AreaCoverage;
import io.github.rusdialog.synthesis.DialogueSynthesis;
import io.github.rusdialog.synthesis.HeadCounts;
import io.github.rusdialog.synthesis.KindHeadCount;
import io.github.rusdialog.synthesis.KindParticipation;
import io.github.rusdialog.synthesis.PriorityConsensus;
import io.github.rusdialog.synthesis.RankedMention;
import io.github.rusdialog.synthesis.ResponseCounts;
import io.github.rusdialog.synthesis.ResponseTally;
import io.github.rusdialog.text.SummaryReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every figure of the synthesis of three meetings, against values worked out by hand. */
class DialogueSynthesisTest {
  private static final String SEED = "bolagsdagen-2024-03-13";
  private static final String OVERKALIX = "kommundialog-overkalix-2024-04-19";
  private static final String YOUTH = "ungdomsdialog-lulea-2024-05-20";

  private static DialogueSynthesis synthesis;

  @BeforeAll
  static void synthesise() throws IOException {
    Dialogue dialogue = SampleMeetings.dialogueOf(SampleMeetings.seed(),
        SummaryReader.create().read(Path.of("..", "examples", "kommundialog-overkalix-2024-04-19.md")).meeting(),
        SampleMeetings.youthDialogue());
    assertThat(dialogue).isEqualTo(SampleMeetings.threeMeetings());
    synthesis = DialogueSynthesis.of(dialogue);
  }

  @Test
  void countsTheMeetingsPerStakeholderKind() {
    assertThat(synthesis.meetingCount()).isEqualTo(3);
    assertThat(synthesis.participation()).extracting(KindParticipation::kind, KindParticipation::meetingIds)
        .containsExactly(
            tuple(StakeholderKind.MUNICIPALITY, List.of(SEED, OVERKALIX)),
            tuple(StakeholderKind.BUSINESS, List.of(SEED, OVERKALIX)),
            tuple(StakeholderKind.MINORITIES, List.of(SEED)),
            tuple(StakeholderKind.CIVIL_SOCIETY, List.of(SEED, OVERKALIX)),
            tuple(StakeholderKind.YOUTH, List.of(SEED, YOUTH)),
            tuple(StakeholderKind.AUTHORITIES, List.of(SEED)),
            tuple(StakeholderKind.ACADEMIA, List.of(YOUTH)),
            tuple(StakeholderKind.INDIVIDUALS, List.of(OVERKALIX)),
            tuple(StakeholderKind.OTHER, List.of(YOUTH)));
    assertThat(synthesis.participation().get(4).groupNames()).containsExactly("Unga");
    assertThat(synthesis.participation().get(8).groupNames()).containsExactly("Byalaget");
    assertThat(synthesis.kindsNeverHeard()).containsExactly(StakeholderKind.REGION);
  }

  @Test
  void countsThePeopleWhereTheSummariesGiveHeadCounts() {
    HeadCounts counts = synthesis.headCounts();
    // Only the youth dialogue counts: Unga (12), Akademi (3), Byalaget without a count.
    assertThat(counts.people()).isEqualTo(15);
    assertThat(counts.byKind()).extracting(KindHeadCount::kind, KindHeadCount::people, KindHeadCount::meetingIds)
        .containsExactly(tuple(StakeholderKind.YOUTH, 12, List.of(YOUTH)), tuple(StakeholderKind.ACADEMIA, 3, List.of(YOUTH)));
    assertThat(counts.meetingsCounted()).containsExactly(YOUTH);
    assertThat(counts.meetingsNotCounted()).containsExactly(SEED, OVERKALIX);
  }

  @Test
  void countsTheRegionsResponsesPerMeetingAndArea() {
    ResponseCounts responses = synthesis.responses();
    // The youth dialogue: 3 priorities (the first adopted), 2 items (the opportunity not adopted).
    assertThat(responses.byMeeting().get(YOUTH)).isEqualTo(new ResponseTally(1, 0, 1, 0, 3));
    // The seed answers nothing: its 4 priorities and 15 items are open.
    assertThat(responses.byMeeting().get(SEED)).isEqualTo(new ResponseTally(0, 0, 0, 0, 4 + 15));
    assertThat(responses.byMeeting().keySet()).containsExactly(SEED, OVERKALIX, YOUTH);
    assertThat(responses.byArea().keySet()).containsExactly("culture-housing-work-welfare", "skills", "innovation",
        "accessibility");
    ResponseTally accessibility = responses.byArea().get("accessibility");
    assertThat(accessibility.notAdopted()).isEqualTo(1);
    assertThat(accessibility.adopted()).as("priorities count with their meeting only").isZero();
    assertThat(responses.all().total()).isEqualTo(responses.byMeeting().values().stream()
        .mapToInt(ResponseTally::total).sum());
    assertThat(responses.all().adopted()).isEqualTo(1);
  }

  @Test
  void aMeetingsTotalCountsInsteadOfItsGroupsSum() {
    Meeting withTotal = SampleMeetings.youthDialogue().withAttendees(java.util.OptionalInt.of(40));
    HeadCounts counts = DialogueSynthesis.of(SampleMeetings.dialogueOf(SampleMeetings.seed(), withTotal)).headCounts();
    assertThat(counts.people()).isEqualTo(40);
    assertThat(counts.byKind()).extracting(KindHeadCount::people).containsExactly(12, 3);
    assertThat(DialogueSynthesis.of(SampleMeetings.seedDialogue()).headCounts())
        .isEqualTo(new HeadCounts(0, List.of(), List.of(), List.of(SEED)));
  }

  @Test
  void ranksThePriorityGroupsByBordaScore() {
    // label, meetings, first places, mean rank, Borda (n − rank + 1 summed)
    assertThat(synthesis.priorities()).extracting(PriorityConsensus::label, PriorityConsensus::meetingCount,
        PriorityConsensus::firstPlaceCount, PriorityConsensus::meanRank, PriorityConsensus::bordaScore)
        .containsExactly(
            tuple("Kompetensförsörjning", 2, 2, 1.0, 3 + 3),
            tuple("Boende och Infrastruktur", 2, 1, 1.5, 4 + 2),
            tuple("Kultur, Vårld och Samhällsgemenskap", 1, 0, 2.0, 3),
            tuple("Innovation och Entreprenörskap", 1, 0, 3.0, 2),
            tuple("Service på landsbygden", 1, 0, 2.0, 2),
            tuple("God tillgänglighet genom digital kommunikation och transportsystem", 1, 0, 3.0, 1),
            tuple("Kommunikationer", 1, 0, 3.0, 1),
            tuple("Utbildning och Kompetensutveckling", 1, 0, 4.0, 1));
  }

  @Test
  void tracesEveryPriorityFigureToItsMeetings() {
    PriorityConsensus housing = synthesis.priorities().get(1);
    assertThat(housing.key()).isEqualTo("title:boende och infrastruktur");
    assertThat(housing.mentions()).extracting(RankedMention::meetingId, RankedMention::rank,
        RankedMention::priorityCount, RankedMention::title, RankedMention::bordaPoints)
        .containsExactly(tuple(SEED, 1, 4, "Boende och Infrastruktur", 4),
            tuple(YOUTH, 2, 3, "boende  och infrastruktur", 2));
    assertThat(housing.meetingIds()).containsExactly(SEED, YOUTH);
    assertThat(synthesis.priorities().get(5).key()).isEqualTo("area:accessibility");
  }

  @Test
  void countsTheInputPerStrategicArea() {
    assertThat(synthesis.coverage()).extracting(c -> c.area().id(), AreaCoverage::direct,
        AreaCoverage::indirect, AreaCoverage::notDiscussed, AreaCoverage::absent,
        AreaCoverage::opportunities, AreaCoverage::challenges, AreaCoverage::insights)
        .containsExactly(
            tuple("culture-housing-work-welfare", List.of(SEED, OVERKALIX), List.of(), List.of(),
                List.of(YOUTH), 3 + 1, 2 + 1, 0),
            tuple("skills", List.of(OVERKALIX), List.of(SEED, YOUTH), List.of(), List.of(), 1, 1, 2 + 1),
            tuple("innovation", List.of(SEED), List.of(), List.of(OVERKALIX, YOUTH), List.of(), 2, 2, 0),
            tuple("accessibility", List.of(SEED, OVERKALIX, YOUTH), List.of(), List.of(), List.of(),
                2 + 2 + 1, 2 + 2, 0));
  }

  @Test
  void countsALinkedPriorityForEachOfItsAreasAndEachMeetingOncePerArea() {
    io.github.rusdialog.model.Meeting seed = SampleMeetings.seed();
    io.github.rusdialog.model.Meeting linked = io.github.rusdialog.model.Meeting.builder().from(seed)
        .priorities(List.of(
            io.github.rusdialog.model.PriorityArea.builder().from(seed.priorities().get(0))
                .areas(List.of("skills", "innovation")).build(),
            io.github.rusdialog.model.PriorityArea.builder().from(seed.priorities().get(1))
                .areas(List.of("skills")).build(),
            seed.priorities().get(2), seed.priorities().get(3)))
        .build();
    io.github.rusdialog.model.Meeting other = io.github.rusdialog.model.Meeting.builder()
        .from(SampleMeetings.overkalix()).title("Bolagsdagen").build();
    DialogueSynthesis linkedSynthesis = DialogueSynthesis.of(SampleMeetings.dialogueOf(linked, other));
    PriorityConsensus skills = linkedSynthesis.priorities().stream().filter(p -> p.key().equals("area:skills"))
        .findFirst().orElseThrow();
    assertThat(skills.label()).isEqualTo("Väl fungerande kompetensförsörjning och kompetensutveckling");
    assertThat(skills.mentions()).extracting(RankedMention::meetingId, RankedMention::rank)
        .as("the best-ranked of the meeting's two skills priorities, once").containsExactly(tuple(SEED, 1));
    assertThat(linkedSynthesis.priorities()).extracting(PriorityConsensus::key).contains("area:innovation")
        .doesNotContain("title:boende och infrastruktur");
    assertThat(linkedSynthesis.meetingName(SEED)).as("two meetings share the title").isEqualTo("Bolagsdagen (2024-03-13)");
    assertThat(synthesis.meetingNames(List.of(SEED, YOUTH))).isEqualTo("Bolagsdagen, Ungdomsdialog Luleå");
  }
}
