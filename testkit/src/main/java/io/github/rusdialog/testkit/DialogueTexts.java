package io.github.rusdialog.testkit;

import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.Response;
import io.github.rusdialog.model.StakeholderGroup;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every text a dialogue holds, keyed by where it sits ({@code bolagsdagen-2024-03-13 areas[skills]
 * insights[0]}), so tests can prove an export shows every word.
 *
 * @since 0.1.0
 */
public final class DialogueTexts {
  private DialogueTexts() {}

  /**
   * {@return all data texts of the dialogue (not labels), in document order, keyed by their place}
   *
   * @param dialogue the dialogue
   */
  public static Map<String, String> of(Dialogue dialogue) {
    Map<String, String> texts = new LinkedHashMap<>();
    dialogue.name().ifPresent(name -> texts.put("name", name));
    dialogue.organiser().ifPresent(organiser -> texts.put("organiser", organiser));
    for (Meeting meeting : dialogue.meetings()) {
      texts.putAll(of(meeting, dialogue));
    }
    return texts;
  }

  /**
   * {@return all data texts of one meeting, including the titles of the strategic areas it has input for}
   *
   * @param meeting the meeting
   * @param dialogue the dialogue it belongs to, for the areas' titles
   */
  public static Map<String, String> of(Meeting meeting, Dialogue dialogue) {
    Map<String, String> texts = new LinkedHashMap<>();
    String at = meeting.id() + " ";
    texts.put(at + "title", meeting.title());
    meeting.summary().ifPresent(summary -> texts.put(at + "summary", summary));
    List<StakeholderGroup> participants = meeting.participants();
    for (int i = 0; i < participants.size(); i++) {
      texts.put(at + "participants[" + i + "]", participants.get(i).name());
    }
    for (PriorityArea priority : meeting.priorities()) {
      String place = at + "priorities[" + priority.rank() + "]";
      texts.put(place + ".title", priority.title());
      priority.description().ifPresent(text -> texts.put(place + ".description", text));
      priority.response().ifPresent(response -> putResponse(texts, place + ".response", response));
    }
    for (AreaInput input : meeting.areas()) {
      String place = at + "areas[" + input.area() + "]";
      texts.put(place + ".title", dialogue.strategicArea(input.area()).title());
      input.note().ifPresent(note -> texts.put(place + ".note", note));
      putItems(texts, place + ".opportunities", input.opportunities());
      putItems(texts, place + ".challenges", input.challenges());
      putItems(texts, place + ".insights", input.insights());
    }
    return texts;
  }

  private static void putItems(Map<String, String> texts, String place, List<? extends AreaItem> items) {
    for (int i = 0; i < items.size(); i++) {
      texts.put(place + "[" + i + "]", items.get(i).text());
      String response = place + "[" + i + "].response";
      items.get(i).response().ifPresent(answer -> putResponse(texts, response, answer));
    }
  }

  /** The region's words in a response; its status is a label, which each format words its own way. */
  private static void putResponse(Map<String, String> texts, String place, Response response) {
    response.text().ifPresent(text -> texts.put(place + ".text", text));
    response.reference().ifPresent(reference -> texts.put(place + ".reference", reference));
  }

  /**
   * {@return the texts of {@link #of(Dialogue)} as a list, in document order}
   *
   * @param dialogue the dialogue
   */
  public static List<String> list(Dialogue dialogue) {
    return new ArrayList<>(of(dialogue).values());
  }

  /**
   * {@return the text with every run of whitespace collapsed to one space and the ends stripped, for
   * comparing extracted text}
   *
   * @param text the text
   */
  public static String normalizeWhitespace(String text) {
    return text.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
  }
}
