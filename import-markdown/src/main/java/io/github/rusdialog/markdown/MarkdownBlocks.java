package io.github.rusdialog.markdown;

import io.github.rusdialog.internal.read.SummaryBlocks;
import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.text.SummaryLine;
import io.github.rusdialog.text.SummaryWarning;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;

/**
 * Walks a CommonMark document once and hands the summary rules its blocks with their kind known,
 * as the document renders: a heading (ATX or setext) is a heading; a list item is a bullet, or a
 * numbered item with the number CommonMark shows (the list's start plus the item's position, not
 * the digits typed: {@code 1.} {@code 1.} {@code 1.} is 1, 2, 3); a paragraph carries the lines it
 * was written on; a block quote's paragraphs are paragraphs. Every block is literal: the rules
 * never read its text as markup again, so {@code - \#Norrbotten} is an item beginning with "#",
 * and {@code 2024\. Det året} a paragraph beginning with a year. What has no place in a summary —
 * code blocks, raw HTML, a list inside a list item — is refused at its line, never dropped.
 *
 * <p>Markdown's own paragraph rule lives here too: a paragraph is one paragraph however many lines
 * it was written on, so a written line inside it that stands as a heading, a label or a list line
 * shows that its writer meant a part of its own, which Markdown does not make it; reading either
 * way would be a guess, so it is refused at that line.
 */
final class MarkdownBlocks extends AbstractVisitor {
  /** The largest number a list may start at: beyond it, "2024." at a line's start is a year. */
  private static final int MAX_LIST_START = 999;
  /** The heading of a table of contents, in Swedish or English. */
  private static final java.util.regex.Pattern CONTENTS_HEADING = java.util.regex.Pattern.compile(
      "(?iu)inneh[aå]ll(?:sf[oö]rteckning)?|contents|table of contents");
  /** An HTML block that is only comments: CommonMark's HTML block of kind 2, one or more. */
  private static final java.util.regex.Pattern HTML_COMMENTS =
      java.util.regex.Pattern.compile("\\s*(?:<!--(?s:.*?)-->\\s*)+");

  private final String source;
  private final String[] markdownLines;
  private final StrategicAreaCatalogue catalogue;
  private final SummaryBlocks.Rules rules = SummaryBlocks.rules();
  private final List<SummaryLine> blocks = new ArrayList<>();
  private final List<SummaryWarning> warnings = new ArrayList<>();

  private MarkdownBlocks(String source, String markdown, StrategicAreaCatalogue catalogue) {
    this.source = source;
    this.markdownLines = markdown.split("\n", -1);
    this.catalogue = catalogue;
  }

  static MarkdownBlocks of(Node document, String markdown, String source, StrategicAreaCatalogue catalogue)
      throws InvalidInputException {
    MarkdownBlocks walker = new MarkdownBlocks(source, markdown, catalogue);
    try {
      document.accept(walker);
    } catch (Refusal refusal) {
      throw refusal.cause;
    }
    return walker;
  }

  /** The summary's blocks in order. */
  List<SummaryLine> blocks() {
    return blocks;
  }

  /** What was read past and said so: HTML comments. */
  List<SummaryWarning> warnings() {
    return warnings;
  }

  @Override
  public void visit(Heading heading) {
    blocks.add(block(heading, false).asHeading());
  }

  @Override
  public void visit(Paragraph paragraph) {
    blocks.add(block(paragraph, true));
  }

  @Override
  public void visit(BlockQuote quote) {
    visitChildren(quote);
  }

  @Override
  public void visit(ThematicBreak rule) {
    // A rule between parts holds no text of the summary.
  }

  @Override
  public void visit(LinkReferenceDefinition definition) {
    // A link's definition holds no text of the summary; the link's text and address are in its paragraph.
  }

  @Override
  public void visit(BulletList list) {
    list(list, 0);
  }

  @Override
  public void visit(OrderedList list) {
    Integer start = list.getMarkerStartNumber();
    int number = start == null ? 1 : start;
    if (number < 1) {
      throw refuse(list, "a list numbered from " + number + "; number the items from 1");
    }
    if (number > MAX_LIST_START) {
      throw refuse(list, "\"" + number + ".\" at the start of a line begins a numbered list in Markdown; if "
          + number + " is a year or a number of the text, put a backslash before the full stop (" + number
          + "\\.), or start the list at 1");
    }
    list(list, number);
  }

  @Override
  public void visit(IndentedCodeBlock code) {
    throw refuse(code, codeBlock());
  }

  @Override
  public void visit(FencedCodeBlock code) {
    throw refuse(code, codeBlock());
  }

  @Override
  public void visit(HtmlBlock html) {
    String comment = HTML_COMMENTS.matcher(html.getLiteral()).matches() ? html.getLiteral().strip() : null;
    if (comment == null) {
      throw refuse(html, "this is HTML, which a summary does not have; write it as text");
    }
    // A comment renders as nothing: it is a note to the writers, as in Word, not text of the summary.
    String words = comment.replaceAll("<!--|-->", " ").strip().replaceAll("\\s+", " ");
    warnings.add(rules.warningAtLine(source, line(html), "an HTML comment" + (words.isEmpty() ? "" : " (\""
        + (words.length() > 60 ? words.substring(0, 60) + "…" : words) + "\")") + " is not read: Markdown does"
        + " not show comments"));
  }

