package io.github.rusdialog.docx.write;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.Labels;
import io.github.rusdialog.internal.report.ReportTitle;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.synthesis.DialogueSynthesis;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;

/**
 * Writes one dialogue as one Word document: styles, lists, properties and footer, then the
 * cover, the contents and the synthesis for several meetings, then each meeting as its summary.
 * One instance per export.
 */
final class ReportWriter {
  private final Dialogue dialogue;
  private final ExportOptions options;
  private final Labels labels;
  private final boolean feedback;

  ReportWriter(Dialogue dialogue, ExportOptions options, boolean feedback) {
    this.dialogue = dialogue;
    this.options = options;
    this.labels = options.labels();
    this.feedback = feedback;
  }

  void write(OutputStream out) throws IOException {
    String title = ReportTitle.of(dialogue, options, feedback);
    try (XWPFDocument document = new XWPFDocument()) {
      boolean swedishLabels = labels.locale().getLanguage().equals("sv");
      // The meetings' texts are Swedish: where the labels are not, the texts are marked so that a
      // screen reader and the spelling checker take them as Swedish.
      Blocks blocks = new Blocks(document, swedishLabels ? null : Labels.SWEDISH.toLanguageTag());
      WordStyles.addTo(document, labels.languageTag());
      Lists lists = new Lists();
      properties(document, title);
      footer(document);
      body(blocks, lists, title);
      lists.addTo(document);
      document.write(out);
    }
  }

  private void body(Blocks blocks, Lists lists, String title) {
    List<Meeting> meetings = dialogue.meetings();
    new CoverPart(blocks, dialogue, options, labels).write(title);
    MeetingPart part = new MeetingPart(blocks, dialogue, labels, lists,
        feedback ? DialogueSynthesis.of(dialogue).responses() : null);
    if (meetings.size() > 1 && !feedback) {
      List<ContentsPart.Entry> entries = new ArrayList<>();
      ContentsPart contents = new ContentsPart(blocks);
      entries.add(new ContentsPart.Entry(labels.get("synthesis"), SynthesisPart.BOOKMARK));
      for (int m = 0; m < meetings.size(); m++) {
        Meeting meeting = meetings.get(m);
        entries.add(new ContentsPart.Entry(meeting.title() + ", " + labels.date(meeting.date()),
            MeetingPart.bookmark(m)));
      }
      contents.write(labels.get("contents"), entries);
      SynthesisPart synthesis = new SynthesisPart(blocks, labels);
      synthesis.write(DialogueSynthesis.of(dialogue));
    }
    for (int m = 0; m < meetings.size(); m++) {
      part.write(meetings.get(m), m, meetings.size() > 1);
    }
  }

  private void properties(XWPFDocument document, String title) {
    POIXMLProperties.CoreProperties core = document.getProperties().getCoreProperties();
    core.setTitle(title);
    core.setSubjectProperty(feedback ? labels.get("feedback") : labels.get("document.title"));
    core.setKeywords(labels.get("keywords"));
    Optional<String> organiser = dialogue.organiser();
    core.setCreator(organiser.orElse("rusdialog"));
    core.setLastModifiedByUser(organiser.orElse("rusdialog"));
    // Fixed from the options so that equal input gives identical bytes.
    Date generated = Date.from(options.generatedAt());
    core.setCreated(Optional.of(generated));
    core.setModified(Optional.of(generated));
    document.getProperties().getExtendedProperties().setApplication("rusdialog");
  }

  /** The footer on every page: dialogue, organiser and "Sida X av Y" with Word's page fields. */
  private void footer(XWPFDocument document) {
    XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
    XWPFParagraph paragraph = footer.createParagraph();
    paragraph.setStyle("Footer");
    List<String> parts = new ArrayList<>();
    dialogue.name().ifPresent(parts::add);
    dialogue.organiser().ifPresent(parts::add);
    if (!parts.isEmpty()) {
      paragraph.createRun().setText(String.join(" · ", parts));
      paragraph.createRun().addTab();
      paragraph.createRun().addTab();
    }
    // "Sida {0} av {1}": the words around the two numbers, with a field for each.
    String[] words = labels.get("page").split("\\{[01]\\}", -1);
    paragraph.createRun().setText(words[0]);
    field(paragraph, "PAGE");
    paragraph.createRun().setText(words.length > 1 ? words[1] : " / ");
    field(paragraph, "NUMPAGES");
    if (words.length > 2 && !words[2].isEmpty()) {
      paragraph.createRun().setText(words[2]);
    }
  }

  private static void field(XWPFParagraph paragraph, String instruction) {
    CTSimpleField field = paragraph.getCTP().addNewFldSimple();
    field.setInstr(" " + instruction + " ");
    // The value shown until Word updates the field: 1, as it will be on the first page.
    field.addNewR().addNewT().setStringValue("1");
  }

}
