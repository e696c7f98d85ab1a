package io.github.rusdialog.internal.read;

import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.text.SummaryLine;
import io.github.rusdialog.text.SummaryWarning;

/**
 * The door into the summary rules for readers that know more of a paragraph than {@link
 * SummaryLine}'s public withers say: the line of a text file it starts on, the lines it was written
 * on, that the format has already read its markup. The rules live in package-private classes of
 * {@code io.github.rusdialog.text}; that package hands them over here once, when {@link SummaryLine}
 * is initialised, as the JDK's own packages share internals.
 */
public final class SummaryBlocks {
  /** What the summary rules offer the reader modules; implemented in the text package only. */
  public interface Rules {
    /**
     * {@return a paragraph that starts on a line of a text file}
     *
     * @param text the paragraph's text
     * @param line the 1-based line it starts on
     */
    SummaryLine atLine(String text, int line);

    /**
     * {@return the paragraph with the lines it was written on}
     *
     * @param paragraph the paragraph
     * @param lines its text with some spaces as line feeds
     */
    SummaryLine withWrittenLines(SummaryLine paragraph, String lines);

    /**
     * {@return the paragraph as one whose format has read its markup: its kind is what the withers
     * said, and its text is literal — no list marker, {@code #} or {@code **} in it is read again}
     *
     * @param paragraph the paragraph
     */
    SummaryLine literal(SummaryLine paragraph);

    /**
     * {@return whether the paragraph is a heading}
     *
     * @param paragraph the paragraph
     */
    boolean isHeading(SummaryLine paragraph);

    /**
     * {@return whether the paragraph reads as a meeting's title line with its date, as the next
     * meeting of a compilation starts}
     *
     * @param paragraph the paragraph
     */
    boolean isDatedTitle(SummaryLine paragraph);

    /**
     * {@return the line of a text file the paragraph starts on, 0 for input without lines}
     *
     * @param paragraph the paragraph
     */
    int line(SummaryLine paragraph);

    /**
     * {@return a warning about a line of a text file, for a reader's own warnings}
     *
     * @param source the input's name
     * @param line the 1-based line
     * @param message what is doubtful and what to check
     */
    SummaryWarning warningAtLine(String source, int line, String message);

    /** {@return the warning for a summary that was read as Windows-1252, not UTF-8} */
    String encodingWarning();

    /**
     * {@return whether a text is a section label under a strategic area ("Möjligheter:")}
     *
     * @param text a label as written
     */
    boolean isSectionLabel(String text);

    /**
     * {@return how a line written inside a paragraph would stand if it were a paragraph of its own}
     *
     * @param written the line as written
     * @param catalogue the strategic areas headings are matched against
     */
    Standing standing(String written, StrategicAreaCatalogue catalogue);
  }

  /** How a written line would stand on its own. */
  public enum Standing {
    /** Running text: it may continue a paragraph. */
    TEXT,
    /** A bullet or a numbered line. */
    LIST_LINE,
    /** A heading of the summary or a section label without text after it. */
    PART
  }

  private static volatile Rules rules;

  private SummaryBlocks() {}

  /**
   * Hands the rules over; called once, by the text package.
   *
   * @param implementation the rules
   * @throws IllegalStateException if called again, or from outside the text package
   */
  public static synchronized void register(Rules implementation) {
    if (rules != null || !implementation.getClass().getPackageName().equals(SummaryLine.class.getPackageName())) {
      throw new IllegalStateException("the summary rules are registered by " + SummaryLine.class.getPackageName()
          + " only, once");
    }
    rules = implementation;
  }

  /** {@return the summary rules} */
  public static Rules rules() {
    Rules registered = rules;
    if (registered == null) {
      try {
        // Initialising SummaryLine registers the rules.
        Class.forName(SummaryLine.class.getName(), true, SummaryLine.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      registered = rules;
    }
    return registered;
  }
}
