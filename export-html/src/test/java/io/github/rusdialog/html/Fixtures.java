package io.github.rusdialog.html;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.testkit.DialogueShapes;
import io.github.rusdialog.testkit.SampleMeetings;
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
    return dialogues;
  }

  /** {@return name, page html} for every dialogue × locale × form; fragments hosted in a minimal page} */
  static List<Arguments> pages() {
    List<Arguments> pages = new ArrayList<>();
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
    return pages;
  }
}
