package io.github.rusdialog.excel;

import io.github.rusdialog.excel.SheetTable.TableRow;
import io.github.rusdialog.export.Labels;
import io.github.rusdialog.internal.read.TextForms;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.ModelValidationException;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StakeholderKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The overview's meeting table, read into one {@link Meeting.Builder} per row, and the lookup from
 * the other tables' meeting columns to those meetings. A row's id column names its meeting; a row
 * added without an id gets the id its title and date give.
 */
final class MeetingRows {
  /** "Unga (6)": a group and its head count, as the writer puts them in the participants cell. */
  private static final Pattern COUNTED = Pattern.compile("(.*\\S)\\s*\\(\\s*" + TextForms.COUNT + "\\s*\\)");
  /** A count in parentheses written some other way: "Unga (ca 6)", "Unga (6 st)", "Unga (5–6)". */
  private static final Pattern UNCLEAR_COUNT = Pattern.compile("\\(\\s*" + TextForms.APPROXIMATE_WORD + "?\\s*\\d+"
      + "\\s*(?:" + TextForms.UNIT + "|\\+|" + TextForms.DASH + "\\s*\\d+)?\\s*\\)$");
  private final WorkbookInput input;
  private final Labels labels;
  private final Map<String, Entry> byId = new LinkedHashMap<>();
  private final Map<String, String> exported;

  /** One meeting read from the overview, and the cell its id came from. */
  static final class Entry {
    final String id;
    final String title;
    final LocalDate date;
    final String place;
    final Meeting.Builder builder;

    Entry(String id, String title, LocalDate date, String place, Meeting.Builder builder) {
      this.id = id;
      this.title = title;
      this.date = date;
      this.place = place;
      this.builder = builder;
    }
  }

  MeetingRows(WorkbookInput input, SheetTable table, Labels labels, WorkbookMeta meta)
      throws InvalidInputException {
    this.input = input;
    this.labels = labels;
    this.exported = meta.exportedMeetings;
    int dateColumn = table.column(labels.get("date"));
    int titleColumn = table.column(labels.get("meeting"));
    int participantsColumn = table.column(labels.get("participants.short"));
    // Workbooks of layout 1 were written before head counts.
    Optional<Integer> attendeesColumn = meta.version >= 2
        ? Optional.of(table.column(labels.get("attendees"))) : table.optionalColumn(labels.get("attendees"));
    int summaryColumn = table.column(labels.get("summary"));
    int idColumn = table.column(labels.get("meetingId"));
    for (TableRow row : table.rows()) {
      try {
        read(row, meta, dateColumn, titleColumn, participantsColumn, attendeesColumn, summaryColumn, idColumn);
      } catch (ModelValidationException e) {
        throw input.problem(WorkbookInput.ref(table.sheetName(), row.index(), 0), "the meeting in this row: "
            + e.getMessage());
      }
    }
  }

  private void read(TableRow row, WorkbookMeta meta, int dateColumn, int titleColumn, int participantsColumn,
      Optional<Integer> attendeesColumn, int summaryColumn, int idColumn) throws InvalidInputException {
    String title = row.text(titleColumn).orElseThrow(() -> input.problem(row.ref(titleColumn),
        "the meeting has no title; write it here, or delete the row to drop the meeting"));
    LocalDate date = row.date(dateColumn).orElseThrow(() -> input.problem(row.ref(dateColumn),
        "the meeting " + WorkbookInput.quote(title) + " has no date; write it here (2024-03-13)"));
    Meeting.Builder builder = Meeting.builder().title(title).date(date);
    String derived = Meeting.builder().title(title).date(date).build().id();
    Optional<String> written = row.text(idColumn);
    String id = written.orElse(derived);
    if (!id.equals(derived)) {
      // Keeps the identity the other tables refer to when a title or date was corrected.
      builder.id(id);
    }
    Entry known = byId.get(id);
    if (known != null) {
      throw input.problem(row.ref(written.isPresent() ? idColumn : titleColumn), "the meeting id "
          + WorkbookInput.quote(id) + " is also in " + known.place + "; each meeting has one row"
          + (written.isPresent() ? "" : ": give the added meeting another title or date"));
    }
    row.text(summaryColumn).ifPresent(builder::summary);
    if (attendeesColumn.isPresent()) {
      Optional<Integer> total = row.number(attendeesColumn.get(), "a number of people");
      if (total.isPresent() && total.get() < 1) {
        throw input.problem(row.ref(attendeesColumn.get()), total.get() + " is not a number of people; write"
            + " how many took part (1 or more), or leave the cell empty if unknown");
      }
      total.ifPresent(builder::attendees);
    }
    builder.participants(participants(row, participantsColumn, meta.participants.get(id)));
    byId.put(id, new Entry(id, title, date, row.ref(written.isPresent() ? idColumn : titleColumn), builder));
  }

