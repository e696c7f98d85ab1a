package io.github.rusdialog.markdown;

import io.github.rusdialog.model.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML front matter as Jekyll, pandoc and Obsidian write it: a {@code ---} line first, then
 * {@code key: value} lines up to the next {@code ---} or {@code ...} line. Its {@code title} and
 * {@code date} are the summary's title line; any other key is metadata, skipped with a warning. The
 * lines are blanked in the Markdown the parser sees, so every other line keeps its number.
 */
final class FrontMatter {
  private static final Pattern OPEN = Pattern.compile("---[ \\t]*");
  private static final Pattern CLOSE = Pattern.compile("(?:---|\\.\\.\\.)[ \\t]*");
  private static final Pattern ENTRY = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*)[ \\t]*:[ \\t]*(.*)");

  /** The Markdown with the front matter's lines blank, or as it was when it has none. */
  final String body;
  /** The title as written, or null. */
  final String title;
  /** The 1-based line of {@code title}, or of the front matter's first line when there is none. */
  final int titleLine;
  /** The date as written, or null. */
  final String date;
  /** The keys that are not read. */
  final List<String> skipped;
  /** Whether the file has front matter at all. */
  final boolean present;

  private FrontMatter(String body, String title, int titleLine, String date, List<String> skipped, boolean present) {
    this.body = body;
    this.title = title;
    this.titleLine = titleLine;
    this.date = date;
    this.skipped = skipped;
    this.present = present;
  }

  static FrontMatter of(String markdown, String source) throws InvalidInputException {
    String[] lines = markdown.split("\n", -1);
    if (lines.length < 2 || !OPEN.matcher(strip(lines[0])).matches()) {
      return new FrontMatter(markdown, null, 0, null, List.of(), false);
    }
    int close = -1;
    for (int i = 1; i < lines.length && close < 0; i++) {
      if (CLOSE.matcher(strip(lines[i])).matches()) {
        close = i;
      }
    }
    if (close < 0) {
      // A rule at the top and no end: no front matter, CommonMark reads it as it stands.
      return new FrontMatter(markdown, null, 0, null, List.of(), false);
    }
    String title = null;
    String date = null;
    int titleLine = 1;
    List<String> skipped = new ArrayList<>();
    for (int i = 1; i < close; i++) {
      Matcher entry = ENTRY.matcher(strip(lines[i]));
      if (!entry.matches() || Character.isWhitespace(lines[i].isEmpty() ? 'x' : lines[i].charAt(0))) {
        // A list item or a nested value belongs to the key above it.
        continue;
      }
      String key = entry.group(1).toLowerCase(Locale.ROOT);
      String value = unquote(entry.group(2).strip());
      if (key.equals("title")) {
        if (value.isEmpty()) {
          throw new InvalidInputException(source, i + 1, 0, null, "the front matter's title is empty; write the"
              + " meeting's name after \"title:\", or remove the line");
        }
        title = value;
        titleLine = i + 1;
      } else if (key.equals("date")) {
        date = value.isEmpty() ? null : value;
      } else {
        skipped.add(entry.group(1));
      }
    }
    if (title == null && date != null) {
      throw new InvalidInputException(source, 1, 0, null, "the front matter gives a date but no title; add"
          + " \"title: <the meeting's name>\", or write the title line below it instead");
    }
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      body.append(i <= close ? "" : lines[i]);
      if (i + 1 < lines.length) {
        body.append('\n');
      }
    }
    return new FrontMatter(body.toString(), title, titleLine, date, List.copyOf(skipped), true);
  }

  /** The title line the front matter makes: its title, then its date. */
  String titleLineText() {
    return date == null ? title : title + " " + date;
  }

  private static String strip(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
        || value.startsWith("'") && value.endsWith("'"))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}
