package io.github.rusdialog.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Test code that writes a summary text as Word would hold it: {@code #} lines in Heading styles
 * (Swedish style ids, English built-in names, as Swedish Word saves them), bullets and numbers as
 * real list numbering (one numbered list per run of numbered lines, starting at its first number),
 * {@code **bold**} as bold runs; markers are not part of the text. Remembers which text line each
 * paragraph came from.
 */
final class DocxRenderer {
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s*(.*)$");
  private static final Pattern NUMBERED = Pattern.compile("^(?:[-•*–]\\s+)?(\\d{1,4})[.)]\\s+(.*)$");
  private static final Pattern BULLET = Pattern.compile("^[-•*–]\\s+(.*)$");

  /** The document's bytes, and for each paragraph (1-based) the text line (1-based) it shows. */
  static final class Rendered {
    final byte[] bytes;
    final List<Integer> sourceLines;

    Rendered(byte[] bytes, List<Integer> sourceLines) {
      this.bytes = bytes;
      this.sourceLines = sourceLines;
    }

    int sourceLineOfParagraph(int paragraph) {
      return sourceLines.get(paragraph - 1);
    }
  }

  private DocxRenderer() {}

  static Rendered render(String text) {
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFStyles styles = document.createStyles();
      style(styles, "Rubrik", "Title");
      for (int level = 1; level <= 6; level++) {
        style(styles, "Rubrik" + level, "heading " + level);
      }
      XWPFNumbering numbering = document.createNumbering();
      BigInteger bulletAbstract = numbering.addAbstractNum(abstractNum(numbering, 1, STNumberFormat.BULLET, 1));
      BigInteger bulletNum = numbering.addNum(bulletAbstract);
      BigInteger listNum = null;
      List<Integer> sourceLines = new ArrayList<>();
      String[] lines = text.split("\n", -1);
      boolean first = true;
      for (int i = 0; i < lines.length; i++) {
        String line = lines[i].strip();
        if (line.isEmpty()) {
          continue;
        }
        XWPFParagraph paragraph = document.createParagraph();
        sourceLines.add(i + 1);
        Matcher heading = HEADING.matcher(line);
        Matcher numbered = NUMBERED.matcher(line);
        Matcher bullet = BULLET.matcher(line);
        String body = line;
        if (heading.matches()) {
          paragraph.setStyle(first ? "Rubrik" : "Rubrik" + heading.group(1).length());
          body = heading.group(2);
          listNum = null;
        } else if (numbered.matches()) {
          int number = Integer.parseInt(numbered.group(1));
          if (listNum == null) {
            BigInteger id = numbering.addAbstractNum(
                abstractNum(numbering, 100 + i, STNumberFormat.DECIMAL, number));
            listNum = numbering.addNum(id);
          }
          paragraph.setNumID(listNum);
          paragraph.setNumILvl(BigInteger.ZERO);
          body = numbered.group(2);
        } else if (bullet.matches()) {
          paragraph.setNumID(bulletNum);
          paragraph.setNumILvl(BigInteger.ZERO);
          body = bullet.group(1);
          listNum = null;
        } else {
          if (first) {
            paragraph.setStyle("Rubrik");
          }
          listNum = null;
        }
        runs(paragraph, body);
        first = false;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return new Rendered(out.toByteArray(), sourceLines);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code **bold**} parts as bold runs, the rest as plain runs. */
  private static void runs(XWPFParagraph paragraph, String body) {
    String[] parts = body.split("\\*\\*|__", -1);
    boolean markedUp = parts.length >= 3 && parts.length % 2 == 1;
    if (!markedUp) {
      paragraph.createRun().setText(body);
      return;
    }
    for (int p = 0; p < parts.length; p++) {
      if (parts[p].isEmpty()) {
        continue;
      }
      XWPFRun run = paragraph.createRun();
      run.setText(parts[p]);
      run.setBold(p % 2 == 1);
    }
  }

  private static void style(XWPFStyles styles, String id, String name) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(STStyleType.PARAGRAPH);
    style.addNewName().setVal(name);
    styles.addStyle(new XWPFStyle(style, styles));
  }

  static XWPFAbstractNum abstractNum(XWPFNumbering numbering, int id, STNumberFormat.Enum format, int start) {
    CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
    definition.setAbstractNumId(BigInteger.valueOf(id));
    CTLvl level = definition.addNewLvl();
    level.setIlvl(BigInteger.ZERO);
    level.addNewNumFmt().setVal(format);
    level.addNewLvlText().setVal(format == STNumberFormat.BULLET ? "•" : "%1.");
    level.addNewStart().setVal(BigInteger.valueOf(start));
    return new XWPFAbstractNum(definition, numbering);
  }
}
