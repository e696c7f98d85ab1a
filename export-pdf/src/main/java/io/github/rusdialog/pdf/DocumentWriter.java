package io.github.rusdialog.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.ExceptionConverter;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.Labels;
import io.github.rusdialog.internal.report.ReportTitle;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.synthesis.DialogueSynthesis;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.Deflater;

/**
 * Writes one dialogue as one tagged PDF (PDF/UA-1 and PDF/A-2a): sets up the writer, the
 * metadata and the structure root, and hands the sections — cover, contents, synthesis, meetings —
 * the layout layer. One instance per export.
 *
 * <p>The code a one-meeting export runs avoids lambdas and streams: each lambda makes its class
 * the first time it runs, about a third of a millisecond of an application's first PDF (the glyph
 * check's six cost 2 ms).
 */
final class DocumentWriter {
  private static final float MARGIN_SIDE = 62f;
  private static final float MARGIN_TOP = 64f;
  private static final float MARGIN_BOTTOM = 72f;

  private final Dialogue dialogue;
  private final ExportOptions options;
  private final Labels labels;
  private final Rectangle pageSize;
  private final PdfFonts fonts = new PdfFonts();
  /** Whether this is one meeting's feedback to its participants rather than the full report. */
  private final boolean feedback;

  DocumentWriter(Dialogue dialogue, ExportOptions options, Rectangle pageSize, boolean feedback) {
    this.feedback = feedback;
    this.dialogue = dialogue;
    this.options = options;
    this.labels = options.labels();
    this.pageSize = pageSize;
  }

