package io.github.rusdialog.html;

import io.github.rusdialog.model.Meeting;

/**
 * The page's fragment identifiers. Meetings and areas are named by their ids, so that a link to
 * {@code #rd-m--bolagsdagen-2024-03-13} keeps working when the page is exported again; ids are
 * slugs without "--", so the double hyphen separates the parts unambiguously. All start with
 * {@code rd-}, so that a fragment does not collide with its host page's ids.
 */
final class Ids {
  static final String SYNTHESIS = "rd-synthesis";

  private Ids() {}

  static String meeting(Meeting meeting) {
    return "rd-m--" + meeting.id();
  }

  static String priorities(Meeting meeting) {
    return meeting(meeting) + "--priorities";
  }

  /** The feedback's list of the inputs the region has not answered yet. */
  static String open(Meeting meeting) {
    return meeting(meeting) + "--open";
  }

  static String area(Meeting meeting, String areaId) {
    return meeting(meeting) + "--area--" + areaId;
  }
}
