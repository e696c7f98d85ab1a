package io.github.rusdialog.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Test code that builds Word documents paragraph by paragraph from WordprocessingML, for the
 * cases the renderer does not make: comments, fields, tracked changes, text boxes, tables, list
 * instances that continue or restart. Has a decimal list definition (abstract 10) and a bullet
 * definition (abstract 20), the styles Rubrik1 ("heading 1") and Stark (bold character style).
 */
final class TestDocuments {
  static final String W = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  static final String TITLE = p("Möte 13/3 2024");
  static final String ACCESSIBILITY = "God tillgänglighet genom digital kommunikation och transportsystem";

  /** Parses an element as the content of the object it is set on, not as a child of it. */
  private static final org.apache.xmlbeans.XmlOptions CONTENT_ONLY =
      new org.apache.xmlbeans.XmlOptions().setLoadReplaceDocumentElement(null);

  private final List<String> body = new ArrayList<>();
  private final List<int[]> numbers = new ArrayList<>();
  private final java.util.Map<Integer, String> comments = new java.util.LinkedHashMap<>();
  private final java.util.Map<String, String> paragraphStyles = new java.util.LinkedHashMap<>();

  static TestDocuments of(String... paragraphs) {
    TestDocuments document = new TestDocuments();
    document.body.addAll(List.of(paragraphs));
    return document;
  }

  /** Adds list instance {@code numId} of the decimal definition, restarting at {@code restart} if > 0. */
  TestDocuments withDecimalList(int numId, int restart) {
    numbers.add(new int[] {numId, 10, restart});
    return this;
  }

  /** Adds a paragraph style with this id and (built-in, English) name. */
  TestDocuments withStyle(String id, String name) {
    paragraphStyles.put(id, name);
    return this;
  }

  /** Adds a comment whose text is {@code text}, for a {@code w:commentReference w:id} in the body. */
  TestDocuments withComment(int id, String text) {
    comments.put(id, text);
    return this;
  }

  TestDocuments withBulletList(int numId) {
    numbers.add(new int[] {numId, 20, 0});
    return this;
  }

  static String p(String text) {
    return "<w:p " + W + "><w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r></w:p>";
  }

  static String styled(String style, String text) {
    return "<w:p " + W + "><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr><w:r><w:t xml:space=\"preserve\">"
        + escape(text) + "</w:t></w:r></w:p>";
  }

  static String listItem(int numId, String runs) {
    return listItem(numId, 0, runs);
  }

  static String listItem(int numId, int level, String runs) {
    return "<w:p " + W + "><w:pPr><w:numPr><w:ilvl w:val=\"" + level + "\"/><w:numId w:val=\"" + numId
        + "\"/></w:numPr></w:pPr>" + runs + "</w:p>";
  }

  static String run(String text) {
    return "<w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
  }

  static String boldRun(String text) {
    return "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
  }

  static String raw(String inner) {
    return "<w:p " + W + ">" + inner + "</w:p>";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  byte[] bytes() {
    try (XWPFDocument document = new XWPFDocument()) {
      XWPFStyles styles = document.createStyles();
      addStyle(styles, "Rubrik1", "heading 1", STStyleType.PARAGRAPH, false);
      addStyle(styles, "Stark", "Strong", STStyleType.CHARACTER, true);
      paragraphStyles.forEach((id, name) -> addStyle(styles, id, name, STStyleType.PARAGRAPH, false));
      XWPFNumbering numbering = document.createNumbering();
      numbering.addAbstractNum(DocxRenderer.abstractNum(numbering, 10, STNumberFormat.DECIMAL, 1));
      numbering.addAbstractNum(DocxRenderer.abstractNum(numbering, 20, STNumberFormat.BULLET, 1));
      for (int[] number : numbers) {
        CTNum num = CTNum.Factory.newInstance();
        num.setNumId(BigInteger.valueOf(number[0]));
        num.addNewAbstractNumId().setVal(BigInteger.valueOf(number[1]));
        if (number[2] > 0) {
          CTNumLvl override = num.addNewLvlOverride();
          override.setIlvl(BigInteger.ZERO);
          override.addNewStartOverride().setVal(BigInteger.valueOf(number[2]));
        }
        numbering.addNum(new org.apache.poi.xwpf.usermodel.XWPFNum(num, numbering));
      }
      if (!comments.isEmpty()) {
        org.apache.poi.xwpf.usermodel.XWPFComments part = document.createComments();
        comments.forEach((id, text) -> part.createComment(BigInteger.valueOf(id)).createParagraph().createRun()
            .setText(text));
      }
      for (String xml : body) {
        if (xml.startsWith("<w:tbl")) {
          document.createTable().getCTTbl().set(CTTbl.Factory.parse(xml, CONTENT_ONLY));
        } else {
          XWPFParagraph paragraph = document.createParagraph();
          paragraph.getCTP().set(CTP.Factory.parse(xml, CONTENT_ONLY));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XmlException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private static void addStyle(XWPFStyles styles, String id, String name, STStyleType.Enum type, boolean bold) {
    CTStyle style = CTStyle.Factory.newInstance();
    style.setStyleId(id);
    style.setType(type);
    style.addNewName().setVal(name);
    if (bold) {
      style.addNewRPr().addNewB();
    }
    styles.addStyle(new XWPFStyle(style, styles));
  }
}
