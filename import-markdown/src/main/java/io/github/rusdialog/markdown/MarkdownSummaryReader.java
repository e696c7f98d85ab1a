package io.github.rusdialog.markdown;

import io.github.rusdialog.internal.read.SummaryBlocks;
import io.github.rusdialog.internal.read.TextDecoding;
import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.text.Summary;
import io.github.rusdialog.text.SummaryDocument;
import io.github.rusdialog.text.SummaryLine;
import io.github.rusdialog.text.SummaryReader;
import io.github.rusdialog.text.SummaryWarning;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a meeting summary written in Markdown into the same {@link Summary} as {@link
 * SummaryReader} gives for text and {@code DocxSummaryReader} for Word, by the same rules.
 *
 * <p>The file is CommonMark, parsed by commonmark-java, the reference implementation for Java, and
 * read as it renders: ATX and setext headings are headings; list items carry the number CommonMark
 * shows ({@code 1.} {@code 1.} {@code 1.} is 1, 2, 3); lazy continuation lines and soft line
 * breaks continue their paragraph (joined by a space), hard breaks stay line breaks; block quotes
 * are read as their paragraphs. No inline markup stays in a text: emphasis is dropped, escapes and
 * entities are decoded, a link keeps its text and its address ({@code text (address)}). Code
 * blocks, raw HTML and lists inside list items are refused at their line, never dropped. As
 * Markdown editors write it: YAML front matter gives the title line; a GitHub Flavored Markdown
 * table of two columns headed by section labels ("Möjligheter | Utmaningar") is read as the Word
 * reader reads that table, any other table is refused; struck-through text is refused.
 *
 * <p>Errors and warnings name the file and line ({@code overkalix.md:14: …}), as for text.
 * Immutable and thread-safe.
 * <pre>{@code
 * Summary summary = MarkdownSummaryReader.create().read(Path.of("kommundialog-overkalix-2024-04-19.md"));
 * }</pre>
 *
 * @since 0.2.0
 */
