package io.github.rusdialog.docx;

import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.text.Summary;
import io.github.rusdialog.text.SummaryDocument;
import io.github.rusdialog.text.SummaryReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a meeting summary from a Word document (.docx) into the same {@link Summary} as {@link
 * SummaryReader} gives for text, by the same rules.
 *
 * <p>What Word knows is used, not guessed from the text: Title and Heading styles are headings;
 * numbered lists give the number Word shows (computed from the numbering definitions: level,
 * format, start value, restarts); bulleted lists are bullets; bold at the start of a numbered
 * priority is its title; soft line breaks stay line breaks in the text. A two-column table whose
 * header row is "Möjligheter | Utmaningar" is read as those two sections, row by row; any other
 * table is refused. What is not summary text never vanishes silently: footnotes and endnotes,
 * text boxes, tracked changes, embedded objects, equations, phonetic guides, content controls,
 * fields other than page numbers and hyperlinks, and any element holding text that this reader
 * does not know are refused, naming the paragraph and what to do in Word; comments and pictures
 * are read past with a warning; page headers and footers are not read.
 *
 * <p>Errors and warnings name a paragraph as a person finds it in Word: {@code bolagsdagen.docx:
 * paragraph 14 "Möjligheter:": …}, or a table, row and cell. A file that is not a Word document
 * (a .doc renamed, a password-protected file, Strict Open XML, a zip bomb, any other zip) fails
 * with an {@link InvalidInputException} that says so in words of ours. POI's zip-bomb limits stay
 * on.
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * Summary summary = DocxSummaryReader.create().read(Path.of("bolagsdagen-2024-03-13.docx"));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class DocxSummaryReader {
  private final SummaryReader text;

  private DocxSummaryReader(SummaryReader text) {
    this.text = text;
  }

  /** {@return a reader that matches area headings against Region Norrbotten's catalogue} */
  public static DocxSummaryReader create() {
    return new DocxSummaryReader(SummaryReader.create());
  }

  /**
   * {@return a reader that matches area headings against {@code catalogue}}
   *
   * @param catalogue the strategy's strategic areas
   */
  public static DocxSummaryReader withCatalogue(StrategicAreaCatalogue catalogue) {
    InvalidArgumentException.requireNonNull(catalogue, "catalogue");
    return new DocxSummaryReader(SummaryReader.withCatalogue(catalogue));
  }

  /**
   * Reads the summary in {@code file}; errors name the file as given.
   *
   * @param file the Word document (.docx)
   * @return the summary and its warnings, the document's own first
   *
   * @throws InvalidInputException if the file is not a Word document or not a summary
   * @throws IOException if the file cannot be read
   */
  public Summary read(Path file) throws IOException {
    InvalidArgumentException.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads a summary from the bytes of a .docx file; {@code in} is read to its end and left open.
   *
   * @param in the document's bytes
   * @param sourceName the name errors give the input, e.g. its file name
   * @return the summary and its warnings, the document's own first
   * @throws InvalidInputException if the bytes are not a Word document or not a summary
   */
  public Summary read(InputStream in, String sourceName) throws IOException {
    DocxBody body = body(in, sourceName);
    Summary summary = text.read(body.lines(), sourceName);
    body.reportParts().checkMeetings(java.util.List.of(summary), sourceName);
    body.reportParts().checkNotes(java.util.List.of(summary), sourceName);
    return summary.withWarningsFirst(body.warnings());
  }

  /**
   * Reads every meeting in {@code file}: one for a meeting's own document, several for a region's
   * compilation, each starting at a heading (Title or Heading style) that ends in its date; a cover
   * before the first gives its title as the dialogue's name, and a table of contents (Word's, or
   * paragraphs in its TOC styles) is skipped with a warning.
   *
   * @param file the Word document (.docx)
   * @return the meetings' summaries and the document's warnings
   * @throws InvalidInputException if the file is not a Word document or not a summary
   * @throws IOException if the file cannot be read
   * @since 0.2.0
   */
  public SummaryDocument readDocument(Path file) throws IOException {
    InvalidArgumentException.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return readDocument(in, file.toString());
    }
  }

  /**
   * Reads every meeting of a .docx file's bytes, as {@link #readDocument(Path)}; {@code in} is
   * read to its end and left open.
   *
   * @param in the document's bytes
   * @param sourceName the name errors give the input, e.g. its file name
   * @return the meetings' summaries and the document's warnings
   * @throws InvalidInputException if the bytes are not a Word document or not a summary
   * @throws IOException if the stream fails
   * @since 0.2.0
   */
  public SummaryDocument readDocument(InputStream in, String sourceName) throws IOException {
    DocxBody body = body(in, sourceName);
    SummaryDocument document = text.readDocument(body.lines(), sourceName);
    body.reportParts().checkMeetings(document.summaries(), sourceName);
    body.reportParts().checkNotes(document.summaries(), sourceName);
    return document.withWarningsFirst(body.warnings());
  }

  private static DocxBody body(InputStream in, String sourceName) throws IOException {
    InvalidArgumentException.requireNonNull(in, "in");
    InvalidArgumentException.requireNonNull(sourceName, "sourceName");
    try (WordDocument document = WordDocument.open(in.readAllBytes(), sourceName)) {
      return new DocxBody(document, sourceName);
    }
  }
}
