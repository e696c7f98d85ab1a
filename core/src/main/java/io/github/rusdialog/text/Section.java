package io.github.rusdialog.text;

/** Which list of a strategic area's input an item goes to. */
enum Section {
  /** No section label yet: items are insights, as the summary does not call them either. */
  NONE,
  OPPORTUNITIES,
  CHALLENGES,
  INSIGHTS
}
