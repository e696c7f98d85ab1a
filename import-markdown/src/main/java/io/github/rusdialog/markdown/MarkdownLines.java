package io.github.rusdialog.markdown;

import io.github.rusdialog.model.InvalidInputException;
import io.github.rusdialog.text.SummaryLine;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Maps a CommonMark document to the paragraphs the summary rules read ({@link SummaryLine}s), as
 * the document renders: a heading (ATX or setext) is a heading; a list item is a bullet, or a
 * numbered item with the number CommonMark shows (the list's start plus the item's position, not
 * the digits typed: {@code 1.} {@code 1.} {@code 1.} is 1, 2, 3); a paragraph's soft line breaks
 * are spaces (lazy continuation lines continue it), hard breaks are line breaks; a block quote's
 * paragraphs are paragraphs. No inline markup stays in a text: emphasis is dropped (bold at the
 * start is kept as what it is, the title of a priority or a label), escapes and entities are
 * decoded by the parser, a link keeps its text and its address ({@code text (address)}, once
 * where they are the same). What has no place in a summary — code blocks, raw HTML, a list inside
 * a list item — is refused at its line, never dropped.
 */
final class MarkdownLines {
  private final String source;
  private final List<SummaryLine> lines = new ArrayList<>();

  private MarkdownLines(String source) {
    this.source = source;
  }

  static List<SummaryLine> of(Node document, String source) throws InvalidInputException {
    MarkdownLines mapper = new MarkdownLines(source);
    mapper.blocks(document);
    return mapper.lines;
  }

