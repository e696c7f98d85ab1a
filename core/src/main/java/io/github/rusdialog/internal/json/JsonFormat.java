package io.github.rusdialog.internal.json;

/** The constants of the rusdialog JSON format that every reader and writer of it shares. */
public final class JsonFormat {
  /** The value of the document's {@code format} field. */
  public static final String FORMAT = "rusdialog";

  /** The format version written, and the newest read (every older one is read too). */
  public static final int VERSION = 2;

  /** The document nests 7 levels deep; anything far deeper is an attack or an accident. */
  public static final int MAX_NESTING = 32;

  private JsonFormat() {}
}
