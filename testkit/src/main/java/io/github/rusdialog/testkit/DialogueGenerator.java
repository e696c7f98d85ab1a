package io.github.rusdialog.testkit;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Challenge;
import io.github.rusdialog.model.Coverage;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Insight;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.Opportunity;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.Response;
import io.github.rusdialog.model.ResponseStatus;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StakeholderKind;
import io.github.rusdialog.model.Stated;
import io.github.rusdialog.model.StrategicArea;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Makes synthetic dialogues from a seed: the same seed and sizes always give the same dialogue,
 * so a failing property test names the seed that replays it.
 *
 * <p>Texts mix Swedish words with letters from the minority languages (á č đ ŋ š ŧ ž, ä ö),
 * typographic quotes, XML characters and formula-like starts ({@code =}, {@code +}, {@code -},
 * {@code @}): everything is in Latin-1 and Latin Extended-A, which the PDF fonts cover.
 * <pre>{@code
 * Dialogue small = DialogueGenerator.withSeed(42).meetings(3).itemsPerMeeting(12).generate();
 * }</pre>
 * Not thread-safe: use one generator per thread.
 *
 * @since 0.1.0
 */
public final class DialogueGenerator {
  private static final String[] WORDS = {
    "boende", "infrastruktur", "kollektivtrafik", "kompetensförsörjning", "innovation", "unga",
    "föreningsliv", "välfärd", "digital", "delaktighet", "Norrbotten", "Luleå", "Kiruna", "Överkalix",
    "Pajala", "Jokkmokk", "samverkan", "företag", "utbildning", "distans", "bredband", "vård",
    "äldre", "ökad", "åtgärder", "attraktiv", "region", "AI", "näringsliv", "klimat", "gruvor",
    "Sápmi", "čoahkkin", "đuoddar", "ŋuolggat", "ŧuvvot", "šaddat", "žiehtá", "meänkieli", "äänet",
    "öljy", "100%", "2024", "&", "<", ">", "\"citat\"", "’apostrof’", "«guillemets»", "–", "…",
    "(parentes)", "semi;kolon", "A/B", "#1", "§3", "½", "€5", "±0", "Æøå", "Łódź", "Ærø",
  };
  private static final String[] FORMULA_STARTS = {"=", "+", "-", "@"};
  private static final String[] GROUPS = {
    "Kommunen", "Näringsliv", "Minoriteter", "Civilsamhälle", "Unga", "Myndigheter", "Akademi",
    "Region Norrbotten", "Privatpersoner", "Sámi searvi", "Pensionärsföreningen", "Byalaget",
  };

  private final long seed;
  private int meetings = 3;
  private int itemsPerMeeting = 12;
  private int maxPriorities = 5;
  private StrategicAreaCatalogue catalogue = StrategicAreaCatalogue.norrbotten();

  private DialogueGenerator(long seed) {
    this.seed = seed;
  }

  /**
   * {@return a generator with this seed and the default sizes (3 meetings, 12 items each)}
   *
   * @param seed the seed; the same seed gives the same dialogue
   */
  public static DialogueGenerator withSeed(long seed) {
    return new DialogueGenerator(seed);
  }

  /**
   * Sets the number of meetings.
   *
   * @param count the number of meetings, 0 or more
   * @return this generator
   */
  public DialogueGenerator meetings(int count) {
    this.meetings = count;
    return this;
  }

  /**
   * Sets the number of opportunities, challenges and insights per meeting, together.
   *
   * @param count the number of items per meeting
   * @return this generator
   */
  public DialogueGenerator itemsPerMeeting(int count) {
    this.itemsPerMeeting = count;
    return this;
  }

  /**
   * Sets the most priorities a meeting gets (at least 0).
   *
   * @param count the most priorities per meeting
   * @return this generator
   */
  public DialogueGenerator maxPriorities(int count) {
    this.maxPriorities = count;
    return this;
  }

