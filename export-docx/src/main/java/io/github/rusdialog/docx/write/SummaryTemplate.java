package io.github.rusdialog.docx.write;

import io.github.rusdialog.export.Labels;
import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.model.StrategicArea;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;

/**
 * Writes a Word document to write a new meeting's summary in: the title line, the intro, the
 * participants, the priorities heading with a numbered list, and each strategic area of a
 * catalogue with "Möjligheter" and "Utmaningar" over empty bulleted lists — in the styles and
 * lists {@code rusdialog-import-docx} reads. Filled in, in Word, LibreOffice or any program, it
 * reads as a meeting.
 *
 * <p>What is to be written is a placeholder in square brackets starting "Skriv" ({@code [Skriv
 * mötets namn och datum …]}); the Word reader refuses a document that still holds one, naming its
 * paragraph, so a template half filled in is never read as a meeting.
 *
 * @since 0.2.0
 */
public final class SummaryTemplate {
  private SummaryTemplate() {}

  /**
   * Writes the template.
   *
   * @param catalogue the strategic areas to give a heading each, in their order
   * @param created the instant the document says it was created
   * @param out where to write the {@code .docx}; not closed
   * @throws IOException if writing fails
   */
  public static void write(StrategicAreaCatalogue catalogue, Instant created, OutputStream out) throws IOException {
    InvalidArgumentException.requireNonNull(catalogue, "catalogue");
    InvalidArgumentException.requireNonNull(created, "created");
    InvalidArgumentException.requireNonNull(out, "out");
    Labels labels = Labels.of(Labels.SWEDISH);
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    try (XWPFDocument document = new XWPFDocument()) {
      WordStyles.addTo(document, labels.languageTag());
      Lists lists = new Lists();
      Blocks blocks = new Blocks(document, null);
      POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
      core.setTitle("Sammanfattning av dialogmöte");
      core.setSubjectProperty(labels.get("keywords"));
      core.setCreator("rusdialog");
      core.setCreated(Optional.of(Date.from(created)));
      core.setModified(Optional.of(Date.from(created)));
      document.getProperties().getExtendedProperties().setApplication("rusdialog");

      XWPFParagraph title = blocks.label("Heading1", "[Skriv mötets namn och datum, t.ex. Bolagsdagen 13/3 2024]");
      title.getCTP().getPPr().addNewPageBreakBefore().setVal(
          org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1.OFF);
      blocks.label("Normal", "[Skriv en kort inledning: vad mötet gällde, var och när det hölls]");
      blocks.label("Normal", labels.get("participants") + ":");
      blocks.text(blocks.listItem("ListBullet", lists.bullets()),
          "[Skriv en deltagande grupp per rad, med antalet om det är känt: Unga (6)]", false, false);
      blocks.label("Normal", labels.get("attendees") + ": [Skriv antalet, eller ta bort raden]");
      blocks.label("Heading2", labels.get("priorities"));
      XWPFParagraph priority = blocks.listItem("ListNumber", lists.numbered());
      blocks.text(priority, "[Skriv områdets namn]:", true, false);
      blocks.text(priority, " [Skriv vad deltagarna sa om det; en prioritering per rad, den viktigaste först]",
          false, false);
      for (StrategicArea area : catalogue.areas()) {
        blocks.data("Heading2", area.title());
        for (String label : new String[] {labels.get("opportunities"), labels.get("challenges")}) {
          blocks.label("Heading3", label);
          blocks.listItem("ListBullet", lists.bullets());
        }
      }
      lists.addTo(document);
      document.write(written);
    }
    FixedTimeZip.copy(written.toByteArray(), created, out);
    out.flush();
  }
}
