package io.github.rusdialog.synthesis;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StakeholderKind;
import io.github.rusdialog.model.StrategicArea;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a whole dialogue said, across its meetings: who was heard where ({@link #participation()})
 * and how many people were counted ({@link #headCounts()}), how the region answered the input
 * ({@link #responses()}),
 * which priorities recur and how high ({@link #priorities()}), and which strategic areas got how
 * much input ({@link #coverage()}). Every figure lists the meetings it comes from.
 *
 * <p>Immutable and thread-safe. {@code DialogueSynthesis synthesis = DialogueSynthesis.of(dialogue);}
 *
 * @since 0.1.0
 */
public final class DialogueSynthesis {
  private final int meetingCount;
  private final List<KindParticipation> participation;
  private final List<StakeholderKind> kindsNeverHeard;
  private final List<PriorityConsensus> priorities;
  private final List<AreaCoverage> coverage;
  private final HeadCounts headCounts;
  private final ResponseCounts responses;
  private final Map<String, String> meetingNames;

  private DialogueSynthesis(int meetingCount, List<KindParticipation> participation,
      List<StakeholderKind> kindsNeverHeard, List<PriorityConsensus> priorities,
      List<AreaCoverage> coverage, HeadCounts headCounts, ResponseCounts responses, Map<String, String> meetingNames) {
    this.meetingCount = meetingCount;
    this.participation = List.copyOf(participation);
    this.kindsNeverHeard = List.copyOf(kindsNeverHeard);
    this.priorities = List.copyOf(priorities);
    this.coverage = List.copyOf(coverage);
    this.headCounts = headCounts;
    this.responses = responses;
    this.meetingNames = Map.copyOf(meetingNames);
  }

  /**
   * Computes the synthesis of {@code dialogue}. Linear in the dialogue's size.
   *
   * @param dialogue the dialogue, with any number of meetings
   * @return the synthesis
   */
  public static DialogueSynthesis of(Dialogue dialogue) {
    InvalidArgumentException.requireNonNull(dialogue, "dialogue");
    return new DialogueSynthesis(dialogue.meetings().size(), participation(dialogue),
        kindsNeverHeard(dialogue), priorities(dialogue), coverage(dialogue), HeadCounts.of(dialogue),
        ResponseCounts.of(dialogue), meetingNames(dialogue));
  }

  /** {@return the number of meetings the synthesis covers} */
  public int meetingCount() {
    return meetingCount;
  }

  /** {@return the participation per stakeholder kind that took part anywhere, in {@link StakeholderKind} order} */
  public List<KindParticipation> participation() {
    return participation;
  }

  /**
   * {@return how many people the summaries count: in all, per kind, and the meetings that give no count}
   *
   * @since 0.2.0
   */
  public HeadCounts headCounts() {
    return headCounts;
  }

  /**
   * {@return the region's responses counted per meeting and per strategic area: adopted, partly, not
   * adopted, noted and not yet answered}
   *
   * @since 0.2.0
   */
  public ResponseCounts responses() {
    return responses;
  }

  /**
   * {@return the kinds no meeting heard, in {@link StakeholderKind} order; {@code other} is never listed}
   */
  public List<StakeholderKind> kindsNeverHeard() {
    return kindsNeverHeard;
  }

  /**
   * {@return the priority groups, highest Borda score first, then most first places, then most meetings,
   * then label}
   */
  public List<PriorityConsensus> priorities() {
    return priorities;
  }

  /** {@return the coverage per strategic area of the dialogue, in the dialogue's order} */
  public List<AreaCoverage> coverage() {
    return coverage;
  }

  /**
   * The name people know a meeting of this dialogue by, for listing where a figure comes from: its
   * title, followed by its date when another meeting has the same title.
   *
   * @param meetingId the id of one of the dialogue's meetings, as in {@link RankedMention#meetingId()}
   * @return the title, or the title and ISO date
   * @throws IllegalArgumentException if the dialogue has no such meeting
   */
  public String meetingName(String meetingId) {
    String name = meetingNames.get(InvalidArgumentException.requireNonNull(meetingId, "meetingId"));
    if (name == null) {
      throw new InvalidArgumentException("No meeting '" + meetingId + "' in this dialogue");
    }
    return name;
  }

  /**
   * {@return {@link #meetingName} of each id, joined with ", "}
   *
   * @param meetingIds ids of the dialogue's meetings
   */
  public String meetingNames(List<String> meetingIds) {
    return InvalidArgumentException.requireNonNull(meetingIds, "meetingIds").stream().map(this::meetingName).collect(Collectors.joining(", "));
  }

  private static Map<String, String> meetingNames(Dialogue dialogue) {
    Map<String, Integer> titles = new HashMap<>();
    dialogue.meetings().forEach(meeting -> titles.merge(meeting.title(), 1, Integer::sum));
    Map<String, String> names = new HashMap<>();
    for (Meeting meeting : dialogue.meetings()) {
      names.put(meeting.id(), titles.get(meeting.title()) == 1 ? meeting.title()
          : meeting.title() + " (" + meeting.date() + ")");
    }
    return names;
  }

  private static List<KindParticipation> participation(Dialogue dialogue) {
    Map<StakeholderKind, Set<String>> meetings = new EnumMap<>(StakeholderKind.class);
    Map<StakeholderKind, Map<String, String>> names = new EnumMap<>(StakeholderKind.class);
    for (Meeting meeting : dialogue.meetings()) {
      for (StakeholderGroup group : meeting.participants()) {
        meetings.computeIfAbsent(group.kind(), kind -> new LinkedHashSet<>()).add(meeting.id());
        names.computeIfAbsent(group.kind(), kind -> new LinkedHashMap<>())
            .putIfAbsent(group.name().toLowerCase(Locale.ROOT), group.name());
      }
    }
    List<KindParticipation> result = new ArrayList<>();
    for (Map.Entry<StakeholderKind, Set<String>> entry : meetings.entrySet()) {
      result.add(new KindParticipation(entry.getKey(), new ArrayList<>(entry.getValue()),
          new ArrayList<>(names.get(entry.getKey()).values())));
    }
    return result;
  }

  private static List<StakeholderKind> kindsNeverHeard(Dialogue dialogue) {
    Set<StakeholderKind> heard = dialogue.meetings().stream()
        .flatMap(meeting -> meeting.participants().stream()).map(StakeholderGroup::kind)
        .collect(Collectors.toSet());
    List<StakeholderKind> never = new ArrayList<>();
    for (StakeholderKind kind : StakeholderKind.values()) {
      if (kind != StakeholderKind.OTHER && !heard.contains(kind)) {
        never.add(kind);
      }
    }
    return never;
  }

  private static List<PriorityConsensus> priorities(Dialogue dialogue) {
    Map<String, String> labels = new LinkedHashMap<>();
    Map<String, List<RankedMention>> mentions = new LinkedHashMap<>();
    for (Meeting meeting : dialogue.meetings()) {
      int count = meeting.priorities().size();
      for (PriorityArea priority : meeting.priorities()) {
        RankedMention mention = new RankedMention(meeting.id(), priority.rank(), count, priority.title());
        if (priority.areas().isEmpty()) {
          String key = "title:" + normalise(priority.title());
          labels.putIfAbsent(key, priority.title());
          mentions.computeIfAbsent(key, k -> new ArrayList<>()).add(mention);
          continue;
        }
        for (String area : priority.areas()) {
          String key = "area:" + area;
          labels.putIfAbsent(key, dialogue.strategicArea(area).title());
          List<RankedMention> list = mentions.computeIfAbsent(key, k -> new ArrayList<>());
          // A meeting supports an area once, with its best-ranked priority linked to it; two of its
          // priorities in one area would otherwise count that meeting twice.
          if (list.isEmpty() || !list.get(list.size() - 1).meetingId().equals(meeting.id())) {
            list.add(mention);
          }
        }
      }
    }
    List<PriorityConsensus> groups = new ArrayList<>();
    mentions.forEach((key, list) -> groups.add(new PriorityConsensus(key, labels.get(key), list)));
    groups.sort(Comparator.comparingInt(PriorityConsensus::bordaScore).reversed()
        .thenComparing(Comparator.comparingInt(PriorityConsensus::firstPlaceCount).reversed())
        .thenComparing(Comparator.comparingInt(PriorityConsensus::meetingCount).reversed())
        .thenComparing(PriorityConsensus::label));
    return groups;
  }

  /** Lowercase, accents kept, punctuation dropped, whitespace collapsed: "Boende  och infrastruktur." */
  static String normalise(String title) {
    String composed = Normalizer.normalize(title, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return composed.replaceAll("[\\p{P}\\p{S}]+", " ").replaceAll("\\s+", " ").strip();
  }

  private static List<AreaCoverage> coverage(Dialogue dialogue) {
    List<AreaCoverage> result = new ArrayList<>();
    for (StrategicArea area : dialogue.strategicAreas()) {
      List<String> direct = new ArrayList<>();
      List<String> indirect = new ArrayList<>();
      List<String> notDiscussed = new ArrayList<>();
      List<String> absent = new ArrayList<>();
      int opportunities = 0;
      int challenges = 0;
      int insights = 0;
      for (Meeting meeting : dialogue.meetings()) {
        AreaInput input = meeting.area(area.id()).orElse(null);
        if (input == null) {
          absent.add(meeting.id());
          continue;
        }
        switch (input.coverage()) {
          case DIRECT:
            direct.add(meeting.id());
            break;
          case INDIRECT:
            indirect.add(meeting.id());
            break;
          default:
            notDiscussed.add(meeting.id());
        }
        opportunities += input.opportunities().size();
        challenges += input.challenges().size();
        insights += input.insights().size();
      }
      result.add(new AreaCoverage(area, direct, indirect, notDiscussed, absent, opportunities,
          challenges, insights));
    }
    return result;
  }

  /** Equal when every figure is equal: two dialogues with the same meetings agree. */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof DialogueSynthesis)) {
      return false;
    }
    DialogueSynthesis that = (DialogueSynthesis) other;
    return meetingCount == that.meetingCount && participation.equals(that.participation)
        && kindsNeverHeard.equals(that.kindsNeverHeard) && priorities.equals(that.priorities)
        && coverage.equals(that.coverage) && headCounts.equals(that.headCounts) && responses.equals(that.responses)
        && meetingNames.equals(that.meetingNames);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(meetingCount, participation, kindsNeverHeard, priorities, coverage,
        headCounts, responses);
  }

  /** A short summary for logs: meetings, kinds heard and never heard, the leading priority. */
  @Override
  public String toString() {
    return "DialogueSynthesis{meetings=" + meetingCount + ", kindsHeard=" + participation.size()
        + ", kindsNeverHeard=" + kindsNeverHeard + ", priorityGroups=" + priorities.size()
        + (priorities.isEmpty() ? "" : ", leading=" + priorities.get(0).label() + " (Borda "
            + priorities.get(0).bordaScore() + ")") + "}";
  }
}
