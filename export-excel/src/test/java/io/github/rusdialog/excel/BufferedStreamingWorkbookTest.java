package io.github.rusdialog.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The buffered copy writes exactly the parts POI's own {@code SXSSFWorkbook} writes: sheets with
 * rows, an empty sheet, a sheet with more rows than the window, text that looks like the markers
 * it searches for, and a whole exported workbook read back.
 */
class BufferedStreamingWorkbookTest {
  @Test
  void writesThePartsPoiWrites() throws IOException {
    Map<String, String> poi = parts(SXSSFWorkbook::new);
    assertThat(parts(BufferedStreamingWorkbook::new)).isEqualTo(poi);
  }

  @Test
  void exportedWorkbookReadsBackAsBefore() throws IOException {
    byte[] exported = Workbooks.export(SampleMeetings.threeMeetings(),
        ExportOptions.builder().generatedAt(Workbooks.GENERATED_AT).build());
    assertThat(WorkbookReader.create().read(new ByteArrayInputStream(exported), "x.xlsx").dialogue())
        .isEqualTo(SampleMeetings.threeMeetings());
  }

  private static Map<String, String> parts(IntFunction<SXSSFWorkbook> create) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SXSSFWorkbook workbook = create.apply(10)) {
      SXSSFSheet rows = workbook.createSheet("Rader");
      for (int r = 0; r < 55; r++) {
        Row row = rows.createRow(r);
        row.createCell(0).setCellValue("<sheetData/> </sheetData> <sheetDat " + r);
        row.createCell(1).setCellValue(r * 1.5);
      }
      rows.setColumnWidth(0, 9000);
      rows.createFreezePane(0, 1);
      workbook.createSheet("Tom");
      SXSSFSheet few = workbook.createSheet("Få");
      few.createRow(3).createCell(2).setCellValue("å ä ö ŋ 𝄞");
      // POI stamps the creation time to the second: two workbooks written across a second's
      // boundary (a loaded CI machine) would differ in nothing else.
      workbook.getXSSFWorkbook().getProperties().getCoreProperties()
          .setCreated(java.util.Optional.of(new java.util.Date(1_710_288_000_000L)));
      workbook.write(out);
    }
    // Through the central directory, as Excel and POI read it: POI's sheet entries carry the
    // template's size in their local headers, which java.util.zip.ZipInputStream refuses.
    java.nio.file.Path file = java.nio.file.Files.createTempFile("rusdialog", ".xlsx");
    try {
      java.nio.file.Files.write(file, out.toByteArray());
      Map<String, String> parts = new LinkedHashMap<>();
      try (ZipFile zip = new ZipFile(file.toFile())) {
        for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
          parts.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
        }
      }
      return parts;
    } finally {
      java.nio.file.Files.delete(file);
    }
  }
}
