package io.github.rusdialog.docx.write;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumbering;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;

/**
 * The document's lists as Word numbers them: one list instance for every bulleted list, and a
 * list instance of its own for each numbered list, restarting at 1, so that each meeting's
 * priorities count 1, 2, 3 in Word, LibreOffice and import-docx alike.
 */
final class Lists {
  private static final BigInteger BULLETS = BigInteger.ONE;
  private static final BigInteger NUMBERS_DEFINITION = BigInteger.ONE;
  private final CTNumbering numbering;
  private int instances = 2;

  Lists() throws IOException {
    try (InputStream in = Lists.class.getResourceAsStream("numbering-abstract.xml")) {
      numbering = NumberingDocument.Factory.parse(in).getNumbering();
    } catch (XmlException e) {
      throw new IllegalStateException("numbering-abstract.xml is not WordprocessingML", e);
    }
    instance(BigInteger.ONE, BigInteger.ZERO, false);
    // List Number's own instance, for a list an official starts with the style in Word.
    instance(BigInteger.TWO, NUMBERS_DEFINITION, false);
  }

  /** {@return the list instance of bulleted lists} */
  BigInteger bullets() {
    return BULLETS;
  }

  /** {@return a new numbered list instance that starts at 1} */
  BigInteger numbered() {
    BigInteger id = BigInteger.valueOf(++instances);
    instance(id, NUMBERS_DEFINITION, true);
    return id;
  }

  private void instance(BigInteger id, BigInteger definition, boolean restart) {
    CTNum num = numbering.addNewNum();
    num.setNumId(id);
    num.addNewAbstractNumId().setVal(definition);
    if (restart) {
      var override = num.addNewLvlOverride();
      override.setIlvl(BigInteger.ZERO);
      override.addNewStartOverride().setVal(BigInteger.ONE);
    }
  }

  /** Gives the document its numbering part. */
  void addTo(XWPFDocument document) {
    document.createNumbering().setNumbering(numbering);
  }
}
