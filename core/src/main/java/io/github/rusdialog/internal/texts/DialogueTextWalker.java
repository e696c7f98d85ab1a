package io.github.rusdialog.internal.texts;

import io.github.rusdialog.internal.texts.DialogueText.Field;
import io.github.rusdialog.model.AreaInput;
import io.github.rusdialog.model.AreaItem;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.PriorityArea;
import io.github.rusdialog.model.Response;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StrategicArea;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Walks every text of a dialogue in document order, each with its place ({@link DialogueText}):
 * the dialogue's name, organiser and strategic areas; then each meeting's title, intro,
 * participants, priorities (title, description, response) and areas (the area's title shown
 * again, note, opportunities, challenges, insights, each with its response). The one walk that
 * every check and list over a dialogue's texts takes, so that a field added to the model is added
 * here once.
 */
public final class DialogueTextWalker {
  private DialogueTextWalker() {}

  /**
   * Walks the dialogue's texts.
   *
   * @param dialogue the dialogue
   * @param visitor what is done with each text, in document order
   */
  public static void walk(Dialogue dialogue, Consumer<DialogueText> visitor) {
    dialogue.name().ifPresent(name -> visitor.accept(own(Field.DIALOGUE_NAME, "the dialogue's name", null, name)));
    dialogue.organiser().ifPresent(name -> visitor.accept(own(Field.ORGANISER, "the organiser", null, name)));
    dialogue.description().ifPresent(text -> visitor.accept(own(Field.DESCRIPTION, "the dialogue's description",
        null, text)));
    for (StrategicArea area : dialogue.strategicAreas()) {
      visitor.accept(own(Field.AREA_TITLE, "the strategic area \"" + area.id() + "\"", area.id(), area.title()));
    }
    for (Meeting meeting : dialogue.meetings()) {
      walk(meeting, dialogue, visitor);
    }
  }

  /**
   * Walks one meeting's texts.
   *
   * @param meeting the meeting
   * @param dialogue the dialogue it belongs to, for the titles of its strategic areas; null to leave them out
   * @param visitor what is done with each text, in document order
   */
  public static void walk(Meeting meeting, Dialogue dialogue, Consumer<DialogueText> visitor) {
    visitor.accept(text(meeting, Field.TITLE, "title", null, -1, meeting.title()));
    meeting.summary().ifPresent(summary -> visitor.accept(text(meeting, Field.SUMMARY, "summary", null, -1, summary)));
    List<StakeholderGroup> groups = meeting.participants();
    for (int i = 0; i < groups.size(); i++) {
      visitor.accept(text(meeting, Field.PARTICIPANT, "participants[" + i + "]", null, i, groups.get(i).name()));
    }
    for (PriorityArea priority : meeting.priorities()) {
      String at = "priorities[" + priority.rank() + "]";
      visitor.accept(new DialogueText(meeting, Field.PRIORITY_TITLE, at + ".title", null, priority.rank(),
          priority.title(), priority.response(), false));
      priority.description().ifPresent(description -> visitor.accept(
          text(meeting, Field.PRIORITY_DESCRIPTION, at + ".description", null, priority.rank(), description)));
      priority.response().ifPresent(response -> response(meeting, at, null, priority.rank(), response, visitor));
    }
    for (AreaInput input : meeting.areas()) {
      String at = "areas[" + input.area() + "]";
      if (dialogue != null) {
        visitor.accept(new DialogueText(meeting, Field.AREA_TITLE, at + ".title", input.area(), -1,
            dialogue.strategicArea(input.area()).title(), Optional.empty(), true));
      }
      input.note().ifPresent(note -> visitor.accept(text(meeting, Field.NOTE, at + ".note", input.area(), -1, note)));
      items(meeting, input.area(), Field.OPPORTUNITY, at + ".opportunities", input.opportunities(), visitor);
      items(meeting, input.area(), Field.CHALLENGE, at + ".challenges", input.challenges(), visitor);
      items(meeting, input.area(), Field.INSIGHT, at + ".insights", input.insights(), visitor);
    }
  }

  private static void items(Meeting meeting, String area, Field field, String at, List<? extends AreaItem> items,
      Consumer<DialogueText> visitor) {
    for (int i = 0; i < items.size(); i++) {
      AreaItem item = items.get(i);
      visitor.accept(new DialogueText(meeting, field, at + "[" + i + "]", area, i, item.text(), item.response(),
          false));
      int index = i;
      item.response().ifPresent(response -> response(meeting, at + "[" + index + "]", area, index, response,
          visitor));
    }
  }

  private static void response(Meeting meeting, String at, String area, int index, Response response,
      Consumer<DialogueText> visitor) {
    response.text().ifPresent(text -> visitor.accept(
        text(meeting, Field.RESPONSE_TEXT, at + ".response.text", area, index, text)));
    response.reference().ifPresent(reference -> visitor.accept(
        text(meeting, Field.RESPONSE_REFERENCE, at + ".response.reference", area, index, reference)));
  }

  private static DialogueText own(Field field, String path, String area, String value) {
    return new DialogueText(null, field, path, area, -1, value, Optional.empty(), false);
  }

  private static DialogueText text(Meeting meeting, Field field, String path, String area, int index, String value) {
    return new DialogueText(meeting, field, path, area, index, value, Optional.empty(), false);
  }
}
