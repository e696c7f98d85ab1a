package io.github.rusdialog.text;

import io.github.rusdialog.internal.read.TextDecoding;
import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a meeting summary as staff write it, in the seed's plain-text style, into a {@link
 * Summary}; the rules here are also those the Markdown and Word readers feed their paragraphs to
 * ({@link #read(List, String)}).
 *
 * <p>The format (README, "Summary text format"): a title line with the date; an intro ending in
 * "deltog företrädare för:" and the participating groups; a priorities heading ("Mest
 * prioriterade områden enligt deltagarna" or a synonym) with numbered priorities; then each
 * strategic area's heading (a title of the {@linkplain #catalogue() catalogue}), an optional
 * note, and "Möjligheter:" / "Utmaningar:" / "Relaterade insikter:" sections of paragraphs or
 * bullets. Every non-blank line lands where a person reading the summary would put it, or reading
 * fails with a {@link SummaryFormatException} naming file and line and what to change: labels
 * that mean something else ("Svagheter:"), headings that nearly name an area or name none, a
 * numbered list without its heading. What reads but is doubtful comes back as {@link
 * Summary#warnings()}. Input must be UTF-8 (a byte-order mark is skipped); CRLF line ends,
 * non-breaking spaces and trailing spaces are fine.
 *
 * <p>A region's compilation holds several meetings, each starting at its dated title, perhaps
 * under a cover: {@link #readDocument(Path) readDocument} reads every meeting (a {@link
 * SummaryDocument}), each by the rules above; {@code read} reads a meeting's own file and refuses a
 * document of several.
 *
 * <p>Immutable and thread-safe; reading is linear in the input's size.
 * <pre>{@code
 * Summary summary = SummaryReader.create().read(Path.of("examples/bolagsdagen-2024-03-13.txt"));
 * Meeting meeting = summary.meeting();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class SummaryReader {
  private final StrategicAreaCatalogue catalogue;

  private SummaryReader(StrategicAreaCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  /** {@return a reader that matches area headings against Region Norrbotten's catalogue} */
  public static SummaryReader create() {
    return new SummaryReader(StrategicAreaCatalogue.norrbotten());
  }

  /**
   * {@return a reader that matches area headings against {@code catalogue}}
   *
   * @param catalogue the strategy's strategic areas
   */
  public static SummaryReader withCatalogue(StrategicAreaCatalogue catalogue) {
    InvalidArgumentException.requireNonNull(catalogue, "catalogue");
    return new SummaryReader(catalogue);
  }

  /** {@return the catalogue area headings are matched against} */
  public StrategicAreaCatalogue catalogue() {
    return catalogue;
  }

  /**
   * Reads the summary in {@code file} (UTF-8) by the text rules; errors name the file as given. A
   * Markdown file ({@code .md}) is CommonMark: {@code MarkdownSummaryReader} from
   * {@code rusdialog-import-markdown} reads it as it renders (list numbers, lazy continuations,
   * emphasis and links), which these text rules do not; the command line reads {@code .md} that
   * way.
   *
   * @param file the summary, in text form
   * @return the summary and its warnings
   *
   * @throws SummaryFormatException if the text is not a summary this reader understands, or holds
   *     several meetings ({@link #readDocument(Path)} reads those)
   * @throws IOException if the file cannot be read
   */
  public Summary read(Path file) throws IOException {
    return readDocument(file).only(file.toString());
  }

  /**
   * Reads every meeting in {@code file} (UTF-8), by the rules of {@link #read(Path)}: one for a
   * meeting's own file, several for a region's compilation of meetings, each starting at its title
   * line with a date; lines before the first meeting are its cover, whose title names the dialogue.
   *
   * @param file the summary or compilation, in text form
   * @return the meetings' summaries and the document's warnings
   * @throws SummaryFormatException if the text is not a summary this reader understands
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
   * Reads a UTF-8 summary from {@code in}, which is read to its end and left open.
   *
   * @param in the summary's bytes
   * @param sourceName the name errors give the input, e.g. its file name
   * @return the summary and its warnings
   * @throws SummaryFormatException if the bytes are not UTF-8 or not a summary
   */
  public Summary read(InputStream in, String sourceName) throws IOException {
    return readDocument(in, sourceName).only(sourceName);
  }

  /**
   * Reads every meeting of a UTF-8 document from {@code in}, which is read to its end and left open;
   * see {@link #readDocument(Path)}.
   *
   * @param in the document's bytes
   * @param sourceName the name errors give the input, e.g. its file name
   * @return the meetings' summaries and the document's warnings
   * @throws SummaryFormatException if the bytes are not UTF-8 or not a summary
   * @since 0.2.0
   */
  public SummaryDocument readDocument(InputStream in, String sourceName) throws IOException {
    InvalidArgumentException.requireNonNull(in, "in");
    InvalidArgumentException.requireNonNull(sourceName, "sourceName");
    byte[] bytes = in.readAllBytes();
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
    if (decoded == null || decoded.encoding() == null) {
      // UTF-8, or broken UTF-8: decoded line by line, so a bad byte is named by its line.
      return parse(decodeLines(bytes, sourceName), sourceName);
    }
    SummaryDocument document = readDocument(decoded.text(), sourceName);
    return decoded.encoding().equals("Windows-1252") ? document.withWarningsFirst(List.of(new SummaryWarning(
        sourceName, 1, null, encodingWarning()))) : document;
  }

  /** What a summary saved as Windows-1252 is told: it was read so, and how to save it as UTF-8. */
  static String encodingWarning() {
    return "the file is not UTF-8; it was read as Windows-1252 (\"ANSI\" in Notepad), which holds å, ä and ö"
        + " but not every letter: check the text, and save it as UTF-8 (in Notepad: Save as, Encoding UTF-8)";
  }

  /**
   * Reads a summary from characters; {@code reader} is read to its end and left open.
   *
   * @param reader the summary's text
   * @param sourceName the name errors give the input, e.g. its file name
   * @return the summary and its warnings
   * @throws SummaryFormatException if the text is not a summary this reader understands
   * @throws IOException if the reader fails
   */
  public Summary read(Reader reader, String sourceName) throws IOException {
    InvalidArgumentException.requireNonNull(reader, "reader");
    InvalidArgumentException.requireNonNull(sourceName, "sourceName");
    StringWriter text = new StringWriter();
    reader.transferTo(text);
    return read(text.toString(), sourceName);
  }

  /**
   * Reads the summary held in {@code text}.
   *
   * @param text the summary's text
   * @param sourceName the name errors give the input, e.g. its file name
   * @return the summary and its warnings
   *
   * @throws SummaryFormatException if the text is not a summary this reader understands
   */
  public Summary read(String text, String sourceName) throws SummaryFormatException {
    return readDocument(text, sourceName).only(sourceName);
  }

  /**
   * Reads every meeting of the document held in {@code text}; see {@link #readDocument(Path)}.
   *
   * @param text the document's text
   * @param sourceName the name errors give the input, e.g. its file name
   * @return the meetings' summaries and the document's warnings
   * @throws SummaryFormatException if the text is not a summary this reader understands
   * @since 0.2.0
   */
  public SummaryDocument readDocument(String text, String sourceName) throws SummaryFormatException {
    InvalidArgumentException.requireNonNull(text, "text");
    InvalidArgumentException.requireNonNull(sourceName, "sourceName");
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    List<Line> lines = new ArrayList<>();
    int start = 0;
    int number = 1;
    while (start <= text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      lines.add(line(text.substring(start, end), number++, sourceName));
      start = end + 1;
    }
    return parse(lines, sourceName);
  }

  /**
   * Reads a summary that another input form has split into paragraphs (a Word document): the
   * same rules place each one, and errors and warnings name a paragraph by its {@link
   * SummaryLine#place()} instead of a line number.
   *
   * @param paragraphs the paragraphs, in document order
   * @param sourceName the name errors give the input, e.g. its file name
   * @return the summary and its warnings
   *
   * @throws SummaryFormatException naming the paragraph if it fits nowhere
   */
  public Summary read(List<SummaryLine> paragraphs, String sourceName) throws SummaryFormatException {
    return readDocument(paragraphs, sourceName).only(sourceName);
  }

  /**
   * Reads every meeting of a document that another input form has split into paragraphs (a Word
   * document, a Markdown file), by the rules of {@link #read(List, String)}; see {@link
   * #readDocument(Path)}.
   *
   * @param paragraphs the paragraphs, in document order
   * @param sourceName the name errors give the input, e.g. its file name
   * @return the meetings' summaries and the document's warnings
   * @throws SummaryFormatException naming the paragraph if it fits nowhere
   * @since 0.2.0
   */
  public SummaryDocument readDocument(List<SummaryLine> paragraphs, String sourceName) throws SummaryFormatException {
    InvalidArgumentException.requireNonNull(paragraphs, "paragraphs");
    InvalidArgumentException.requireNonNull(sourceName, "sourceName");
    List<Line> lines = new ArrayList<>();
    java.util.Map<Integer, String> places = new java.util.HashMap<>();
    java.util.Map<Integer, Integer> sourceLines = new java.util.HashMap<>();
    int number = 1;
    for (SummaryLine paragraph : paragraphs) {
      String text = paragraph.text();
      // A paragraph may hold line breaks (Word's soft breaks); a text line cannot.
      int bad = firstUnstorable(text.replace('\n', ' '));
      if (bad >= 0) {
        if (paragraph.sourceLine() > 0) {
          throw new SummaryFormatException(sourceName, paragraph.sourceLine(), String.format(Locale.ROOT,
              "the character U+%04X cannot be part of a summary; delete it", (int) text.charAt(bad)));
        }
        throw new SummaryFormatException(sourceName, paragraph.place(), String.format(Locale.ROOT,
            "the character U+%04X cannot be part of a summary; delete it", (int) text.charAt(bad)));
      }
      // Every paragraph stands alone, as the paragraphs of a text summary between blank lines.
      places.put(number, paragraph.place());
      lines.add(new Line(number++, ""));
      places.put(number, paragraph.place());
      if (paragraph.sourceLine() > 0) {
        sourceLines.put(number, paragraph.sourceLine());
      }
      lines.add(paragraph.toLine(number++));
    }
    return new DocumentParser(Places.of(sourceName, places, sourceLines), catalogue).parse(lines);
  }

  private SummaryDocument parse(List<Line> lines, String sourceName) throws SummaryFormatException {
    return new DocumentParser(Places.ofLines(sourceName), catalogue).parse(lines);
  }

  /** Splits bytes at line feeds and decodes each line strictly, so a bad byte is reported by line. */
  private static List<Line> decodeLines(byte[] bytes, String sourceName) throws SummaryFormatException {
    int offset = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF) {
      offset = 3;
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    List<Line> lines = new ArrayList<>();
    int number = 1;
    int start = offset;
    while (start <= bytes.length) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      CharBuffer chars;
      try {
        chars = decoder.reset().decode(ByteBuffer.wrap(bytes, start, end - start));
      } catch (CharacterCodingException e) {
        throw new SummaryFormatException(sourceName, number, "the line is not valid UTF-8"
            + badByte(bytes, start, end) + "; save the summary as UTF-8 text");
      }
      lines.add(line(chars.toString(), number++, sourceName));
      start = end + 1;
    }
    return lines;
  }

  private static String badByte(byte[] bytes, int start, int end) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, end - start);
    CharBuffer out = CharBuffer.allocate(end - start + 1);
    if (decoder.decode(in, out, true).isError()) {
      int at = in.position();
      return String.format(Locale.ROOT, " (byte 0x%02X at byte %d of the line)",
          bytes[at] & 0xFF, at - start + 1);
    }
    return "";
  }

  /**
   * Makes a line: drops the CR of a CRLF end and refuses characters a summary cannot hold
   * (other control characters, lone surrogates, U+FFFE, U+FFFF), naming the column.
   */
  private static Line line(String text, int number, String sourceName) throws SummaryFormatException {
    if (text.endsWith("\r")) {
      text = text.substring(0, text.length() - 1);
    }
    int bad = firstUnstorable(text);
    if (bad >= 0) {
      char c = text.charAt(bad);
      String what = Character.isSurrogate(c) ? "lone surrogate" : "control character";
      throw new SummaryFormatException(sourceName, number, String.format(Locale.ROOT,
          "%s U+%04X at column %d; a summary is plain text (is this a binary file?)", what, (int) c, bad + 1));
    }
    return new Line(number, text);
  }

  /**
   * The index of the first character a summary cannot hold — a control character other than tab,
   * a lone surrogate, U+FFFE or U+FFFF — or -1.
   */
  private static int firstUnstorable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if ((c < 0x20 && c != '\t') || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
