package io.github.rusdialog.text;

/** Where the reading of a summary stands: what a line that names no part of its own belongs to. */
enum Part {
  /** Before the groups: the intro paragraph. */
  INTRO,
  /** After the intro's cue or a participants label: the groups. */
  GROUPS,
  /** Under the priorities heading. */
  PRIORITIES,
  /** Under a strategic area's heading. */
  AREA
}
