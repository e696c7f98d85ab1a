package io.github.rusdialog.testkit;

import io.github.rusdialog.internal.texts.DialogueTextWalker;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
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
    dialogue.description().ifPresent(description -> texts.put("description", description));
    for (Meeting meeting : dialogue.meetings()) {
      texts.putAll(of(meeting, dialogue));
    }
    return texts;
  }

  /**
   * {@return all data texts of one meeting, including the titles of the strategic areas it has input
   * for; of a response, its text and reference (its status is a label, which each format words its
   * own way)}
   *
   * @param meeting the meeting
   * @param dialogue the dialogue it belongs to, for the areas' titles
   */
  public static Map<String, String> of(Meeting meeting, Dialogue dialogue) {
    Map<String, String> texts = new LinkedHashMap<>();
    DialogueTextWalker.walk(meeting, dialogue, text -> texts.put(meeting.id() + " " + text.path(), text.value()));
    return texts;
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
