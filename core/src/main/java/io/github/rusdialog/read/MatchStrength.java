package io.github.rusdialog.read;

/**
 * How well a source fits a reader, as the reader judges it from the source's content and name
 * ({@link DialogueReader#match}); {@link DialogueReaders} gives each source to the reader with the
 * strongest match. Modelled on jackson-core's {@code MatchStrength}: content decides before the
 * name, so a Word document named {@code .txt} is read as Word.
 *
 * @since 0.2.0
 */
public enum MatchStrength {
  /** Not this reader's: the content is of another kind. */
  NO_MATCH,
  /**
   * The content cannot tell (an empty file) and the name is the reader's: the reader is given the
   * source only when no reader matches better, so that it can say what the file should hold.
   */
  INCONCLUSIVE,
  /** Content of a kind the reader reads, but that other readers read too (any text). */
  WEAK_MATCH,
  /** Content the reader reads, and a name that is the reader's ({@code .md} for Markdown text). */
  SOLID_MATCH,
  /** Content only this reader reads (a Word document's parts, an Excel workbook's). */
  FULL_MATCH;

  /**
   * {@return whether this is a match at all: anything stronger than {@link #NO_MATCH}}
   */
  public boolean matches() {
    return this != NO_MATCH;
  }
}