  @Override
  public void visit(CustomBlock block) {
    if (block instanceof TableBlock) {
      table((TableBlock) block);
      return;
    }
    throw refuse(block, "this kind of block has no place in a summary; write it as paragraphs or a list");
  }

  /**
   * A GFM table, read as the Word reader reads a table: two columns under a header row of section
   * labels ("Möjligheter | Utmaningar"), each column its label and its cells' items. GFM pads short
   * rows and drops a row's cells beyond the header's count; dropped cells would be lost words, so a
   * row written with more cells is refused at its line.
   */
  private void table(TableBlock table) {
    List<List<InlineText>> rows = new ArrayList<>();
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
        List<InlineText> cells = new ArrayList<>();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
          cells.add(inlines(cell, line(row)));
        }
        int written = writtenCells(line(row));
        if (written > cells.size()) {
          throw refuse(row, "this table row has " + written + " cells, more than the " + cells.size() + " of the"
              + " header row, and Markdown leaves the rest out; give every row as many cells as the header");
        }
        rows.add(cells);
      }
    }
    List<InlineText> header = rows.get(0);
    if (header.size() != 2 || !rules.isSectionLabel(header.get(0).text()) || !rules.isSectionLabel(header.get(1).text())) {
      throw refuse(table, "a table is read only as two columns under a header row of section labels, such as"
          + " \"| Möjligheter | Utmaningar |\"; this one is headed \"" + header.stream().map(InlineText::text)
          .reduce((a, b) -> a + " | " + b).orElse("") + "\". Write its content as items under the labels,"
          + " or give it that header");
    }
    for (int column = 0; column < 2; column++) {
      blocks.add(literal(header.get(column)));
      for (List<InlineText> row : rows.subList(1, rows.size())) {
        if (!row.get(column).text().isBlank()) {
          blocks.add(literal(row.get(column)).asBullet());
        }
      }
    }
  }

  /** The cells written on a table row's line: its pipes not escaped, less the outer ones. */
  private int writtenCells(int line) {
    String written = line - 1 < markdownLines.length ? markdownLines[line - 1].strip() : "";
    int pipes = 0;
    for (int i = 0; i < written.length(); i++) {
      if (written.charAt(i) == '\\') {
        i++;
      } else if (written.charAt(i) == '|') {
        pipes++;
      }
    }
    int cells = pipes + 1 - (written.startsWith("|") ? 1 : 0) - (written.endsWith("|") && written.length() > 1 ? 1 : 0);
    return Math.max(cells, 1);
  }

  private static String codeBlock() {
    return "this is a code block (a line indented by four spaces, or fenced with ``` or ~~~), which a summary"
        + " does not have; remove the indentation or the fence, or to continue a list item, indent the line as"
        + " far as the item's text";
  }

  private void list(ListBlock list, int start) {
    if (isTableOfContents(list)) {
      // A list of links to the document's own headings repeats them; its heading goes with it.
      if (!blocks.isEmpty() && rules.isHeading(blocks.get(blocks.size() - 1))
          && CONTENTS_HEADING.matcher(blocks.get(blocks.size() - 1).text().strip()).matches()) {
        blocks.remove(blocks.size() - 1);
      }
      warnings.add(rules.warningAtLine(source, line(list), "a table of contents (a list of links to the"
          + " headings) is not read: it repeats the headings that follow"));
      return;
    }
    int number = start;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      OrderedList inner = numberedInBullet(list, item);
      if (inner != null) {
        // "- 1) **Title:** …", the seed's form: CommonMark reads a numbered list of one item in a
        // bullet; a reader sees a numbered line, so it is the inner item with the inner number.
        blocks.add(item(inner.getFirstChild()).asNumbered(inner.getMarkerStartNumber()));
        continue;
      }
      SummaryLine line = item(item);
      blocks.add(number > 0 ? line.asNumbered(number++) : line.asBullet());
    }
  }

  /**
   * A list whose every item is one link to a heading of the document ({@code [Kiruna](#kiruna)}),
   * with nested lists of the same: a table of contents, as Markdown editors and pandoc write it.
   */
  private static boolean isTableOfContents(ListBlock list) {
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      Node paragraph = item.getFirstChild();
      if (!(paragraph instanceof Paragraph) || !isOnlyAnAnchorLink(paragraph)) {
        return false;
      }
      for (Node more = paragraph.getNext(); more != null; more = more.getNext()) {
        if (!(more instanceof ListBlock) || !isTableOfContents((ListBlock) more)) {
          return false;
        }
      }
    }
    return list.getFirstChild() != null;
  }

  private static boolean isOnlyAnAnchorLink(Node paragraph) {
    Node link = paragraph.getFirstChild();
    return link instanceof Link && link.getNext() == null && ((Link) link).getDestination().startsWith("#");
  }

  /** The numbered list of one item that is all a bullet item holds, or null. */
  private static OrderedList numberedInBullet(ListBlock list, Node item) {
    Node child = item.getFirstChild();
    if (list instanceof BulletList && child instanceof OrderedList && child.getNext() == null
        && child.getFirstChild() != null && child.getFirstChild().getNext() == null
        && ((OrderedList) child).getMarkerStartNumber() != null
        && ((OrderedList) child).getMarkerStartNumber() >= 1
        && ((OrderedList) child).getMarkerStartNumber() <= MAX_LIST_START) {
      return (OrderedList) child;
    }
    return null;
  }

  /**
   * A list item: its paragraphs, joined by line breaks, as one item. A block quote in the item is
   * more of its text, as a quote at the top level is read as its paragraphs (pandoc writes a Word
   * list item's hanging indent so).
   */
  private SummaryLine item(Node item) {
    InlineText text = itemBlocks(item, null);
    return literal(text == null ? new InlineText(line(item)) : text);
  }

  private InlineText itemBlocks(Node parent, InlineText text) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof ListBlock) {
        throw refuse(child, "a list inside a list item; a summary's items are one level: write the"
            + " inner items as items of their own, or as sentences of the item");
      }
      if (child instanceof BlockQuote) {
        text = itemBlocks(child, text);
        continue;
      }
      if (!(child instanceof Paragraph)) {
        throw refuseInItem(child);
      }
      InlineText paragraph = inlines(child);
      // An item's later paragraph is more of its text: its first line too must not stand as a part.
      refusePartsInside(paragraph, text == null ? 1 : 0);
      text = text == null ? paragraph : text.join(paragraph);
    }
    return text;
  }

  private Refusal refuseInItem(Node child) {
    if (child instanceof IndentedCodeBlock || child instanceof FencedCodeBlock) {
      return refuse(child, "this is a code block inside a list item, which a summary does not have;"
          + " indent the line as far as the item's text, no further");
    }
    if (child instanceof HtmlBlock) {
      return refuse(child, "this is HTML, which a summary does not have; write it as text");
    }
    return refuse(child, (child instanceof Heading ? "a heading" : child instanceof ThematicBreak ? "a rule (---)"
        : "a block of another kind") + " inside a list item has no place in a summary; end the list with a blank"
        + " line before it");
  }

  /** A heading's or paragraph's text as a literal block, refusing a paragraph written as several parts. */
  private SummaryLine block(Node block, boolean paragraph) {
    InlineText text = inlines(block);
    if (paragraph) {
      refusePartsInside(text, 1);
    }
    return literal(text);
  }

  private InlineText inlines(Node block) {
    return inlines(block, line(block));
  }

  private InlineText inlines(Node block, int line) {
    try {
      return InlineText.of(block, line, source);
    } catch (InvalidInputException e) {
      throw new Refusal(e);
    }
  }

  /**
   * Refuses a written line inside a paragraph that stands as a heading, a label or a list line
   * ("2. …" cannot start a list after a paragraph, "•" is no list marker in Markdown, a heading
   * needs a blank line or {@code #}) — at that line, or at the paragraph's first line when that too
   * is written as a list line. Lines before {@code from} are not checked.
   */
  private void refusePartsInside(InlineText text, int from) {
    String[] written = text.writtenLines().split("\n");
    for (int k = from; k < written.length; k++) {
      SummaryBlocks.Standing standing = rules.standing(written[k], catalogue);
      if (standing == SummaryBlocks.Standing.TEXT) {
        continue;
      }
      boolean writtenAsList = k > 0 && standing == SummaryBlocks.Standing.LIST_LINE
          && rules.standing(written[0], catalogue) == SummaryBlocks.Standing.LIST_LINE;
      int at = writtenAsList ? 0 : k;
      throw new Refusal(new InvalidInputException(source, text.line() + at, 0, null, "\"" + written[at].strip()
          + "\"" + (writtenAsList ? " and the lines below it are written as a list, but Markdown reads them as one"
              + " paragraph (\"•\" and \"–\" are no list markers, and a numbered list right after a paragraph"
              + " must start at 1): start each item with \"- \" or \"1. \", or put a blank line between them"
              : " stands on a line of its own, but Markdown reads it as part of the paragraph above, since no"
              + " blank line comes before it: put a blank line before it")));
    }
  }

  private SummaryLine literal(InlineText text) {
    SummaryLine line = rules.atLine(text.text(), text.line()).withBoldPrefix(text.boldPrefix());
    if (!text.writtenLines().equals(text.text())) {
      line = rules.withWrittenLines(line, text.writtenLines());
    }
    return rules.literal(line);
  }

  private Refusal refuse(Node node, String problem) {
    return new Refusal(new InvalidInputException(source, line(node), 0, null, problem));
  }

  /** The 1-based line a block starts on. */
  static int line(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
  }

  /** Carries a refusal out of the visitor, whose methods cannot throw checked exceptions. */
  private static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient InvalidInputException cause;

    Refusal(InvalidInputException cause) {
      super(null, null, false, false);
      this.cause = cause;
    }
  }
}