  /**
   * Sets the strategic areas the meetings' input goes under.
   *
   * @param catalogue the strategic areas
   * @return this generator
   */
  public DialogueGenerator catalogue(StrategicAreaCatalogue catalogue) {
    this.catalogue = catalogue;
    return this;
  }

  /** {@return the seed this generator was made with} */
  public long seed() {
    return seed;
  }

  /** {@return the dialogue; the same seed and settings always give an equal dialogue} */
  public Dialogue generate() {
    SplittableRandom random = new SplittableRandom(seed);
    Dialogue.Builder dialogue = Dialogue.builder()
        .strategicAreas(catalogue.areas());
    if (random.nextInt(4) > 0) {
      dialogue.name("RUS-dialogen " + (2020 + random.nextInt(10))).organiser(pick(random, GROUPS));
    }
    if (seed % 2 != 0) {
      // A compilation's cover, from a stream of its own so that every other field is as before.
      SplittableRandom cover = new SplittableRandom(~seed);
      dialogue.description(capitalize(text(cover, 4, 12)) + ".\n" + capitalize(text(cover, 2, 6)) + ".");
    }
    LocalDate start = LocalDate.of(2024, 1, 8);
    for (int m = 0; m < meetings; m++) {
      dialogue.addMeetings(meeting(random, m, start.plusDays(random.nextInt(365))));
    }
    return dialogue.build();
  }

  /** An answer to one input about half the time, of any status, with a text and a reference sometimes. */
  private Optional<Response> response(SplittableRandom random) {
    if (random.nextBoolean()) {
      return Optional.empty();
    }
    ResponseStatus status = ResponseStatus.values()[random.nextInt(ResponseStatus.values().length)];
    Optional<String> text = status == ResponseStatus.NOT_ADOPTED || random.nextBoolean()
        ? Optional.of(paragraph(random)) : Optional.empty();
    Optional<String> reference = random.nextInt(3) == 0
        ? Optional.of("Mål " + (1 + random.nextInt(4)) + "." + (1 + random.nextInt(9))) : Optional.empty();
    return Optional.of(Response.of(status, text, reference));
  }

  private Meeting meeting(SplittableRandom random, int index, LocalDate date) {
    Meeting.Builder meeting = Meeting.builder()
        .id("m" + index + "-" + date)
        .title(capitalize(sentence(random, 1, 4)) + " " + index)
        .date(date);
    if (random.nextInt(5) > 0) {
      meeting.summary(paragraph(random));
    }
    if (random.nextInt(4) == 0) {
      meeting.attendees(1 + random.nextInt(400));
    }
    List<String> groups = new ArrayList<>(List.of(GROUPS));
    int groupCount = random.nextInt(Math.min(7, groups.size()) + 1);
    for (int g = 0; g < groupCount; g++) {
      String name = groups.remove(random.nextInt(groups.size()));
      StakeholderGroup group = random.nextBoolean()
          ? StakeholderGroup.of(name)
          : StakeholderGroup.of(name, StakeholderKind.values()[random.nextInt(StakeholderKind.values().length)]);
      meeting.addParticipants(random.nextInt(3) == 0 ? group.withAttendees(1 + random.nextInt(60)) : group);
    }
    int priorities = maxPriorities == 0 ? 0 : random.nextInt(maxPriorities + 1);
    List<StrategicArea> areas = catalogue.areas();
    for (int rank = 1; rank <= priorities; rank++) {
      PriorityArea.Builder priority = PriorityArea.builder().rank(rank).title(text(random, 1, 5))
          .stated(random.nextInt(4) == 0 ? Stated.IMPLIED : Stated.EXPLICIT);
      if (random.nextInt(6) > 0) {
        priority.description(paragraph(random));
      }
      for (StrategicArea area : areas) {
        if (random.nextInt(3) == 0) {
          priority.addAreas(area.id());
        }
      }
      meeting.addPriorities(priority.response(response(random)).build());
    }
    meeting.areas(areaInputs(random, areas));
    return meeting.build();
  }