  /**
   * The participants: as exported (with their kinds and head counts) when the cell still lists them
   * as written; else the groups the cell lists, separated by commas, each written "Unga" or "Unga
   * (6)", with its exported kind if the name was there before and the kind its name implies if not.
   */
  private List<StakeholderGroup> participants(TableRow row, int column, List<StakeholderGroup> exported)
      throws InvalidInputException {
    Optional<String> cell = row.text(column);
    List<StakeholderGroup> before = exported == null ? List.of() : exported;
    String joined = before.stream().map(labels::group).collect(Collectors.joining(", "));
    if (cell.orElse("").equals(joined)) {
      return before;
    }
    Map<String, StakeholderKind> kinds = new LinkedHashMap<>();
    before.forEach(group -> kinds.put(group.name().toLowerCase(Locale.ROOT), group.kind()));
    List<StakeholderGroup> groups = new ArrayList<>();
    for (String written : split(cell.orElse(""))) {
      String stripped = written.strip();
      if (stripped.isEmpty()) {
        continue;
      }
      // Folded character for character: "Unga (sex)" counts as "Unga (6)", and the name keeps its spelling.
      Matcher counted = COUNTED.matcher(TextForms.fold(stripped));
      String name = counted.matches() ? stripped.substring(0, counted.end(1)) : stripped;
      if (!counted.matches() && UNCLEAR_COUNT.matcher(TextForms.fold(stripped)).find()) {
        throw input.problem(row.ref(column), WorkbookInput.quote(stripped) + " looks like a group with a head"
            + " count; write the count as a number in parentheses after the name, e.g. \"Unga (6)\", or"
            + " leave it out");
      }
      StakeholderKind kind = kinds.get(name.toLowerCase(Locale.ROOT));
      StakeholderGroup group = kind == null ? StakeholderGroup.of(name) : StakeholderGroup.of(name, kind);
      if (counted.matches()) {
        int people = TextForms.count(counted.group(2));
        if (people < 1) {
          throw input.problem(row.ref(column), WorkbookInput.quote(stripped) + " gives a head count of 0;"
              + " list only groups that came, or leave the number out");
        }
        group = group.withAttendees(people);
      }
      groups.add(group);
    }
    return groups;
  }

  /** The parts of a cell between commas, but not those inside parentheses: "Unga (16–25 år, Luleå)". */
  private static List<String> split(String cell) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')' && depth > 0) {
        depth--;
      } else if (c == ',' && depth == 0) {
        parts.add(cell.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(cell.substring(start));
    return parts;
  }

  boolean isEmpty() {
    return byId.isEmpty();
  }

  List<Entry> entries() {
    return new ArrayList<>(byId.values());
  }

  /**
   * The meeting a row of another table belongs to: by its id if given, else by its title (and date,
   * when two meetings share a title). The title and date cells are views of the overview: a value
   * there that is not the meeting's is refused, because it would be lost.
   */
  Entry of(TableRow row, int idColumn, int titleColumn, Optional<Integer> dateColumn)
      throws InvalidInputException {
    Optional<String> id = row.text(idColumn);
    Optional<String> title = row.text(titleColumn);
    Optional<LocalDate> date = dateColumn.isPresent() ? row.date(dateColumn.get()) : Optional.empty();
    Entry entry;
    if (id.isPresent()) {
      entry = byId.get(id.get());
      if (entry == null) {
        throw input.problem(row.ref(idColumn), "there is no meeting with the id " + WorkbookInput.quote(id.get())
            + " on the overview; correct the id, or clear it and give the meeting's title");
      }
    } else if (title.isPresent()) {
      List<Entry> matches = byId.values().stream().filter(e -> e.title.equals(title.get())
          && (date.isEmpty() || e.date.equals(date.get()))).toList();
      if (matches.size() != 1) {
        throw input.problem(row.ref(titleColumn), (matches.isEmpty() ? "no meeting on the overview is titled "
            : "several meetings on the overview are titled ") + WorkbookInput.quote(title.get())
            + "; write the meeting's title exactly as on the overview" + (matches.isEmpty() ? "" : ", and its date"));
      }
      return matches.get(0);
    } else {
      throw input.problem(row.ref(titleColumn), "the row names no meeting; write the meeting's title as on"
          + " the overview");
    }
    // The title and date as exported still stand for the meeting after a correction on the overview.
    String[] before = exported.getOrDefault(entry.id, "\t").split("\t", 2);
    if (title.isPresent() && !title.get().equals(entry.title) && !title.get().equals(before[0])) {
      throw input.problem(row.ref(titleColumn), WorkbookInput.quote(title.get()) + " is not the title of"
          + " the meeting " + WorkbookInput.quote(entry.id) + " (" + WorkbookInput.quote(entry.title)
          + "); a meeting's title is read from the overview: correct it there, or move the row to the"
          + " meeting by its id");
    }
    if (date.isPresent() && !date.get().equals(entry.date) && !date.get().toString().equals(before[1])) {
      throw input.problem(row.ref(dateColumn.get()), date.get() + " is not the date of the meeting "
          + WorkbookInput.quote(entry.id) + " (" + entry.date + "); a meeting's date is read from the"
          + " overview: correct it there");
    }
    return entry;
  }
}