  private void blocks(Node parent) throws InvalidInputException {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading) {
        lines.add(paragraph(node, line(node)).line().asHeading());
      } else if (node instanceof Paragraph) {
        lines.add(paragraph(node, line(node)).line());
      } else if (node instanceof ListBlock) {
        list((ListBlock) node);
      } else if (node instanceof BlockQuote) {
        blocks(node);
      } else if (node instanceof ThematicBreak || node instanceof LinkReferenceDefinition) {
        // A rule between parts and a link's definition hold no text of the summary.
        continue;
      } else if (node instanceof IndentedCodeBlock || node instanceof FencedCodeBlock) {
        throw refuse(node, "this is a code block (a line indented by four spaces, or fenced with ``` or ~~~),"
            + " which a summary does not have; remove the indentation or the fence, or to continue a list"
            + " item, indent the line as far as the item's text");
      } else if (node instanceof HtmlBlock) {
        throw refuse(node, "this is HTML, which a summary does not have; write it as text");
      } else {
        throw refuse(node, "a " + node.getClass().getSimpleName() + " has no place in a summary");
      }
    }
  }

  private void list(ListBlock list) throws InvalidInputException {
    int number = list instanceof OrderedList ? ((OrderedList) list).getMarkerStartNumber() == null ? 1
        : ((OrderedList) list).getMarkerStartNumber() : 0;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      OrderedList inner = numberedInBullet(list, item);
      if (inner != null) {
        // "- 1) **Title:** …", the seed's form: CommonMark reads a numbered list of one item in a
        // bullet; a reader sees a numbered line, so it is the inner item with the inner number.
        lines.add(item(inner.getFirstChild()).line().asNumbered(inner.getMarkerStartNumber()));
        continue;
      }
      Written written = item(item);
      SummaryLine line = written.line();
      if (list instanceof OrderedList) {
        if (number < 1) {
          throw refuse(item, "a list numbered from " + number + "; number the items from 1");
        }
        line = line.asNumbered(number++);
      } else {
        line = line.asBullet();
      }
      lines.add(line);
    }
  }

  /** The numbered list of one item that is all a bullet item holds, or null. */
  private static OrderedList numberedInBullet(ListBlock list, Node item) {
    Node child = item.getFirstChild();
    if (list instanceof BulletList && child instanceof OrderedList && child.getNext() == null
        && child.getFirstChild() != null && child.getFirstChild().getNext() == null
        && ((OrderedList) child).getMarkerStartNumber() != null && ((OrderedList) child).getMarkerStartNumber() >= 1) {
      return (OrderedList) child;
    }
    return null;
  }

  /**
   * A list item: its paragraphs, joined by line breaks, as one item. A block quote in the item is
   * more of its text, as a quote at the top level is read as its paragraphs (pandoc writes a Word
   * list item's hanging indent so).
   */
  private Written item(Node item) throws InvalidInputException {
    Written text = itemBlocks(item, null);
    return text == null ? new Written(line(item)) : text;
  }

  private Written itemBlocks(Node parent, Written text) throws InvalidInputException {
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
        refuseInItem(child);
      }
      Written paragraph = paragraph(child, line(child));
      text = text == null ? paragraph : text.join(paragraph);
    }
    return text;
  }

  private void refuseInItem(Node child) throws InvalidInputException {
    if (child instanceof IndentedCodeBlock || child instanceof FencedCodeBlock) {
      throw refuse(child, "this is a code block inside a list item, which a summary does not have;"
          + " indent the line as far as the item's text, no further");
    }
    if (child instanceof HtmlBlock) {
      throw refuse(child, "this is HTML, which a summary does not have; write it as text");
    }
    throw refuse(child, (child instanceof Heading ? "a heading" : child instanceof ThematicBreak ? "a rule (---)"
        : "a " + child.getClass().getSimpleName()) + " inside a list item has no place in a summary; end the list"
        + " with a blank line before it");
  }

  /** The text of a paragraph or heading: its inlines without markup, and how much of its start is bold. */
  private Written paragraph(Node block, int line) throws InvalidInputException {
    Written text = new Written(line);
    Node first = block.getFirstChild();
    for (Node node = first; node != null; node = node.getNext()) {
      inline(node, text, line);
      if (node == first && node instanceof StrongEmphasis) {
        text.boldPrefix = text.text.length();
      }
    }
    return text;
  }

  private void inline(Node node, Written text, int line) throws InvalidInputException {
    if (node instanceof Text) {
      text.append(((Text) node).getLiteral());
    } else if (node instanceof Code) {
      text.append(((Code) node).getLiteral());
    } else if (node instanceof SoftLineBreak) {
      text.text.append(' ');
      text.lines.append('\n');
    } else if (node instanceof HardLineBreak) {
      text.append("\n");
    } else if (node instanceof Emphasis || node instanceof StrongEmphasis) {
      children(node, text, line);
    } else if (node instanceof Link) {
      int start = text.text.length();
      children(node, text, line);
      String shown = text.text.substring(start);
      String address = ((Link) node).getDestination();
      if (!address.isEmpty() && !address.equals(shown) && !address.equals("mailto:" + shown)) {
        text.append(" (" + address + ")");
      }
    } else if (node instanceof Image) {
      int start = text.text.length();
      children(node, text, line);
      String address = ((Image) node).getDestination();
      text.append((text.text.length() > start ? " (" : "(") + address + ")");
    } else if (node instanceof HtmlInline) {
      throw new InvalidInputException(source, line, 0, null, "HTML (" + ((HtmlInline) node).getLiteral()
          + ") in the text; a summary's text has no markup: write it as text, or escape the < as \\<");
    } else {
      children(node, text, line);
    }
  }

  private void children(Node parent, Written text, int line) throws InvalidInputException {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      inline(child, text, line);
    }
  }

  private InvalidInputException refuse(Node node, String problem) {
    return new InvalidInputException(source, line(node), 0, null, problem);
  }

  /** The 1-based line a block starts on. */
  private static int line(Node node) {
    List<SourceSpan> spans = node.getSourceSpans();
    return spans.isEmpty() ? 1 : spans.get(0).getLineIndex() + 1;
  }

  /** A paragraph's text as rendered, and as written line by line. */
  private static final class Written {
    final StringBuilder text;
    final StringBuilder lines;
    final int line;
    int boldPrefix;

    Written(int line) {
      this.text = new StringBuilder();
      this.lines = new StringBuilder();
      this.line = line;
    }

    void append(String more) {
      text.append(more);
      lines.append(more);
    }

    /** A list item's next paragraph: on a line of its own in the item's text. */
    Written join(Written next) {
      append("\n");
      text.append(next.text);
      lines.append(next.lines);
      return this;
    }

    SummaryLine line() {
      SummaryLine summaryLine = SummaryLine.atLine(text.toString(), line).withBoldPrefix(boldPrefix);
      String written = lines.toString();
      return written.equals(text.toString()) ? summaryLine : summaryLine.withWrittenLines(written);
    }
  }
}
