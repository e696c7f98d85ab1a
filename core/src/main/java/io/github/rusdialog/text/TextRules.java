package io.github.rusdialog.text;

import io.github.rusdialog.internal.read.SummaryBlocks;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.text.ClassifiedLine.Kind;

/** The summary rules as the reader modules reach them ({@link SummaryBlocks}). */
final class TextRules implements SummaryBlocks.Rules {
  @Override
  public SummaryLine atLine(String text, int line) {
    return SummaryLine.atLine(text, line);
  }

  @Override
  public SummaryLine withWrittenLines(SummaryLine paragraph, String lines) {
    return paragraph.withWrittenLines(lines);
  }

  @Override
  public SummaryLine literal(SummaryLine paragraph) {
    return paragraph.asLiteral();
  }

  @Override
  public boolean isHeading(SummaryLine paragraph) {
    return paragraph.isHeading();
  }

  @Override
  public boolean isDatedTitle(SummaryLine paragraph) {
    return MeetingSplit.isDatedTitle(paragraph.toLine(1));
  }

  @Override
  public int line(SummaryLine paragraph) {
    return paragraph.sourceLine();
  }

  @Override
  public SummaryWarning warningAtLine(String source, int line, String message) {
    return new SummaryWarning(source, line, null, message);
  }

  @Override
  public String encodingWarning() {
    return SummaryReader.encodingWarning();
  }

  @Override
  public boolean isSectionLabel(String text) {
    return Vocabulary.SECTION_LABELS.containsKey(TextKeys.key(text));
  }

  @Override
  public SummaryBlocks.Standing standing(String written, StrategicAreaCatalogue catalogue) {
    ClassifiedLine line = new LineClassifier(new AreaHeadings(catalogue)).classify(new Line(1, written));
    if (line.is(Kind.NUMBERED) || line.is(Kind.BULLET)) {
      return SummaryBlocks.Standing.LIST_LINE;
    }
    boolean part = line.is(Kind.AREA_HEADING) || line.is(Kind.PRIORITIES_HEADING)
        || line.is(Kind.SECTION_LABEL) && line.afterLabel == null;
    return part ? SummaryBlocks.Standing.PART : SummaryBlocks.Standing.TEXT;
  }
}
