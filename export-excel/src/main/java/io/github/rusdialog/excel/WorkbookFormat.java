package io.github.rusdialog.excel;

/**
 * What a workbook written by rusdialog holds for reading it back, shared by the writer and {@link
 * WorkbookReader}: the hidden sheet's name and layout, the table names and the version of the
 * layout. Change the layout only together with {@link #VERSION}.
 */
final class WorkbookFormat {
  /** The very hidden, protected sheet with what the visible tables do not show. */
  static final String META_SHEET = "rusdialog";

  /** The first cell of the hidden sheet, which marks a workbook as ours. */
  static final String MARK = "rusdialog-workbook";

  /**
   * The layout version written; a reader reads this and every older one, and refuses a newer one
   * instead of misreading it. Version 2 added head counts: the overview's "Antal deltagare"
   * column, "Unga (6)" in its participants cell, and the count on the hidden sheet's participants;
   * and responses: "Status", "Svar" and "Referens" on the priorities and items tables.
   */
  static final int VERSION = 2;

  static final String MEETINGS_TABLE = "Meetings";
  static final String PRIORITIES_TABLE = "Priorities";
  static final String ITEMS_TABLE = "Items";

  /** Keys in the first column of the hidden sheet. */
  static final String KEY_LOCALE = "locale";
  static final String KEY_NAME = "name";
  static final String KEY_ORGANISER = "organiser";
  static final String KEY_DESCRIPTION = "description";
  static final String KEY_AREA = "area";
  static final String KEY_MEETING = "meeting";
  static final String KEY_PARTICIPANT = "participant";
  static final String KEY_VIEW = "view";

  /** Columns of the hidden sheet holding the drop-down lists, and the names that point at them. */
  static final int LIST_COLUMN = 5;
  static final String[] LIST_NAMES = {
      "rusdialog_areas", "rusdialog_types", "rusdialog_coverage", "rusdialog_stated", "rusdialog_status"};
  static final int AREAS_LIST = 0;
  static final int TYPES_LIST = 1;
  static final int COVERAGE_LIST = 2;
  static final int STATED_LIST = 3;
  static final int STATUS_LIST = 4;

  /** Area columns on the priorities sheet, at least; more when a priority links more areas. */
  static final int MIN_AREA_COLUMNS = 3;

  /** Empty rows below each table that still get the drop-downs, for rows analysts add. */
  static final int SPARE_ROWS = 1000;

  private WorkbookFormat() {}
}
