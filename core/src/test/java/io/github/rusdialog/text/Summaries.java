package io.github.rusdialog.text;

import io.github.rusdialog.model.Meeting;

/** The summary the forms tests change one thing in, so that each test shows only its change. */
final class Summaries {
  /** The title line, the usual one. */
  static final String TITLE = "Bolagsdagen 13/3 2024";

  /**
   * Everything after the title up to a strategic area's heading: the intro with one group ("-
   * Kommunen" on line 5), the priorities and the accessibility area's heading on line 11.
   */
  static final String AFTER_TITLE = "\n\nI just det här mötet deltog företrädare för:\n\n- Kommunen\n\n"
      + "Mest prioriterade områden enligt deltagarna\n\n1) **Boende:** Fler bostäder.\n\n"
      + "God tillgänglighet genom digital kommunikation och transportsystem\n\n";

  /** A whole summary up to "Möjligheter:" (line 13): an item written after it is on line 15. */
  static final String UNDER_OPPORTUNITIES = TITLE + AFTER_TITLE + "Möjligheter:\n\n";

  private Summaries() {}

  static Meeting read(String text) throws SummaryFormatException {
    return SummaryReader.create().read(text, "möte.txt").meeting();
  }
}
