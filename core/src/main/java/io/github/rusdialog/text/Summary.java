package io.github.rusdialog.text;

import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One meeting summary as read from text: the meeting, and the dialogue's name and organiser when
 * the intro names them ("… deltagarna i RUS-dialogen lämnat till Region Norrbotten …").
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Summary {
  private final Meeting meeting;
  private final String dialogueName;
  private final String organiser;
  private final StrategicAreaCatalogue catalogue;
  private final List<SummaryWarning> warnings;

  Summary(Meeting meeting, String dialogueName, String organiser, StrategicAreaCatalogue catalogue,
      List<SummaryWarning> warnings) {
    this.meeting = meeting;
    this.dialogueName = dialogueName;
    this.organiser = organiser;
    this.catalogue = catalogue;
    this.warnings = List.copyOf(warnings);
  }

  /** {@return the meeting the summary describes} */
  public Meeting meeting() {
    return meeting;
  }

  /** {@return the dialogue's name as the intro gives it, e.g. "RUS-dialogen"} */
  public Optional<String> dialogueName() {
    return Optional.ofNullable(dialogueName);
  }

  /** {@return who the input was given to, as the intro says, e.g. "Region Norrbotten"} */
  public Optional<String> organiser() {
    return Optional.ofNullable(organiser);
  }

  /**
   * {@return what reads but is probably not meant, in line order: a meeting without participants,
   * priorities or strategic area input, a long intro, a date taken from the intro} Empty for a
   * summary that follows the template. A caller that wants no doubt treats any warning as an error.
   */
  public List<SummaryWarning> warnings() {
    return warnings;
  }

  /**
   * {@return this summary with {@code more} warnings before its own (an input form's, such as Word's)}
   *
   * @param more the warnings to put first
   */
  public Summary withWarningsFirst(List<SummaryWarning> more) {
    List<SummaryWarning> all = new java.util.ArrayList<>(InvalidArgumentException.requireNonNull(more, "more"));
    all.addAll(warnings);
    return new Summary(meeting, dialogueName, organiser, catalogue, all);
  }

  /** This summary with the dialogue named {@code name}: a cover's title names it over the intro. */
  Summary withDialogueName(String name) {
    return new Summary(meeting, name, organiser, catalogue, warnings);
  }

  /** {@return the meeting as a dialogue of one, with the catalogue the summary was read against} */
  public Dialogue toDialogue() {
    return Dialogue.builder()
        .name(dialogueName())
        .organiser(organiser())
        .strategicAreas(catalogue.areas())
        .addMeetings(meeting)
        .build();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Summary)) {
      return false;
    }
    Summary that = (Summary) other;
    return meeting.equals(that.meeting) && Objects.equals(dialogueName, that.dialogueName)
        && Objects.equals(organiser, that.organiser) && catalogue.equals(that.catalogue)
        && warnings.equals(that.warnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(meeting, dialogueName, organiser, catalogue, warnings);
  }

  @Override
  public String toString() {
    return "Summary{" + meeting.id() + ", dialogue=" + dialogueName + ", organiser=" + organiser + "}";
  }
}