  private List<AreaInput> areaInputs(SplittableRandom random, List<StrategicArea> areas) {
    List<AreaInput.Builder> builders = new ArrayList<>();
    List<Coverage> coverages = new ArrayList<>();
    for (StrategicArea area : areas) {
      if (random.nextInt(5) == 0) {
        continue;
      }
      int roll = random.nextInt(8);
      Coverage coverage = roll == 0 ? Coverage.NOT_DISCUSSED : roll == 1 ? Coverage.INDIRECT : Coverage.DIRECT;
      AreaInput.Builder input = AreaInput.builder().area(area.id()).coverage(coverage);
      if (coverage != Coverage.DIRECT || random.nextInt(6) == 0) {
        input.note(sentence(random, 4, 12) + ".");
      }
      builders.add(input);
      coverages.add(coverage);
    }
    List<Integer> open = new ArrayList<>();
    for (int i = 0; i < coverages.size(); i++) {
      if (coverages.get(i) != Coverage.NOT_DISCUSSED) {
        open.add(i);
      }
    }
    for (int item = 0; item < itemsPerMeeting && !open.isEmpty(); item++) {
      int at = open.get(random.nextInt(open.size()));
      AreaInput.Builder input = builders.get(at);
      String text = text(random, 2, 30);
      Optional<Response> response = response(random);
      if (coverages.get(at) == Coverage.INDIRECT) {
        input.addInsights(Insight.of(text).withResponse(response));
      } else if (random.nextBoolean()) {
        input.addOpportunities(Opportunity.of(text).withResponse(response));
      } else if (random.nextInt(10) == 0) {
        input.addInsights(Insight.of(text).withResponse(response));
      } else {
        input.addChallenges(Challenge.of(text).withResponse(response));
      }
    }
    List<AreaInput> inputs = new ArrayList<>();
    for (AreaInput.Builder builder : builders) {
      inputs.add(builder.build());
    }
    return inputs;
  }

  private static String text(SplittableRandom random, int minWords, int maxWords) {
    String text = sentence(random, minWords, maxWords);
    if (random.nextInt(12) == 0) {
      text = pick(random, FORMULA_STARTS) + text;
    }
    return text;
  }

  private static String paragraph(SplittableRandom random) {
    StringBuilder paragraph = new StringBuilder();
    int sentences = 1 + random.nextInt(3);
    for (int s = 0; s < sentences; s++) {
      if (s > 0) {
        paragraph.append(random.nextInt(10) == 0 ? "\n" : " ");
      }
      paragraph.append(capitalize(sentence(random, 3, 20))).append('.');
    }
    return paragraph.toString();
  }

  private static String sentence(SplittableRandom random, int minWords, int maxWords) {
    int words = minWords + random.nextInt(maxWords - minWords + 1);
    StringBuilder sentence = new StringBuilder();
    for (int w = 0; w < words; w++) {
      if (w > 0) {
        sentence.append(' ');
      }
      sentence.append(random.nextInt(8) == 0 ? randomWord(random) : pick(random, WORDS));
    }
    return sentence.toString();
  }

  /** A word of random letters from Latin-1 and Latin Extended-A, the ranges the fonts cover. */
  private static String randomWord(SplittableRandom random) {
    int length = 1 + random.nextInt(12);
    StringBuilder word = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      int roll = random.nextInt(3);
      char c;
      if (roll == 0) {
        c = (char) ('a' + random.nextInt(26));
      } else if (roll == 1) {
        c = (char) (0xC0 + random.nextInt(0x40));
      } else {
        c = (char) (0x100 + random.nextInt(0x80));
      }
      word.append(c);
    }
    return word.toString();
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String pick(SplittableRandom random, String[] values) {
    return values[random.nextInt(values.length)];
  }
}
