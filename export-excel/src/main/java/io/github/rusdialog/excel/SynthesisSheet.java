package io.github.rusdialog.excel;

import io.github.rusdialog.export.Labels;
import io.github.rusdialog.synthesis.AreaCoverage;
import io.github.rusdialog.synthesis.DialogueSynthesis;
import io.github.rusdialog.synthesis.KindParticipation;
import java.util.ArrayList;
import io.github.rusdialog.model.ResponseStatus;
import io.github.rusdialog.synthesis.ResponseTally;
import java.util.Map;
import java.util.EnumMap;
import io.github.rusdialog.model.StakeholderKind;
import io.github.rusdialog.synthesis.HeadCounts;
import io.github.rusdialog.synthesis.PriorityConsensus;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;

/**
 * The "Sammanställning" sheet: participation per stakeholder kind, the priority consensus with a
 * bar chart of its Borda scores, and the coverage of each strategic area, as three Excel tables.
 */
final class SynthesisSheet {
  /** The chart shows the leading groups only; the table below it has them all. */
  private static final int CHART_GROUPS = 15;

  private final SXSSFWorkbook workbook;
  private final Styles styles;
  private final Labels labels;

  SynthesisSheet(SXSSFWorkbook workbook, Styles styles, Labels labels) {
    this.workbook = workbook;
    this.styles = styles;
    this.labels = labels;
  }

  void write(SXSSFSheet sheet, DialogueSynthesis synthesis) {
    int r = 0;
    Cells.text(sheet.createRow(r++), 0, labels.get("synthesis"), styles.title);
    Row note = sheet.createRow(r++);
    Cells.text(note, 0, labels.get("synthesis.note"), styles.italic);
    r++;
    r = participation(sheet, synthesis, r);
    r = priorities(sheet, synthesis, r);
    r = coverage(sheet, synthesis, r);
    r = responses(sheet, synthesis, synthesis.responses().byMeeting(), "synthesis.responsesByMeeting", "meeting",
        "SynthesisResponsesByMeeting", r);
    responses(sheet, synthesis, synthesis.responses().byArea(), "synthesis.responsesByArea", "strategicArea",
        "SynthesisResponsesByArea", r);
    TableSheet.printLandscape(sheet);
  }

  private int participation(SXSSFSheet sheet, DialogueSynthesis synthesis, int r) {
    Cells.text(sheet.createRow(r++), 0, labels.get("synthesis.participation"), styles.heading);
    TableSheet table = new TableSheet(workbook, sheet, styles, "SynthesisParticipation", r, List.of(
        Column.text(labels.get("kind"), 30),
        Column.fixed(labels.get("synthesis.meetingCount")),
        Column.text(labels.get("synthesis.groups"), 50),
        Column.text(labels.get("synthesis.sources"), 60),
        Column.fixed(labels.get("synthesis.people"))));
    Map<StakeholderKind, Integer> people = new EnumMap<>(StakeholderKind.class);
    synthesis.headCounts().byKind().forEach(kind -> people.put(kind.kind(), kind.people()));
    for (KindParticipation kind : synthesis.participation()) {
      table.startRow();
      table.text(0, labels.kind(kind.kind()));
      table.number(1, kind.meetingCount());
      table.text(2, fit(String.join(", ", kind.groupNames()), kind.groupNames().size()));
      table.text(3, sources(synthesis, kind.meetingIds()));
      if (people.containsKey(kind.kind())) {
        table.number(4, people.get(kind.kind()));
      }
    }
    int next = table.nextRowIndex();
    table.finishTable();
    Row never = sheet.createRow(next++);
    Cells.text(never, 0, labels.get("synthesis.kindsNeverHeard"), styles.label);
    Cells.text(never, 2, synthesis.kindsNeverHeard().stream().map(labels::kind)
        .collect(Collectors.joining(", ")), styles.wrapped);
    HeadCounts counts = synthesis.headCounts();
    Cells.text(sheet.createRow(next++), 0, labels.format("synthesis.headCounts", counts.people(),
        counts.meetingsCounted().size(), synthesis.meetingCount()), styles.text);
    if (!counts.meetingsNotCounted().isEmpty()) {
      Row notCounted = sheet.createRow(next++);
      Cells.text(notCounted, 0, labels.get("synthesis.notCounted"), styles.label);
      Cells.text(notCounted, 2, sources(synthesis, counts.meetingsNotCounted()), styles.wrapped);
    }
    return next + 1;
  }