public final class MarkdownSummaryReader {
  private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS)
      // Two tildes, as GitHub renders: a lone "~" is "about" in Swedish writing ("~20 personer"), not a deletion.
      .extensions(List.of(TablesExtension.create(), StrikethroughExtension.builder().requireTwoTildes(true).build()))
      .build();

  private final SummaryReader rules;

  private MarkdownSummaryReader(SummaryReader rules) {
    this.rules = rules;
  }

  /** {@return a reader that matches area headings against Region Norrbotten's catalogue} */
  public static MarkdownSummaryReader create() {
    return new MarkdownSummaryReader(SummaryReader.create());
  }

  /**
   * {@return a reader that matches area headings against another region's catalogue}
   *
   * @param catalogue the strategic areas the summaries' headings name
   */
  public static MarkdownSummaryReader withCatalogue(StrategicAreaCatalogue catalogue) {
    InvalidArgumentException.requireNonNull(catalogue, "catalogue");
    return new MarkdownSummaryReader(SummaryReader.withCatalogue(catalogue));
  }

  /**
   * Reads a summary from a Markdown file in UTF-8.
   *
   * @param file the summary (.md)
   * @return the summary and its warnings
   * @throws InvalidInputException naming the line if the file is not UTF-8 or not a summary, or
   *     holds several meetings ({@link #readDocument(Path)} reads those)
   * @throws IOException if the file cannot be read
   */
  public Summary read(Path file) throws IOException {
    InvalidArgumentException.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  /**
   * Reads every meeting of a Markdown file in UTF-8: one for a meeting's own file, several for a
   * region's compilation, each starting at a heading that ends in its date; a cover before the
   * first gives its title as the dialogue's name, and a table of contents (a list of links to the
   * headings) is skipped with a warning.
   *
   * @param file the summary or compilation (.md)
   * @return the meetings' summaries and the document's warnings
   * @throws InvalidInputException naming the line if the file is not UTF-8 or not a summary
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
   * Reads a summary from Markdown bytes in UTF-8; {@code in} is read to its end and left open.
   *
   * @param in the summary's bytes
   * @param sourceName the name errors give the input, e.g. its file name
   * @return the summary and its warnings
   * @throws InvalidInputException naming the line if the bytes are not UTF-8 or not a summary
   * @throws IOException if the stream fails
   */
  public Summary read(InputStream in, String sourceName) throws IOException {
    InvalidArgumentException.requireNonNull(in, "in");
    InvalidArgumentException.requireNonNull(sourceName, "sourceName");
    byte[] bytes = in.readAllBytes();
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
    if (decoded == null) {
      // Broken UTF-8: the text reader names the line and byte.
      return rules.read(new java.io.ByteArrayInputStream(bytes), sourceName);
    }
    return read(decoded.text(), sourceName).withWarningsFirst(encodingWarnings(decoded, sourceName));
  }

  /**
   * Reads every meeting of Markdown bytes in UTF-8, as {@link #readDocument(Path)}; {@code in} is
   * read to its end and left open.
   *
   * @param in the document's bytes
   * @param sourceName the name errors give the input, e.g. its file name
   * @return the meetings' summaries and the document's warnings
   * @throws InvalidInputException naming the line if the bytes are not UTF-8 or not a summary
   * @throws IOException if the stream fails
   * @since 0.2.0
   */
  public SummaryDocument readDocument(InputStream in, String sourceName) throws IOException {
    InvalidArgumentException.requireNonNull(in, "in");
    InvalidArgumentException.requireNonNull(sourceName, "sourceName");
    byte[] bytes = in.readAllBytes();
    TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
    if (decoded == null) {
      return rules.readDocument(new java.io.ByteArrayInputStream(bytes), sourceName);
    }
    return readDocument(decoded.text(), sourceName).withWarningsFirst(encodingWarnings(decoded, sourceName));
  }

  private static List<SummaryWarning> encodingWarnings(TextDecoding.Decoded decoded, String sourceName) {
    return "Windows-1252".equals(decoded.encoding()) ? List.of(SummaryBlocks.rules().warningAtLine(sourceName, 1,
        SummaryBlocks.rules().encodingWarning())) : List.of();
  }

  /**
   * Reads the summary held in a Markdown text.
   *
   * @param markdown the summary's Markdown
   * @param sourceName the name errors give the input, e.g. its file name
   * @return the summary and its warnings
   * @throws InvalidInputException naming the line if the text is not a summary
   */
  public Summary read(String markdown, String sourceName) throws InvalidInputException {
    Blocks blocks = blocks(markdown, sourceName);
    return rules.read(blocks.lines, sourceName).withWarningsFirst(blocks.warnings);
  }

  /**
   * Reads every meeting of a Markdown text, as {@link #readDocument(Path)}.
   *
   * @param markdown the document's Markdown
   * @param sourceName the name errors give the input, e.g. its file name
   * @return the meetings' summaries and the document's warnings
   * @throws InvalidInputException naming the line if the text is not a summary
   * @since 0.2.0
   */
  public SummaryDocument readDocument(String markdown, String sourceName) throws InvalidInputException {
    Blocks blocks = blocks(markdown, sourceName);
    return rules.readDocument(blocks.lines, sourceName).withWarningsFirst(blocks.warnings);
  }

  /** The blocks the summary rules read, with what the Markdown form warns of. */
  private static final class Blocks {
    final List<SummaryLine> lines;
    final List<SummaryWarning> warnings;

    Blocks(List<SummaryLine> lines, List<SummaryWarning> warnings) {
      this.lines = lines;
      this.warnings = warnings;
    }
  }

  private Blocks blocks(String markdown, String sourceName) throws InvalidInputException {
    InvalidArgumentException.requireNonNull(markdown, "markdown");
    InvalidArgumentException.requireNonNull(sourceName, "sourceName");
    if (markdown.startsWith("\uFEFF")) {
      markdown = markdown.substring(1);
    }
    FrontMatter front = FrontMatter.of(markdown, sourceName);
    MarkdownBlocks read = MarkdownBlocks.of(PARSER.parse(front.body), front.body, sourceName, rules.catalogue());
    List<SummaryLine> blocks = new ArrayList<>(read.blocks());
    List<SummaryWarning> warnings = new ArrayList<>();
    if (front.present && !front.skipped.isEmpty()) {
      warnings.add(SummaryBlocks.rules().warningAtLine(sourceName, 1, "the front matter's " + String.join(", ",
          front.skipped) + " " + (front.skipped.size() == 1 ? "is" : "are") + " not read: a summary takes only"
          + " its title and date from front matter"));
    }
    if (front.title != null) {
      boolean cover = front.date == null && !blocks.isEmpty() && SummaryBlocks.rules().isHeading(blocks.get(0))
          && SummaryBlocks.rules().isDatedTitle(blocks.get(0))
          && !SummaryBlocks.rules().isDatedTitle(SummaryBlocks.rules().atLine(front.titleLineText(), front.titleLine));
      // An undated title over a dated first heading is the document's title, as pandoc writes a
      // compilation: its cover. Otherwise the front matter and the heading both title the meeting.
      if (!cover && !blocks.isEmpty() && SummaryBlocks.rules().isHeading(blocks.get(0))) {
        throw new InvalidInputException(sourceName, front.titleLine, 0, null, "the front matter gives the title \""
            + front.title + "\", and the heading on line " + SummaryBlocks.rules().line(blocks.get(0))
            + " gives one too; keep one of them");
      }
      blocks.add(0, SummaryBlocks.rules().literal(SummaryBlocks.rules().atLine(front.titleLineText(), front.titleLine)
          .asHeading()));
    }
    warnings.addAll(read.warnings());
    return new Blocks(blocks, warnings);
  }
}
