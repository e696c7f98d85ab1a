package io.github.rusdialog.privacy;

import io.github.rusdialog.export.ExportException;
import java.util.List;

/**
 * Thrown by a publishing exporter for a dialogue that holds personal data the options do not
 * allow: the message names every finding, masked, and what to do. Nothing is written.
 *
 * @since 0.2.0
 */
public final class PersonalDataException extends ExportException {
  private static final long serialVersionUID = 1L;
  private final transient List<PersonalDataFinding> findings;

  /**
   * Creates the exception.
   *
   * @param findings what was found, at least one
   */
  public PersonalDataException(List<PersonalDataFinding> findings) {
    super(PersonalData.refusal(List.copyOf(io.github.rusdialog.model.InvalidArgumentException
        .requireNonNull(findings, "findings"))));
    this.findings = List.copyOf(findings);
  }

  /** {@return what was found, in document order} */
  public List<PersonalDataFinding> findings() {
    return findings;
  }
}
