package io.github.rusdialog.responses;

import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.Response;
import io.github.rusdialog.read.ReadOptions;
import io.github.rusdialog.read.ReadResult;
import io.github.rusdialog.read.ReadWarning;
import io.github.rusdialog.responses.InputMatching.How;
import io.github.rusdialog.responses.InputMatching.Match;
import io.github.rusdialog.responses.MeetingInputs.Entry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Carries the region's responses from an answered dialogue onto another reading of the same
 * meetings: a summary corrected and read again, a workbook exported anew. Every input of the new
 * reading keeps its own text, rank and place; only its response comes from the answered one.
 * <pre>{@code
 * ReadResult corrected = readers.read(List.of(Path.of("bolagsdagen-2024-03-13.docx")), options);
 * ReadResult answered = readers.read(List.of(Path.of("dialog-besvarad.xlsx")), options);
 * ReadResult carried = ResponseCarryOver.carry(answered.dialogue(), "dialog-besvarad.xlsx",
 *     corrected.dialogue(), options);
 * carried.warnings().forEach(System.err::println);
 * }</pre>
 *
 * <h2>Which input an answer belongs to</h2>
 *
 * <p>An input is the same input when it is in the meeting with the same {@linkplain Meeting#id() id},
 * in the same place — the priority list, or one strategic area's opportunities, challenges or
 * insights — and its text reads the same once case, spacing, quotes, the kind of dash and closing
 * punctuation are set aside. Rank, row and position do not count, nor a priority's description or
 * areas. When several inputs of a place read the same, the n-th answered one is the n-th one read.
 *
 * <p>An answer whose input is not found that way is still carried, with a warning saying where
 * to, in two cases: the same text is now under another area or kind of the meeting (exactly one
 * item not otherwise paired on each side has it; a priority never becomes an item), or, in the same
 * place, one input's text is within a quarter of its characters of the answered text and the two
 * are each other's one closest (a tie is no match) — a corrected spelling or word. Every other
 * answer is not carried, with a warning naming it, and so is a whole answered input that holds no
 * answer. With {@link ReadOptions#strict() strict} options the first warning is an error instead.
 *
 * <p>A meeting is the same meeting when it has the same id, which comes from its title and date. An
 * answered meeting whose id no meeting read has any more (its title or date was corrected) is
 * paired with the one meeting read, not itself paired by id, that is its correction: the same date,
 * or more than half of its answered inputs reading the same. Its answers are then carried as
 * above, with a warning naming both titles. Two candidates, a candidate two answered meetings
 * claim, or none: its answers are not carried, with a warning.
 *
 * <p>An input answered on both sides keeps its answer when the two are the same; when they differ,
 * carrying is refused: a response is never replaced without a person choosing.
 *
 * @since 0.2.0
 */
public final class ResponseCarryOver {
  private ResponseCarryOver() {}

  /**
   * {@return the dialogue {@code onto} with the answers of {@code answered}, and a warning for every
   * answer that was carried to a changed or moved input or not carried at all, or one for the whole
   * of {@code answered} when it holds no answer}
   *
   * @param answered the dialogue holding the region's responses
   * @param answeredName the answered input's name in warnings and errors, such as its file name
   * @param onto the dialogue to carry them onto, as read again
   * @param options only {@link ReadOptions#strict()} counts: warnings become errors
   * @throws InvalidInputException naming the answered input and the input, when an input has a
   *     different answer on each side, or with strict options at the first warning
   */
  public static ReadResult carry(Dialogue answered, String answeredName, Dialogue onto, ReadOptions options)
      throws InvalidInputException {
    InvalidArgumentException.requireNonNull(answered, "answered");
    InvalidArgumentException.requireNonNull(answeredName, "answeredName");
    InvalidArgumentException.requireNonNull(onto, "onto");
    InvalidArgumentException.requireNonNull(options, "options");
    Map<String, Meeting> answeredById = new HashMap<>();
    answered.meetings().forEach(meeting -> answeredById.put(meeting.id(), meeting));
    List<ReadWarning> warnings = new ArrayList<>();
    if (answered.meetings().stream().noneMatch(ResponseCarryOver::answered)) {
      // Most likely the wrong file: a summary, or the workbook before the analysts answered it.
      warnings.add(ReadWarning.of(answeredName, "", "holds no answers to carry over; give the workbook or JSON"
          + " file in which the region's responses were recorded"));
    }
    Map<String, Meeting> ontoById = new HashMap<>();
    onto.meetings().forEach(meeting -> ontoById.put(meeting.id(), meeting));
    Map<String, Meeting> renamed = pairRenamed(answered, answeredById, ontoById, answeredName, warnings);
    List<Meeting> meetings = new ArrayList<>();
    for (Meeting meeting : onto.meetings()) {
      Meeting before = answeredById.containsKey(meeting.id()) ? answeredById.remove(meeting.id())
          : renamed.get(meeting.id());
      meetings.add(before == null ? meeting : carry(before, meeting, answeredName, warnings));
    }
    for (Meeting missing : answered.meetings()) {
      long answers = answers(missing);
      if (answeredById.containsKey(missing.id()) && !renamed.containsValue(missing) && answers > 0) {
        warnings.add(ReadWarning.of(answeredName, "meeting " + missing.id(), (answers == 1 ? "1 answer" : answers
            + " answers") + " to meeting " + missing.id() + " " + (answers == 1 ? "is" : "are") + " not carried"
            + " over: no meeting read holds this meeting's title and date, nor is one meeting read its one"
            + " correction (the same date, or most of its answered inputs unchanged); answer its inputs again, or"
            + " give it back its title and date"));
      }
    }
    if (options.strict() && !warnings.isEmpty()) {
      throw warnings.get(0).toError();
    }
    Dialogue carried = meetings.equals(onto.meetings()) ? onto : onto.withMeetings(meetings);
    return ReadResult.of(carried, warnings);
  }

  /**
   * {@return {@link #carry(Dialogue, String, Dialogue, ReadOptions)} with the default options: warnings
   * are warnings}
   *
   * @param answered the dialogue holding the region's responses
   * @param answeredName the answered input's name in warnings and errors, such as its file name
   * @param onto the dialogue to carry them onto, as read again
   * @throws InvalidInputException naming the answered input and the input, when an input has a
   *     different answer on each side
   */
  public static ReadResult carry(Dialogue answered, String answeredName, Dialogue onto) throws InvalidInputException {
    return carry(answered, answeredName, onto, ReadOptions.defaults());
  }

  private static long answers(Meeting meeting) {
    return MeetingInputs.of(meeting).stream().filter(entry -> entry.response().isPresent()).count();
  }

  /**
   * Pairs each answered meeting whose id no meeting read has any more with the one meeting read,
   * not itself paired by id, that is its correction: the same date (its title corrected), or more
   * than half of its answered inputs read the same (its date, or title and date, corrected). Two
   * candidates, or a candidate two answered meetings claim, is no pair: those answers are reported
   * as not carried. By the read meeting's id.
   */
  private static Map<String, Meeting> pairRenamed(Dialogue answered, Map<String, Meeting> answeredById,
      Map<String, Meeting> ontoById, String name, List<ReadWarning> warnings) {
    List<Meeting> unread = answered.meetings().stream()
        .filter(meeting -> !ontoById.containsKey(meeting.id()) && answers(meeting) > 0).toList();
    List<Meeting> unanswered = ontoById.values().stream().filter(meeting -> !answeredById.containsKey(meeting.id()))
        .sorted(java.util.Comparator.comparing(Meeting::id)).toList();
    Map<String, List<Meeting>> claims = new HashMap<>();
    Map<Meeting, Meeting> candidateOf = new HashMap<>();
    for (Meeting before : unread) {
      List<Meeting> candidates = unanswered.stream().filter(after -> isCorrection(before, after)).toList();
      if (candidates.size() == 1) {
        candidateOf.put(before, candidates.get(0));
        claims.computeIfAbsent(candidates.get(0).id(), id -> new ArrayList<>()).add(before);
      }
    }
    Map<String, Meeting> pairs = new HashMap<>();
    candidateOf.forEach((before, after) -> {
      if (claims.get(after.id()).size() == 1) {
        pairs.put(after.id(), before);
        warnings.add(ReadWarning.of(name, "meeting " + before.id(), "no meeting read has this meeting's title and"
            + " date (\"" + before.title() + "\", " + before.date() + "); its answers are carried to \"" + after.title()
            + "\", " + after.date() + " (meeting " + after.id() + "), its one correction: check that it is the same"
            + " meeting"));
      }
    });
    return pairs;
  }

  /** The same date, or more than half of the answered inputs read the same in the other meeting. */
  private static boolean isCorrection(Meeting before, Meeting after) {
    if (before.date().equals(after.date())) {
      return true;
    }
    List<Entry> answeredInputs = MeetingInputs.of(before).stream().filter(entry -> entry.response().isPresent())
        .toList();
    long same = java.util.Arrays.stream(InputMatching.match(answeredInputs, MeetingInputs.of(after)))
        .filter(match -> match != null && match.how() == How.SAME).count();
    return same * 2 > answeredInputs.size();
  }

  private static boolean answered(Meeting meeting) {
    return MeetingInputs.of(meeting).stream().anyMatch(entry -> entry.response().isPresent());
  }

  private static Meeting carry(Meeting before, Meeting after, String name, List<ReadWarning> warnings)
      throws InvalidInputException {
    List<Entry> answered = MeetingInputs.of(before);
    List<Entry> target = MeetingInputs.of(after);
    Match[] matches = InputMatching.match(answered, target);
    List<Optional<Response>> responses = new ArrayList<>(target.stream().map(Entry::response).toList());
    for (int a = 0; a < answered.size(); a++) {
      Entry from = answered.get(a);
      if (from.response().isEmpty()) {
        continue;
      }
      String place = "meeting " + before.id() + ", " + from.where();
      if (matches[a] == null) {
        warnings.add(ReadWarning.of(name, place, "the answer (" + describe(from.response().get()) + ") to \""
            + from.text() + "\" is not carried over: the meeting has no input with this text any more, nor one"
            + " close enough to be its correction. Answer the input again, or give it back its text"));
        continue;
      }
      Entry to = target.get(matches[a].target());
      Optional<Response> there = responses.get(matches[a].target());
      if (there.isPresent() && !there.equals(from.response())) {
        throw new InvalidInputException(name, 0, 0, place, "\"" + from.text() + "\" is answered here ("
            + describe(from.response().get()) + ") and differently in the input read again, at " + to.where()
            + " (" + describe(there.get()) + "); a response is not replaced without a person choosing:"
            + " remove one of the two");
      }
      responses.set(matches[a].target(), from.response());
      if (matches[a].how() == How.MOVED) {
        warnings.add(ReadWarning.of(name, place, "the answer to \"" + from.text() + "\" is carried to the same text at "
            + to.where() + " of meeting " + after.id() + "; check that it is the same input"));
      } else if (matches[a].how() == How.CHANGED) {
        warnings.add(ReadWarning.of(name, place, "the answer to \"" + from.text() + "\" is carried to \"" + to.text()
            + "\" at " + to.where() + ", the one close text there; check that it is the same input"));
      }
    }
    return MeetingInputs.withResponses(after, responses);
  }

  /** The response as a person recognises it: its status, and its text and reference if any. */
  private static String describe(Response response) {
    return response.status().id() + response.text().map(text -> ": " + text).orElse("")
        + response.reference().map(reference -> ", " + reference).orElse("");
  }
}
