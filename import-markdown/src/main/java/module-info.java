/** Reads meeting summaries written in Markdown, parsed as CommonMark by commonmark-java. */
module io.github.rusdialog.markdown {
  requires transitive io.github.rusdialog.core;
  requires org.commonmark;
  requires org.commonmark.ext.gfm.tables;
  requires org.commonmark.ext.gfm.strikethrough;

  exports io.github.rusdialog.markdown;

  provides io.github.rusdialog.read.DialogueReader with io.github.rusdialog.markdown.internal.MarkdownProvider;
}
