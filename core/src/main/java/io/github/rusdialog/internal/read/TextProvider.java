package io.github.rusdialog.internal.read;

import io.github.rusdialog.read.DialogueSource;
import io.github.rusdialog.read.MatchStrength;
import io.github.rusdialog.read.ReadOptions;
import io.github.rusdialog.read.ReadResult;
import io.github.rusdialog.text.SummaryReader;
import java.io.IOException;
import java.util.List;

/** Summaries in plain text, by core's own line rules: always there, whatever else is on the path. */
public final class TextProvider extends FormatReader {
  /** Markdown is text too, but read as CommonMark by its own reader, never by the line rules. */
  private static final List<String> MARKDOWN = List.of("md", "markdown");

  /** Creates the reader. */
  public TextProvider() {
    super("text", DialogueSource.Kind.TEXT, "txt");
  }

  /**
   * {@return a solid match for text named {@code .txt}, a weak one for text of any other name but
   * Markdown's, which is the Markdown reader's alone}
   */
  @Override
  public MatchStrength match(DialogueSource source) {
    MatchStrength byKind = super.match(source);
    if (byKind != MatchStrength.FULL_MATCH) {
      return byKind;
    }
    return MARKDOWN.contains(source.extension()) ? MatchStrength.NO_MATCH
        : fileExtensions().contains(source.extension()) ? MatchStrength.SOLID_MATCH : MatchStrength.WEAK_MATCH;
  }

  @Override
  protected ReadResult readSource(DialogueSource source, ReadOptions options) throws IOException {
    return resultOf(SummaryReader.withCatalogue(options.catalogue()).readDocument(source.openStream(), source.name()));
  }
}
