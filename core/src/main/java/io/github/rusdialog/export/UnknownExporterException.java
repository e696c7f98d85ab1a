package io.github.rusdialog.export;

import io.github.rusdialog.model.InvalidArgumentException;
import java.util.List;

/**
 * Thrown when no exporter has the requested id; the message lists the ids that exist, e.g.
 * {@code No exporter for 'docx'; available: json, pdf, xlsx}.
 *
 * @since 0.1.0
 */
public final class UnknownExporterException extends InvalidArgumentException {
  private static final long serialVersionUID = 1L;

  /** The id asked for. */
  private final String requested;
  /** The ids that exist. */
  private final List<String> available;

  UnknownExporterException(String requested, List<String> available, List<String> problems) {
    super("No exporter for '" + requested + "'; available: "
        + (available.isEmpty() ? "none (no exporter module on the class path)" : String.join(", ", available))
        + (problems.isEmpty() ? "" : "; could not load: " + String.join("; ", problems)));
    this.requested = requested;
    this.available = List.copyOf(available);
  }

  /** {@return the id that was asked for} */
  public String requested() {
    return requested;
  }

  /** {@return the ids that exist, sorted} */
  public List<String> available() {
    return available;
  }
}
