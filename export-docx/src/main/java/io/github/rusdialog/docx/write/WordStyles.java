package io.github.rusdialog.docx.write;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/** The documents' styles part, {@code styles.xml}, in a language. */
final class WordStyles {
  private WordStyles() {}

  /** Gives the document the styles, with {@code languageTag} as the language of its text. */
  static void addTo(XWPFDocument document, String languageTag) throws IOException {
    try (InputStream in = WordStyles.class.getResourceAsStream("styles.xml")) {
      String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${lang}", languageTag);
      document.createStyles().setStyles(StylesDocument.Factory.parse(xml).getStyles());
    } catch (XmlException e) {
      throw new IllegalStateException("styles.xml is not WordprocessingML", e);
    }
  }
}