  private int priorities(SXSSFSheet sheet, DialogueSynthesis synthesis, int r) {
    Cells.text(sheet.createRow(r++), 0, labels.get("synthesis.priorities"), styles.heading);
    int chartRow = r;
    int chartRows = Math.min(CHART_GROUPS, synthesis.priorities().size()) * 2 + 6;
    r += chartRows;
    TableSheet table = new TableSheet(workbook, sheet, styles, "SynthesisPriorities", r, List.of(
        Column.text(labels.get("synthesis.priority"), 50),
        Column.fixed(labels.get("synthesis.meetingCount")),
        Column.fixed(labels.get("synthesis.firstPlaces")),
        Column.fixed(labels.get("synthesis.meanRank")),
        Column.fixed(labels.get("synthesis.borda")),
        Column.text(labels.get("synthesis.sources"), 60)));
    for (PriorityConsensus group : synthesis.priorities()) {
      table.startRow();
      table.text(0, group.label());
      table.number(1, group.meetingCount());
      table.number(2, group.firstPlaceCount());
      table.decimal(3, group.meanRank());
      table.number(4, group.bordaScore());
      table.text(5, sources(synthesis, group.meetingIds()));
    }
    int next = table.nextRowIndex();
    table.finishTable();
    chart(sheet, synthesis.priorities(), chartRow, chartRows, r + 1);
    return next + 1;
  }

  private int coverage(SXSSFSheet sheet, DialogueSynthesis synthesis, int r) {
    Cells.text(sheet.createRow(r++), 0, labels.get("synthesis.coverage"), styles.heading);
    TableSheet table = new TableSheet(workbook, sheet, styles, "SynthesisCoverage", r, List.of(
        Column.text(labels.get("strategicArea"), 50),
        Column.fixed(labels.get("coverage.direct")),
        Column.fixed(labels.get("coverage.indirect")),
        Column.fixed(labels.get("coverage.not-discussed")),
        Column.fixed(labels.get("synthesis.absent")),
        Column.fixed(labels.get("count.opportunities")),
        Column.fixed(labels.get("count.challenges")),
        Column.fixed(labels.get("count.insights"))));
    for (AreaCoverage area : synthesis.coverage()) {
      table.startRow();
      table.text(0, area.area().title());
      table.number(1, area.direct().size());
      table.number(2, area.indirect().size());
      table.number(3, area.notDiscussed().size());
      table.number(4, area.absent().size());
      table.number(5, area.opportunities());
      table.number(6, area.challenges());
      table.number(7, area.insights());
    }
    int next = table.nextRowIndex();
    table.finishTable();
    return next + 1;
  }

  /** One row per meeting or strategic area: how many of its inputs the region answered how. */
  private int responses(SXSSFSheet sheet, DialogueSynthesis synthesis, Map<String, ResponseTally> tallies,
      String heading, String firstHeader, String tableName, int r) {
    Cells.text(sheet.createRow(r++), 0, labels.get(heading), styles.heading);
    List<Column> columns = new ArrayList<>(List.of(Column.text(labels.get(firstHeader), 50)));
    for (ResponseStatus status : ResponseStatus.values()) {
      columns.add(Column.fixed(labels.status(status)));
    }
    columns.add(Column.fixed(labels.get("synthesis.unanswered")));
    TableSheet table = new TableSheet(workbook, sheet, styles, tableName, r, columns);
    for (Map.Entry<String, ResponseTally> entry : tallies.entrySet()) {
      table.startRow();
      table.text(0, firstHeader.equals("meeting") ? synthesis.meetingName(entry.getKey())
          : dialogueAreaTitle(synthesis, entry.getKey()));
      int c = 1;
      for (ResponseStatus status : ResponseStatus.values()) {
        table.number(c++, entry.getValue().count(status));
      }
      table.number(c, entry.getValue().unanswered());
    }
    int next = table.nextRowIndex();
    table.finishTable();
    return next + 1;
  }

