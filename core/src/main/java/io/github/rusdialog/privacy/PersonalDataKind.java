package io.github.rusdialog.privacy;

/**
 * The kinds of personal data {@link PersonalData} finds in a dialogue's texts.
 *
 * @since 0.2.0
 */
public enum PersonalDataKind {
  /** A Swedish personal identity number (personnummer): a valid date of birth and check digit. */
  PERSONAL_IDENTITY_NUMBER("personal identity number"),
  /** A Swedish co-ordination number (samordningsnummer): a personal identity number's form, day + 60. */
  COORDINATION_NUMBER("co-ordination number"),
  /** An e-mail address. */
  EMAIL_ADDRESS("e-mail address"),
  /** A Swedish mobile number (07x, +46 7x). */
  MOBILE_NUMBER("mobile number");

  private final String description;

  PersonalDataKind(String description) {
    this.description = description;
  }

  /** {@return what the kind is, in words for a message: "personal identity number"} */
  public String description() {
    return description;
  }

  /** {@return the description with its article, for a sentence: "an e-mail address"} */
  public String withArticle() {
    return ("aeiou".indexOf(description.charAt(0)) >= 0 ? "an " : "a ") + description;
  }
}
