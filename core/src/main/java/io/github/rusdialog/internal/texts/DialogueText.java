package io.github.rusdialog.internal.texts;

import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.Response;
import java.util.Optional;

/**
 * One text of a dialogue and its place: the meeting it belongs to (none for the dialogue's own
 * texts), what field it is, the field's path in the meeting ({@code priorities[1].title}, {@code
 * areas[skills].opportunities[0]}) and, for a priority's title or an item, the region's response.
 *
 * @param meeting the meeting, or null for the dialogue's name, organiser and strategic areas
 * @param field what the text is
 * @param path where it is: in the meeting ({@code priorities[1].title}), or in words for the
 *     dialogue's own texts ({@code the dialogue's name})
 * @param area the strategic area's id for an area's texts, else null
 * @param index a priority's rank or an item's 0-based position, else -1
 * @param value the text as held
 * @param response for an input (a priority's title or an item): its response; else empty
 * @param shown whether the text belongs to the dialogue and is shown again here (an area's title
 *     above the meeting's input for it), so that checks see it once
 */
public record DialogueText(Meeting meeting, Field field, String path, String area, int index, String value,
    Optional<Response> response, boolean shown) {

  /** What a text is. */
  public enum Field {
    /** The dialogue's name. */
    DIALOGUE_NAME,
    /** The dialogue's organiser. */
    ORGANISER,
    /** The dialogue's description, a compilation's cover. */
    DESCRIPTION,
    /** A strategic area's title: the dialogue's, or shown again above a meeting's input for it. */
    AREA_TITLE,
    /** A meeting's title. */
    TITLE,
    /** A meeting's intro. */
    SUMMARY,
    /** A participating group's name. */
    PARTICIPANT,
    /** A priority's title: an input the region answers. */
    PRIORITY_TITLE,
    /** A priority's description. */
    PRIORITY_DESCRIPTION,
    /** An area's note. */
    NOTE,
    /** An opportunity: an input. */
    OPPORTUNITY,
    /** A challenge: an input. */
    CHALLENGE,
    /** An insight: an input. */
    INSIGHT,
    /** The text of the region's response. */
    RESPONSE_TEXT,
    /** The reference of the region's response. */
    RESPONSE_REFERENCE;

    /** {@return whether a text of this field is an input: a priority or an item, which the region answers} */
    public boolean isInput() {
      return this == PRIORITY_TITLE || this == OPPORTUNITY || this == CHALLENGE || this == INSIGHT;
    }
  }

  /**
   * {@return where a person finds the text, for a message: {@code Meeting "Bolagsdagen"
   * (bolagsdagen-2024-03-13), priorities[1].title}, or the path of a dialogue's own text}
   */
  public String where() {
    return meeting == null ? path : "Meeting \"" + meeting.title() + "\" (" + meeting.id() + "), " + path;
  }
}
