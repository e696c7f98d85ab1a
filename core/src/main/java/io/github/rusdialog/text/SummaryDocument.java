package io.github.rusdialog.text;

import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What one document holds: its meeting summaries in order — one for a meeting's own file, several
 * for a region's compilation ("Sammanställningar från kommundialogerna") — and its cover, if it
 * has one: a title and any lines below it. Immutable and thread-safe.
 *
 * <pre>{@code
 * SummaryDocument document = SummaryReader.create().readDocument(Path.of("kommundialogerna.txt"));
 * Dialogue dialogue = document.toDialogue();
 * }</pre>
 *
 * @since 0.2.0
 */
public final class SummaryDocument {
  private final List<Summary> summaries;
  private final String title;
  private final String description;
  private final StrategicAreaCatalogue catalogue;
  private final List<SummaryWarning> warnings;

  SummaryDocument(List<Summary> summaries, String title, String description, StrategicAreaCatalogue catalogue,
      List<SummaryWarning> warnings) {
    this.summaries = List.copyOf(summaries);
    this.title = title;
    this.description = description;
    this.catalogue = catalogue;
    this.warnings = List.copyOf(warnings);
  }

  /** {@return the meetings' summaries in document order, at least one} */
  public List<Summary> summaries() {
    return summaries;
  }

  /**
   * {@return the title of the cover before the first meeting ("Sammanställningar från
   * kommundialogerna 2024"), the dialogue's name; empty without a cover}
   */
  public Optional<String> title() {
    return Optional.ofNullable(title);
  }

  /**
   * {@return the rest of the cover, each line as written ("Region Norrbotten", "Våren 2024"), the
   * dialogue's description; empty without a cover or with a cover of its title alone}
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * {@return every warning, the document's own (a table of contents skipped, a cover's) first, then
   * each meeting's in order}
   */
  public List<SummaryWarning> warnings() {
    List<SummaryWarning> all = new ArrayList<>(warnings);
    summaries.forEach(summary -> all.addAll(summary.warnings()));
    return List.copyOf(all);
  }

  /**
   * {@return this document with {@code more} warnings before its own (an input form's, such as Word's)}
   *
   * @param more the warnings to put first
   */
  public SummaryDocument withWarningsFirst(List<SummaryWarning> more) {
    List<SummaryWarning> all = new ArrayList<>(InvalidArgumentException.requireNonNull(more, "more"));
    all.addAll(warnings);
    return new SummaryDocument(summaries, title, description, catalogue, all);
  }

  /**
   * {@return the meetings as one dialogue, read against the document's catalogue: named by the
   * cover's title, else as the first meeting's intro names it; described by the rest of the cover;
   * its organiser as the first intro that names one says}
   */
  public Dialogue toDialogue() {
    Dialogue.Builder dialogue = Dialogue.builder()
        .name(title().or(() -> summaries.stream().map(Summary::dialogueName).flatMap(Optional::stream).findFirst()))
        .organiser(summaries.stream().map(Summary::organiser).flatMap(Optional::stream).findFirst())
        .description(description())
        .strategicAreas(catalogue.areas());
    summaries.forEach(summary -> dialogue.addMeetings(summary.meeting()));
    return dialogue.build();
  }

  /**
   * The one meeting of a meeting's own file, named by the cover's title if it has one; a document
   * of several meetings is refused, for a caller that reads one meeting per file.
   */
  Summary only(String source) throws SummaryFormatException {
    if (summaries.size() > 1) {
      throw new SummaryFormatException(source, 0, "the document holds " + summaries.size() + " meetings ("
          + summaries.stream().map(summary -> Places.quote(summary.meeting().title()))
              .collect(java.util.stream.Collectors.joining(", ")) + "); read it with readDocument, or through"
          + " DialogueReaders, which read every meeting of a document");
    }
    if (description != null) {
      // A Summary holds no description: reading one meeting would drop the cover's words.
      throw new SummaryFormatException(source, 0, "the document has a cover with text before its meeting (\""
          + description.lines().findFirst().orElse("") + "\" …); read it with readDocument, or through"
          + " DialogueReaders, which keep the cover as the dialogue's description");
    }
    Summary summary = summaries.get(0);
    return (title == null ? summary : summary.withDialogueName(title)).withWarningsFirst(warnings);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof SummaryDocument)) {
      return false;
    }
    SummaryDocument that = (SummaryDocument) other;
    return summaries.equals(that.summaries) && Objects.equals(title, that.title)
        && Objects.equals(description, that.description) && catalogue.equals(that.catalogue)
        && warnings.equals(that.warnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(summaries, title, description, catalogue, warnings);
  }

  @Override
  public String toString() {
    return "SummaryDocument{" + summaries.size() + " meeting(s)" + (title == null ? "" : ", title=" + title) + "}";
  }
}
