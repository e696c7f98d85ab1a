package io.github.rusdialog.markdown.internal;

import io.github.rusdialog.internal.read.FormatReader;
import io.github.rusdialog.markdown.MarkdownSummaryReader;
import io.github.rusdialog.read.DialogueSource;
import io.github.rusdialog.read.MatchStrength;
import io.github.rusdialog.read.ReadOptions;
import io.github.rusdialog.read.ReadResult;
import java.io.IOException;

/**
 * The service provider of Markdown summaries: text named {@code .md} or {@code .markdown}, read by
 * {@link MarkdownSummaryReader}. Text under other names is the text reader's.
 */
public final class MarkdownProvider extends FormatReader {
  /** Creates the reader; ServiceLoader calls this. */
  public MarkdownProvider() {
    super("markdown", DialogueSource.Kind.TEXT, "md", "markdown");
  }

  /** {@return a solid match for text under a Markdown name; no match for other text} */
  @Override
  public MatchStrength match(DialogueSource source) {
    MatchStrength byKind = super.match(source);
    if (byKind != MatchStrength.FULL_MATCH) {
      return byKind;
    }
    return fileExtensions().contains(source.extension()) ? MatchStrength.SOLID_MATCH : MatchStrength.NO_MATCH;
  }

  @Override
  protected ReadResult readSource(DialogueSource source, ReadOptions options) throws IOException {
    return resultOf(MarkdownSummaryReader.withCatalogue(options.catalogue()).readDocument(source.openStream(), source.name()));
  }
}
