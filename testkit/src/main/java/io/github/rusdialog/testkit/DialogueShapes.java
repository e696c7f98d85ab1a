package io.github.rusdialog.testkit;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Challenge;
import io.github.rusdialog.model.Coverage;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Insight;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.Opportunity;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Dialogues at the sizes and shapes where exporters change their output: no meeting, one, two,
 * 30 and 31 (Excel's default limit for per-meeting sheets), the seed repeated 35 times, a few
 * hundred meetings, texts near Excel's cell limit and long enough to cross PDF pages, and
 * meetings with empty sections. Exporter tests check every text of each (the contract does).
 *
 * @since 0.1.0
 */
public final class DialogueShapes {
  /** Longest text an Excel cell holds; the long-text shape stays just under it. */
  public static final int EXCEL_CELL_LIMIT = 32_767;

  private DialogueShapes() {}

  /** One named dialogue. */
  public static final class Shape {
    private final String name;
    private final Dialogue dialogue;

    Shape(String name, Dialogue dialogue) {
      this.name = name;
      this.dialogue = dialogue;
    }

    /** {@return what the shape is, for test names: "31 meetings (seed 31)"} */
    public String name() {
      return name;
    }

    /** {@return the dialogue} */
    public Dialogue dialogue() {
      return dialogue;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** {@return every shape but the largest: quick enough to cross with every option and setting} */
  public static List<Shape> thresholds() {
    List<Shape> shapes = new ArrayList<>();
    shapes.add(new Shape("no meetings", Dialogue.builder().name("Tom dialog").organiser("Region Testbotten")
        .description("Sammanställning av vårens dialoger.\nInga möten är inlästa än.").strategicAreas(StrategicAreaCatalogue.norrbotten().areas()).build()));
    for (int meetings : new int[] {1, 2, 30, 31}) {
      shapes.add(generated(meetings, meetings <= 2 ? 12 : 5));
    }
    shapes.add(new Shape("long texts", longTexts()));
    shapes.add(new Shape("empty sections", emptySections()));
    return shapes;
  }

  /**
   * {@return the seed meeting 35 times, each with its own title, date and intro (issue 18's shape)}
   */
  public static Shape seedRepeated() {
    List<Meeting> meetings = new ArrayList<>();
    Meeting seed = SampleMeetings.seed();
    for (int i = 1; i <= 35; i++) {
      meetings.add(Meeting.builder().from(seed).id("bolagsdagen-" + i)
          .title("Bolagsdagen " + i).date(seed.date().plusDays(i))
          .summary("Sammanfattning av möte " + i + ": " + seed.summary().orElseThrow()).build());
    }
    return new Shape("the seed repeated 35 times", SampleMeetings.dialogueOf(meetings.toArray(new Meeting[0])));
  }

  /** {@return a few hundred small generated meetings} */
  public static Shape hundreds() {
    return generated(300, 4);
  }

  private static Shape generated(int meetings, int items) {
    long seed = 18_000L + meetings;
    return new Shape(meetings + (meetings == 1 ? " meeting" : " meetings") + " (generator seed " + seed + ")",
        DialogueGenerator.withSeed(seed).meetings(meetings).itemsPerMeeting(items).generate());
  }

  /** Texts that fill an Excel cell nearly and run over several PDF pages. */
  private static Dialogue longTexts() {
    String sentence = "Bättre bussförbindelser mellan byarna längs älvdalen gör det möjligt att bo kvar"
        + " och arbeta på distans, säger deltagarna från Överkalix och Övertorneå. ";
    String nearLimit = repeat(sentence, EXCEL_CELL_LIMIT - 100);
    String longWord = "Kommunikationsförbindelse".repeat(40);
    Meeting meeting = Meeting.builder().id("lang-2024-05-02").title("Lång dialog " + repeat(sentence, 300))
        .date(LocalDate.of(2024, 5, 2))
        .summary(repeat(sentence, 6_000))
        .addParticipants(StakeholderGroup.of("Kommunen"), StakeholderGroup.of(repeat("Föreningen ", 200).strip()))
        .addPriorities(PriorityArea.builder().rank(1).title(repeat("Infrastruktur ", 300).strip())
            .description(repeat(sentence, 20_000)).build())
        .addAreas(AreaInput.builder().area("accessibility").note(repeat(sentence, 2_000))
            .addOpportunities(Opportunity.of(nearLimit), Opportunity.of(longWord))
            .addChallenges(Challenge.of(repeat(sentence, 12_000))).build())
        .build();
    return SampleMeetings.dialogueOf(meeting);
  }

  /** Meetings without summary, participants, priorities or items, and areas with a note only. */
  private static Dialogue emptySections() {
    Meeting bare = Meeting.builder().id("tomt-2024-06-01").title("Tomt möte").date(LocalDate.of(2024, 6, 1))
        .build();
    Meeting notesOnly = Meeting.builder().id("noter-2024-06-02").title("Bara noteringar")
        .date(LocalDate.of(2024, 6, 2))
        .addAreas(AreaInput.builder().area("innovation").coverage(Coverage.NOT_DISCUSSED)
            .note("Detta område diskuterades inte vid mötet.").build())
        .addAreas(AreaInput.builder().area("skills").coverage(Coverage.INDIRECT)
            .note("Området nämndes bara i förbigående.").build())
        .addAreas(AreaInput.builder().area("accessibility").build())
        .build();
    Meeting oneOfEach = Meeting.builder().id("lite-2024-06-03").title("Lite av varje")
        .date(LocalDate.of(2024, 6, 3)).summary("Ett kort möte.")
        .addPriorities(PriorityArea.builder().rank(1).title("Enda prioriteringen").build())
        .addAreas(AreaInput.builder().area("culture-housing-work-welfare")
            .addInsights(Insight.of("En ensam insikt.")).build())
        .build();
    return SampleMeetings.dialogueOf(bare, notesOnly, oneOfEach);
  }

  private static String repeat(String sentence, int length) {
    StringBuilder text = new StringBuilder(length + sentence.length());
    while (text.length() + sentence.length() <= length) {
      text.append(sentence);
    }
    return text.toString().strip();
  }
}