  private static String dialogueAreaTitle(DialogueSynthesis synthesis, String areaId) {
    return synthesis.coverage().stream().filter(area -> area.area().id().equals(areaId)).findFirst()
        .map(area -> area.area().title()).orElse(areaId);
  }

  /**
   * A horizontal bar chart of the leading groups' Borda scores. The values are given as arrays,
   * because the table's rows have already streamed to disk, and also as references to the table's
   * cells, which is what LibreOffice draws from.
   */
  private void chart(SXSSFSheet sheet, List<PriorityConsensus> groups, int row, int rows, int firstDataRow) {
    int count = Math.min(CHART_GROUPS, groups.size());
    if (count == 0) {
      return;
    }
    String[] names = new String[count];
    Integer[] scores = new Integer[count];
    for (int i = 0; i < count; i++) {
      names[i] = groups.get(i).label();
      scores[i] = groups.get(i).bordaScore();
    }
    String quoted = "'" + sheet.getSheetName().replace("'", "''") + "'!";
    int first = firstDataRow + 1;
    int last = firstDataRow + count;
    XSSFDrawing drawing = (XSSFDrawing) workbook.getXSSFWorkbook().getSheet(sheet.getSheetName())
        .createDrawingPatriarch();
    // The chart ends two rows above the table's header: programs that size rows differently
    // (LibreOffice) would otherwise draw it over the header and first row.
    XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, row, 6, row + rows - 2);
    anchor.setAnchorType(ClientAnchor.AnchorType.MOVE_AND_RESIZE);
    XSSFChart chart = drawing.createChart(anchor);
    chart.setTitleText(labels.get("synthesis.chart"));
    chart.setTitleOverlay(false);
    XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
    // Bar charts draw the first category at the bottom; the leader belongs on top.
    categories.setOrientation(AxisOrientation.MAX_MIN);
    XDDFValueAxis values = chart.createValueAxis(AxisPosition.BOTTOM);
    values.setMinimum(0);
    XDDFCategoryDataSource labelsSource =
        XDDFDataSourcesFactory.fromArray(names, quoted + "$A$" + first + ":$A$" + last);
    XDDFNumericalDataSource<Integer> scoreSource =
        XDDFDataSourcesFactory.fromArray(scores, quoted + "$E$" + first + ":$E$" + last);
    XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
    data.setBarDirection(BarDirection.BAR);
    data.setVaryColors(false);
    XDDFChartData.Series series = data.addSeries(labelsSource, scoreSource);
    series.setTitle(labels.get("synthesis.borda"), null);
    // Without an explicit fill some viewers (LibreOffice) draw the bars invisible.
    XDDFShapeProperties shape = new XDDFShapeProperties();
    shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(new byte[] {11, 61, 107})));
    series.setShapeProperties(shape);
    chart.plot(data);
  }

  /** The meetings behind a figure, by name; a list too long for a cell is given as a count instead. */
  private String sources(DialogueSynthesis synthesis, List<String> meetingIds) {
    return fit(synthesis.meetingNames(meetingIds), meetingIds.size());
  }

  private String fit(String joined, int count) {
    return joined.length() <= Cells.MAX_CELL_CHARS ? joined : labels.format("synthesis.manyMeetings", count);
  }
}