  void write(OutputStream out) throws IOException {
    String title = title();
    new GlyphCheck(fonts).check(dialogue, title);
    Document document = new Document(pageSize, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
    try {
      PdfWriter writer = PdfWriter.getInstance(document, out);
      writer.setCloseStream(false);
      writer.setPdfVersion(PdfWriter.VERSION_1_7);
      writer.setTagged();
      // Objects go into deflated object streams and the cross-reference table into a stream: the
      // table's text form is a String.format per object, and tagging makes one object per
      // structure element (a tenth of a seed PDF, a twentieth of a first one in a fresh JVM). At
      // zlib's fastest level the streams cost less to deflate than the table did to format, and
      // the file is smaller than plain objects at the default level: 53 against 61 KB for the
      // seed, 12.7 against 30.3 MB for 1,000 meetings.
      writer.setFullCompression();
      writer.setCompressionLevel(Deflater.BEST_SPEED);
      // PDF/UA: pages with annotations (the contents' links) take them in structure order.
      writer.setTabs(PdfName.S);
      writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
      metadata(document, writer, title);
      PageDecorator decorator = new PageDecorator(fonts, footer(), labels.get("page"));
      writer.setPageEvent(decorator);
      document.open();
      writer.getExtraCatalog().put(PdfName.LANG, new PdfString(labels.languageTag()));
      PdfDictionary markInfo = new PdfDictionary();
      markInfo.put(PdfName.MARKED, com.lowagie.text.pdf.PdfBoolean.PDFTRUE);
      writer.getExtraCatalog().put(PdfName.MARKINFO, markInfo);
      outputIntent(writer);
      PdfStructureElement root = new PdfStructureElement(writer.getStructureTreeRoot(), PdfName.DOCUMENT);
      TaggedCanvas canvas = new TaggedCanvas(document, writer);
      body(root, new Blocks(canvas, fonts), decorator, title);
      // OpenPDF stamps the creation date with the clock; the options' instant replaces it.
      writer.getInfo().put(PdfName.CREATIONDATE, generated());
      writer.getInfo().put(PdfName.MODDATE, generated());
      writer.setXmpMetadata(PdfMetadata.xmp(title, dialogue.organiser().orElse(null),
          labels.get("document.title"), labels.get("keywords"), "rusdialog", Document.getVersion(),
          generated(), labels.languageTag()));
      document.close();
    } catch (DocumentException e) {
      throw new IOException("OpenPDF could not lay out the document: " + e.getMessage(), e);
    } catch (ExceptionConverter e) {
      // OpenPDF wraps the stream's IOException (a full disk) when a page is written out.
      if (e.getException() instanceof IOException) {
        throw (IOException) e.getException();
      }
      throw e;
    }
  }

  /**
   * The sRGB output intent as PDF/A wants it, written directly: OpenPDF's {@code setOutputIntents}
   * reads the profile through Java's colour management (slow to start, see {@link SrgbProfile})
   * and marks the intent {@code /GTS_PDFX} outside its PDF/A-1 mode, which cannot be used here (it
   * writes an incomplete CIDSet).
   */
  private static void outputIntent(PdfWriter writer) throws IOException {
    // Not deflated: the profile's 2.5 KB would shrink by a tenth.
    PdfStream profile = new PdfStream(SrgbProfile.bytes());
    profile.put(PdfName.ALTERNATE, PdfName.DEVICERGB);
    profile.put(PdfName.N, new PdfNumber(3));
    PdfDictionary intent = new PdfDictionary(PdfName.OUTPUTINTENT);
    intent.put(PdfName.OUTPUTCONDITION, new PdfString("", PdfObject.TEXT_UNICODE));
    intent.put(PdfName.OUTPUTCONDITIONIDENTIFIER, new PdfString("Custom", PdfObject.TEXT_UNICODE));
    intent.put(PdfName.REGISTRYNAME, new PdfString("http://www.color.org", PdfObject.TEXT_UNICODE));
    intent.put(PdfName.INFO, new PdfString("sRGB IEC61966-2.1", PdfObject.TEXT_UNICODE));
    intent.put(PdfName.DESTOUTPUTPROFILE, writer.addToBody(profile).getIndirectReference());
    intent.put(PdfName.S, PdfName.GTS_PDFA1);
    writer.getExtraCatalog().put(PdfName.OUTPUTINTENTS, new PdfArray(intent));
  }

  private String title() {
    return ReportTitle.of(dialogue, options, feedback);
  }

  private String footer() {
    List<String> parts = new ArrayList<>();
    if (dialogue.name().isPresent()) {
      parts.add(dialogue.name().get());
    }
    if (dialogue.organiser().isPresent()) {
      parts.add(dialogue.organiser().get());
    }
    return String.join(" · ", parts);
  }

  private void metadata(Document document, PdfWriter writer, String title) {
    document.addTitle(title);
    if (dialogue.organiser().isPresent()) {
      document.addAuthor(dialogue.organiser().get());
    }
    document.addSubject(labels.get("document.title"));
    document.addKeywords(labels.get("keywords"));
    document.addCreator("rusdialog");
    document.addCreationDate(generated());
    document.addModificationDate(generated());
    // The file ID is random by default; derived from what identifies the document, equal input
    // gives equal bytes.
    byte[] id = fileId(title);
    writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
  }

  private PdfDate generated() {
    Calendar generated = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    generated.setTimeInMillis(options.generatedAt().toEpochMilli());
    return new PdfDate(generated);
  }

  private byte[] fileId(String title) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      md5.update(title.getBytes(StandardCharsets.UTF_8));
      // The instant as numbers: its ISO text would load java.time's formatting, 6 ms of a first PDF.
      Instant generated = options.generatedAt();
      md5.update((generated.getEpochSecond() + "." + generated.getNano()).getBytes(StandardCharsets.UTF_8));
      for (Meeting meeting : dialogue.meetings()) {
        md5.update(meeting.id().getBytes(StandardCharsets.UTF_8));
      }
      return md5.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("The JDK lacks MD5", e);
    }
  }

  private void body(PdfStructureElement root, Blocks blocks, PageDecorator decorator, String title) {
    MeetingSection meetings = new MeetingSection(blocks, dialogue, labels, decorator, footer(), feedback);
    List<Meeting> list = dialogue.meetings();
    if (list.size() == 1) {
      meetings.write(root, list.get(0), 0, false);
      return;
    }
    new CoverSection(blocks, dialogue, options, labels).write(root, title);
    if (list.isEmpty()) {
      return;
    }
    if (feedback) {
      // Each meeting's feedback on its own pages, for printing and handing out one at a time.
      for (int m = 0; m < list.size(); m++) {
        blocks.canvas.newPage();
        meetings.write(root, list.get(m), m, true);
      }
      return;
    }
    ContentsSection contents = new ContentsSection(blocks, labels);
    contents.write(root, dialogue);
    blocks.canvas.newPage();
    contents.startEntry(0, blocks.canvas.y());
    new SynthesisSection(blocks, labels).write(root, DialogueSynthesis.of(dialogue));
    for (int m = 0; m < list.size(); m++) {
      blocks.canvas.newPage();
      contents.startEntry(m + 1, blocks.canvas.y());
      meetings.write(root, list.get(m), m, true);
    }
  }
}
