package io.github.rusdialog.privacy;

import io.github.rusdialog.model.InvalidArgumentException;
import java.util.Objects;

/**
 * One piece of personal data found in a dialogue's texts: its kind, where it is and the data
 * masked ({@code 811218-****}, {@code a***@example.se}), never the data itself, so that a finding
 * can be logged and shown without repeating what it warns of. Immutable.
 *
 * @since 0.2.0
 */
public final class PersonalDataFinding {
  private final PersonalDataKind kind;
  private final String place;
  private final String masked;

  private PersonalDataFinding(PersonalDataKind kind, String place, String masked) {
    this.kind = InvalidArgumentException.requireNonNull(kind, "kind");
    this.place = InvalidArgumentException.requireNonNull(place, "place");
    this.masked = InvalidArgumentException.requireNonNull(masked, "masked");
  }

  /**
   * {@return a finding}
   *
   * @param kind what was found
   * @param place where: {@code Meeting "Bolagsdagen" (bolagsdagen-2024-03-13), areas[skills].opportunities[0]}
   * @param masked the data with its identifying part masked
   */
  public static PersonalDataFinding of(PersonalDataKind kind, String place, String masked) {
    return new PersonalDataFinding(kind, place, masked);
  }

  /** {@return what was found} */
  public PersonalDataKind kind() {
    return kind;
  }

  /** {@return where in the dialogue: the meeting and the field} */
  public String place() {
    return place;
  }

  /** {@return the data masked: {@code 811218-****}, {@code a***@example.se}, {@code 070-*** ** **}} */
  public String masked() {
    return masked;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof PersonalDataFinding && kind == ((PersonalDataFinding) other).kind
        && place.equals(((PersonalDataFinding) other).place) && masked.equals(((PersonalDataFinding) other).masked);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, place, masked);
  }

  /** {@return {@code place: a personal identity number (811218-****)}, with the kind's own article} */
  @Override
  public String toString() {
    return place + ": " + kind.withArticle() + " (" + masked + ")";
  }
}
