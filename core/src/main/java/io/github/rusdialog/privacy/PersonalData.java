package io.github.rusdialog.privacy;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.internal.texts.PersonalDataScanner;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidArgumentException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds personal data a public body must not publish by mistake in every text of a dialogue
 * (titles, intros, group names, priorities, items, notes, the region's responses): Swedish personal
 * identity and co-ordination numbers (a valid date and Luhn check digit), e-mail addresses and
 * Swedish mobile numbers. Names and addresses of private persons are not found: no rule tells
 * them from other words. Reading warns of each finding; a publishing exporter ({@link
 * io.github.rusdialog.export.Exporter#publishes()}) refuses a dialogue with findings unless {@link
 * ExportOptions#allowPersonalData()} says the data may be published.
 * <pre>{@code
 * for (PersonalDataFinding finding : PersonalData.find(dialogue)) {
 *   System.err.println(finding);  // Meeting "Bolagsdagen" (…), areas[skills].opportunities[0]: a personal identity number (811218-****)
 * }
 * }</pre>
 *
 * <p>Thread-safe; linear in the texts' length.
 *
 * @since 0.2.0
 */
public final class PersonalData {
  private PersonalData() {}

  /**
   * {@return every piece of personal data in the dialogue's texts, in document order, masked}
   *
   * @param dialogue the dialogue
   */
  public static List<PersonalDataFinding> find(Dialogue dialogue) {
    InvalidArgumentException.requireNonNull(dialogue, "dialogue");
    return PersonalDataScanner.scan(dialogue).stream().map(PersonalDataScanner.Found::finding).toList();
  }

  /**
   * Refuses to publish a dialogue that holds personal data, unless the options allow it: what a
   * publishing exporter calls before it writes a byte.
   *
   * @param dialogue the dialogue to publish
   * @param options the export's options; {@link ExportOptions#allowPersonalData()} lets it through
   * @throws PersonalDataException naming every finding, if there are findings and the options do
   *     not allow them
   */
  public static void requirePublishable(Dialogue dialogue, ExportOptions options) {
    InvalidArgumentException.requireNonNull(options, "options");
    if (options.allowPersonalData()) {
      return;
    }
    List<PersonalDataFinding> findings = find(dialogue);
    if (!findings.isEmpty()) {
      throw new PersonalDataException(findings);
    }
  }

  /** The message of a refusal: each finding on a line of its own, then what to do. */
  static String refusal(List<PersonalDataFinding> findings) {
    return "the dialogue holds personal data, which a published report must not show:\n"
        + findings.stream().map(finding -> "  " + finding).collect(Collectors.joining("\n"))
        + "\nremove it from the summary, or, if it may be published, allow it (--allow-personal-data;"
        + " ExportOptions.Builder.allowPersonalData(true))";
  }
}
