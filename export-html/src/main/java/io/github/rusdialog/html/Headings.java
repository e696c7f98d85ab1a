package io.github.rusdialog.html;

import java.io.IOException;

/**
 * Writes headings at a depth below the page's top heading: depth 0 is {@code h1} on a page and
 * {@code h2} in a fragment (under its host page's {@code h1}), so the outline never skips a level.
 */
final class Headings {
  private final Markup out;
  private final int top;

  Headings(Markup out, int top) {
    this.out = out;
    this.top = top;
  }

  /** Opens the heading at {@code depth}, with a CSS class and an optional id; write its text next. */
  Markup open(int depth, String cssClass, String id) throws IOException {
    out.raw("<h").raw(String.valueOf(top + depth));
    if (id != null) {
      out.attribute("id", id);
    }
    return out.attribute("class", cssClass).raw(">");
  }

  void close(int depth) throws IOException {
    out.raw("</h").raw(String.valueOf(top + depth)).raw(">\n");
  }
}
