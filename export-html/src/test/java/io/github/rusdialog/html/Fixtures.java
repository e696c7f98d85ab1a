package io.github.rusdialog.html;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.markdown.MarkdownSummaryReader;
import io.github.rusdialog.testkit.DialogueGenerator;
import io.github.rusdialog.testkit.DialogueShapes;
import io.github.rusdialog.testkit.SampleMeetings;
import io.github.rusdialog.testkit.SummaryMutants;
import io.github.rusdialog.text.Summary;
import io.github.rusdialog.text.SummaryReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.params.provider.Arguments;

/** The pages the validators check: each dialogue of the issue, in both languages and both forms. */
final class Fixtures {
  private Fixtures() {}

  static Map<String, Dialogue> dialogues() {
    Map<String, Dialogue> dialogues = new LinkedHashMap<>();
    dialogues.put("seed", SampleMeetings.seedDialogue());
    dialogues.put("three meetings", SampleMeetings.threeMeetings());
    dialogues.put("empty", Dialogue.builder().name("Tom dialog").organiser("Region Testbotten")
        .strategicAreas(StrategicAreaCatalogue.norrbotten().areas()).build());
    dialogues.put("unicode", SampleMeetings.unicodeDialogue());
    for (DialogueShapes.Shape shape : DialogueShapes.thresholds()) {
      if (shape.name().equals("long texts") || shape.name().equals("empty sections")) {
        dialogues.put(shape.name(), shape.dialogue());
      }
    }
    // Dialogues nobody wrote by hand: generated from seeds (named, so a failure can be replayed).
    for (long seed : new long[] {26, 2_600}) {
      dialogues.put("generated, seed " + seed, DialogueGenerator.withSeed(seed).meetings(4).itemsPerMeeting(8).generate());
    }
    return dialogues;
  }

  /**
   * Dialogues read from summaries as a user gives them: the bundled examples (text and Markdown),
   * both together, and seeded mutants of the seed summary (changed the ways people change
   * summaries) that read — summaries this exporter has never seen.
   */
  static Map<String, Dialogue> fromSummaries() {
    Map<String, Dialogue> dialogues = new LinkedHashMap<>();
    try {
      Path examples = Path.of("..", "examples");
      Summary seed = SummaryReader.create().read(examples.resolve("bolagsdagen-2024-03-13.txt"));
      // Read as the command line reads them: Markdown as CommonMark.
      Summary overkalix = MarkdownSummaryReader.create().read(examples.resolve("kommundialog-overkalix-2024-04-19.md"));
      dialogues.put("examples/bolagsdagen-2024-03-13.txt", seed.toDialogue());
      dialogues.put("examples/kommundialog-overkalix-2024-04-19.md", overkalix.toDialogue());
      dialogues.put("both examples", Dialogue.combine(List.of(seed.toDialogue(), overkalix.toDialogue())));
      String text = Files.readString(examples.resolve("bolagsdagen-2024-03-13.txt"), StandardCharsets.UTF_8);
      for (long mutantSeed = 1; dialogues.size() < 9 && mutantSeed < 200; mutantSeed++) {
        SummaryMutants.Mutant mutant = SummaryMutants.mutate(text, mutantSeed, StrategicAreaCatalogue.norrbotten());
        if (!mutant.mustFail()) {
          dialogues.put("seed summary mutant " + mutantSeed + " " + mutant.applied(),
              SummaryReader.create().read(mutant.text(), "mutant.txt").toDialogue());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dialogues;
  }

  /**
   * {@return name, page html} for every dialogue × locale × form, fragments hosted in a minimal
   * page; and every dialogue read from summaries as a Swedish page}
   */
  static List<Arguments> pages() {
    List<Arguments> pages = new ArrayList<>();
    for (Map.Entry<String, Dialogue> dialogue : fromSummaries().entrySet()) {
      pages.add(Arguments.of(dialogue.getKey(), Pages.export(dialogue.getValue())));
    }
    for (Map.Entry<String, Dialogue> dialogue : dialogues().entrySet()) {
      for (Locale locale : List.of(Locale.forLanguageTag("sv-SE"), Locale.ENGLISH)) {
        for (String form : List.of("page", "fragment")) {
          ExportOptions options = Pages.options().locale(locale).putSettings(HtmlExporter.FORM, form).build();
          String html = Pages.export(dialogue.getValue(), options);
          String language = locale.toLanguageTag();
          pages.add(Arguments.of(dialogue.getKey() + ", " + language + ", " + form,
              form.equals("page") ? html : Pages.hosted(html, language)));
        }
      }
    }
    // The feedback to one meeting's participants, answered in part (issue 27).
    for (Locale locale : List.of(Locale.forLanguageTag("sv-SE"), Locale.ENGLISH)) {
      ExportOptions options = Pages.options().locale(locale).putSettings(HtmlExporter.REPORT, "feedback").build();
      pages.add(Arguments.of("feedback, youth dialogue, " + locale.toLanguageTag(),
          Pages.export(SampleMeetings.dialogueOf(SampleMeetings.youthDialogue()), options)));
    }
    return pages;
  }
}
