package io.github.rusdialog.excel;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.read.DialogueReader;
import io.github.rusdialog.testkit.DialogueReaderContract;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The workbook reader keeps the reader contract. */
class XlsxReaderContractTest extends DialogueReaderContract {
  @Override
  protected DialogueReader reader() {
    return new io.github.rusdialog.excel.internal.XlsxProvider();
  }

  @Override
  protected Sample good() {
    return Sample.of("bolagsdagen-2024-03-13.xlsx", exported(), "Bolagsdagen");
  }

  @Override
  protected Sample broken() {
    try (XSSFWorkbook book = Workbooks.open(exported()); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var row = book.getSheet("Möjligheter och utmaningar").getRow(2);
      var style = row.getCell(4).getCellStyle();
      row.removeCell(row.getCell(4));
      var cell = row.createCell(4);
      cell.setCellStyle(style);
      cell.setCellValue("Hot");
      book.write(out);
      return Sample.of("trasig.xlsx", out.toByteArray(), "'Möjligheter och utmaningar'!E3: \"Hot\" is not one of");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] exported() {
    try {
      return Workbooks.export(SampleMeetings.seedDialogue(), ExportOptions.builder()
          .generatedAt(Workbooks.GENERATED_AT).build());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
