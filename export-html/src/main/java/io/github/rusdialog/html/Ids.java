package io.github.rusdialog.html;

import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * The page's fragment identifiers, all under one prefix ({@code rd-} by default). Meetings and
 * areas are named by their ids, so that a link to {@code #rd-m--bolagsdagen-2024-03-13} keeps
 * working when the page is exported again; ids are slugs without "--", so the double hyphen
 * separates the parts unambiguously. A fragment, which shares its host page with other content and
 * perhaps other fragments, gets a prefix of its own ({@code rd-3f2a9c-}) unless {@link
 * HtmlExporter#ID_PREFIX} sets one: two fragments on one page never share an id.
 */
final class Ids {
  /** What a prefix may be: starting with a letter, then letters, digits, "-" and "_". */
  static final Pattern PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

  private final String prefix;

  Ids(String prefix) {
    this.prefix = prefix;
  }

  /**
   * The ids of one export: the prefix set, else {@code rd-} for a page and, for a fragment, {@code
   * rd-} and six hexadecimal digits of a checksum of what the fragment shows, so that the same
   * dialogue and report give the same ids every time.
   */
  static Ids of(Dialogue dialogue, boolean fragment, boolean feedback, Optional<String> set) {
    if (set.isPresent()) {
      return new Ids(set.get());
    }
    if (!fragment) {
      return new Ids("rd-");
    }
    CRC32 checksum = new CRC32();
    StringBuilder shown = new StringBuilder(feedback ? "feedback" : "full").append('\n')
        .append(dialogue.name().orElse("")).append('\n');
    dialogue.meetings().forEach(meeting -> shown.append(meeting.id()).append('\n'));
    checksum.update(shown.toString().getBytes(StandardCharsets.UTF_8));
    return new Ids(String.format(Locale.ROOT, "rd-%06x-", checksum.getValue() & 0xFFFFFF));
  }

  /** An id of the page's own parts: "top", "contents", "main", "table-1". */
  String of(String part) {
    return prefix + part;
  }

  String synthesis() {
    return of("synthesis");
  }

  String meeting(Meeting meeting) {
    return prefix + "m--" + meeting.id();
  }

  String priorities(Meeting meeting) {
    return meeting(meeting) + "--priorities";
  }

  /** The feedback's list of the inputs the region has not answered yet. */
  String open(Meeting meeting) {
    return meeting(meeting) + "--open";
  }

  String area(Meeting meeting, String areaId) {
    return meeting(meeting) + "--area--" + areaId;
  }
}
