package io.github.rusdialog.markdown;

import io.github.rusdialog.model.InvalidInputException;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

/**
 * A heading's or paragraph's text as it renders, without markup: emphasis dropped (how much of the
 * start is bold is kept, the title of a priority or a label), escapes and entities decoded by the
 * parser, a link kept as its text and its address ({@code text (address)}, once where they are the
 * same); soft line breaks are spaces in the text and line feeds in the written lines, hard breaks
 * line feeds in both. Raw HTML is refused.
 */
final class InlineText {
  private final StringBuilder text = new StringBuilder();
  private final StringBuilder lines = new StringBuilder();
  private final int line;
  private int boldPrefix;

  InlineText(int line) {
    this.line = line;
  }

  static InlineText of(Node block, int line, String source) throws InvalidInputException {
    InlineText text = new InlineText(line);
    Node first = block.getFirstChild();
    for (Node node = first; node != null; node = node.getNext()) {
      text.inline(node, source);
      if (node == first && node instanceof StrongEmphasis) {
        text.boldPrefix = text.text.length();
      }
    }
    return text;
  }

  String text() {
    return text.toString();
  }

  String writtenLines() {
    return lines.toString();
  }

  int line() {
    return line;
  }

  int boldPrefix() {
    return boldPrefix;
  }

  /** A list item's next paragraph: on a line of its own in the item's text. */
  InlineText join(InlineText next) {
    append("\n");
    text.append(next.text);
    lines.append(next.lines);
    return this;
  }

  private void append(String more) {
    text.append(more);
    lines.append(more);
  }

  private void inline(Node node, String source) throws InvalidInputException {
    if (node instanceof Text) {
      append(((Text) node).getLiteral());
    } else if (node instanceof Code) {
      append(((Code) node).getLiteral());
    } else if (node instanceof SoftLineBreak) {
      text.append(' ');
      lines.append('\n');
    } else if (node instanceof HardLineBreak) {
      append("\n");
    } else if (node instanceof Emphasis || node instanceof StrongEmphasis) {
      children(node, source);
    } else if (node instanceof Link) {
      int start = text.length();
      children(node, source);
      String shown = text.substring(start);
      String address = ((Link) node).getDestination();
      if (!address.isEmpty() && !address.equals(shown) && !address.equals("mailto:" + shown)) {
        append(" (" + address + ")");
      }
    } else if (node instanceof Image) {
      int start = text.length();
      children(node, source);
      append((text.length() > start ? " (" : "(") + ((Image) node).getDestination() + ")");
    } else if (node instanceof Strikethrough) {
      throw new InvalidInputException(source, line, 0, null, "struck-through text (~~…~~); deleted words are not"
          + " what the participants said: remove them, or the tildes if they stand");
    } else if (node instanceof HtmlInline) {
      // Quoted on one line, as every message quotes: an inline tag may span the paragraph's lines.
      String html = ((HtmlInline) node).getLiteral().replaceAll("\\s*\n\\s*", " / ");
      throw new InvalidInputException(source, line, 0, null, "HTML (" + (html.length() > 80 ? html.substring(0, 80)
          + "…" : html) + ") in the text; a summary's text has no markup: write it as text, or escape the < as \\<");
    } else {
      children(node, source);
    }
  }

  private void children(Node parent, String source) throws InvalidInputException {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      inline(child, source);
    }
  }
}
