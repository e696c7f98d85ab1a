package io.github.rusdialog.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.rusdialog.export.ExportException;
import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.InvalidSettingException;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.Meeting;
import io.github.rusdialog.model.Opportunity;
import io.github.rusdialog.model.StakeholderGroup;
import io.github.rusdialog.model.StrategicAreaCatalogue;
import io.github.rusdialog.synthesis.DialogueSynthesis;
import io.github.rusdialog.synthesis.PriorityConsensus;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.ByteArrayOutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

/** The page's structure, read back with an HTML5 parser: what a browser and a screen reader get. */
class HtmlPageTest {
  private static final Dialogue THREE = SampleMeetings.threeMeetings();

  @Test
  void aDialoguePageHasOneH1LandmarksASkipLinkAndContentsInThePdfsOrder() {
    Document page = Pages.parse(Pages.export(THREE));
    assertThat(page.select("html").attr("lang")).isEqualTo("sv-SE");
    assertThat(page.select("meta[charset]").attr("charset")).isEqualTo("utf-8");
    assertThat(page.title()).isEqualTo("RUS-dialogen");
    assertThat(Pages.parse(Pages.export(SampleMeetings.seedDialogue())).title()).isEqualTo("Bolagsdagen – RUS-dialogen");
    assertThat(page.select("h1")).hasSize(1);
    assertThat(page.select("header")).hasSize(1);
    assertThat(page.select("nav")).hasSize(1);
    assertThat(page.select("main")).hasSize(1);
    assertThat(page.select("footer")).hasSize(1);
    Element skip = page.select("a.rd-skip").first();
    assertThat(skip.attr("href")).isEqualTo("#rd-main");
    assertThat(page.select("main").attr("id")).isEqualTo("rd-main");
    // Cover facts, then the contents: the synthesis and each meeting with its date.
    assertThat(page.select("header dt").eachText()).containsExactly("Organisatör", "Möten", "Period", "Skapad");
    List<String> entries = page.select("nav li").eachText();
    assertThat(entries.get(0)).isEqualTo("Sammanställning");
    for (int m = 0; m < THREE.meetings().size(); m++) {
      Meeting meeting = THREE.meetings().get(m);
      assertThat(entries.get(m + 1)).startsWith(meeting.title());
      assertThat(page.select("main > section").get(m + 1).select("h2").first().text()).isEqualTo(meeting.title());
    }
    assertThat(page.select("main > section").first().select("h2").text()).isEqualTo("Sammanställning");
  }

  @Test
  void everyInPageLinkLeadsToAnIdAndEveryIdIsUnique() {
    for (Dialogue dialogue : List.of(THREE, SampleMeetings.seedDialogue(), SampleMeetings.unicodeDialogue())) {
      Document page = Pages.parse(Pages.export(dialogue));
      Set<String> ids = new HashSet<>();
      for (Element element : page.select("[id]")) {
        assertThat(ids.add(element.id())).as("id %s is unique", element.id()).isTrue();
      }
      for (Element link : page.select("a[href]")) {
        assertThat(link.attr("href")).startsWith("#");
        assertThat(ids).contains(link.attr("href").substring(1));
      }
      for (Element labelled : page.select("[aria-labelledby]")) {
        for (String id : labelled.attr("aria-labelledby").split(" ")) {
          assertThat(ids).as("aria-labelledby of %s", labelled.tagName()).contains(id);
        }
      }
    }
  }

  @Test
  void headingsNeverSkipALevel() {
    for (String form : List.of("page", "fragment")) {
      for (Dialogue dialogue : List.of(THREE, SampleMeetings.seedDialogue(), SampleMeetings.unicodeDialogue())) {
        Document page = Pages.parse(Pages.export(dialogue,
            Pages.options().putSettings(HtmlExporter.FORM, form).build()));
        int previous = form.equals("page") ? 0 : 1;
        for (Element heading : page.select("h1, h2, h3, h4, h5, h6")) {
          int level = heading.tagName().charAt(1) - '0';
          assertThat(level).as("%s after h%d (%s)", heading, previous, form).isLessThanOrEqualTo(previous + 1);
          previous = level;
        }
      }
    }
  }

  @Test
  void loadsNothingFromOutsideTheFileAndRunsNoScript() {
    String html = Pages.export(THREE);
    Document page = Pages.parse(html);
    assertThat(page.select("script, link, iframe, img, object, embed, [src]")).isEmpty();
    assertThat(page.select("a[href]").eachAttr("href")).allMatch(href -> href.startsWith("#"));
    assertThat(page.select("[style]")).isEmpty();
    String css = page.select("style").html();
    assertThat(css).contains(".rusdialog").doesNotContain("url(", "@import", "@font-face");
  }

  @Test
  void everyTableHasACaptionColumnHeadersAndRowHeadersInAFocusableRegion() {
    Document page = Pages.parse(Pages.export(THREE));
    Elements tables = page.select("table");
    assertThat(tables).hasSize(5);
    for (Element table : tables) {
      assertThat(table.select("caption").text()).isNotBlank();
      assertThat(table.select("thead th")).allMatch(th -> th.attr("scope").equals("col"));
      assertThat(table.select("tbody tr")).allMatch(row -> row.child(0).tagName().equals("th")
          && row.child(0).attr("scope").equals("row"));
      Element region = table.parent();
      assertThat(region.attr("role")).isEqualTo("region");
      assertThat(region.attr("tabindex")).isEqualTo("0");
      assertThat(region.attr("aria-labelledby")).isEqualTo(table.select("caption").attr("id"));
    }
  }

  @Test
  void theChartIsAnImageWhoseDescriptionGivesEveryValueItShows() {
    Document page = Pages.parse(Pages.export(THREE));
    Element svg = page.select("figure svg").first();
    assertThat(svg.attr("role")).isEqualTo("img");
    assertThat(svg.attr("aria-labelledby")).isEqualTo("rd-chart-title rd-chart-desc");
    String description = svg.select("desc").text();
    List<PriorityConsensus> groups = DialogueSynthesis.of(THREE).priorities();
    assertThat(svg.select("rect")).hasSize(Math.min(15, groups.size()));
    for (PriorityConsensus group : groups.subList(0, Math.min(15, groups.size()))) {
      assertThat(description).contains(group.label() + ": " + group.bordaScore() + " poäng");
    }
    // The data table beside the chart lists every group, the chart's and the rest.
    assertThat(page.select("table").get(1).select("tbody th").eachText())
        .containsExactlyElementsOf(groups.stream().map(PriorityConsensus::label).toList());
  }

  @Test
  void headCountsShowWithTheGroupsTheMeetingAndTheSynthesis() {
    Document page = Pages.parse(Pages.export(THREE));
    assertThat(page.select("ul.rd-groups li").eachText()).contains("Unga (12)", "Akademi (3)", "Byalaget");
    Element participation = page.select("table").get(0);
    assertThat(participation.select("thead th").eachText()).last().isEqualTo("Personer");
    assertThat(participation.select("tbody tr").eachText()).contains("Unga 2 Unga Bolagsdagen, Ungdomsdialog Luleå 12",
        "Akademi 1 Akademi Ungdomsdialog Luleå 3");
    assertThat(page.select("caption").eachText()).contains("Regionens svar per möte",
        "Regionens svar per strategiskt område");
    assertThat(page.select("table:has(caption:contains(Regionens svar per möte)) tbody tr").eachText())
        .contains("Bolagsdagen 0 0 0 0 19", "Ungdomsdialog Luleå 1 0 1 0 3");
    assertThat(page.text()).contains("Antal personer enligt sammanfattningarna: 15 (från 1 av 3 möten).",
        "Möten utan antal deltagare: Bolagsdagen, Kommundialog Överkalix");
    Meeting counted = SampleMeetings.seed().withAttendees(java.util.OptionalInt.of(23));
    assertThat(Pages.parse(Pages.export(SampleMeetings.dialogueOf(counted))).text()).contains("Antal deltagare: 23");
  }

  @Test
  void showsTheRegionsResponseUnderTheInputItAnswers() {
    Meeting seed = SampleMeetings.seed();
    io.github.rusdialog.model.AreaInput area = seed.areas().get(0);
    Meeting answered = seed.withAreas(List.of(area.withOpportunities(List.of(area.opportunities().get(0).withResponse(
        java.util.Optional.of(io.github.rusdialog.model.Response.of(io.github.rusdialog.model.ResponseStatus.PARTLY,
            java.util.Optional.of("Delvis."), java.util.Optional.empty())))))));
    Document page = Pages.parse(Pages.export(SampleMeetings.dialogueOf(answered)));
    assertThat(page.select("li:has(p.rd-response)").first().text())
        .isEqualTo(area.opportunities().get(0).text() + " Regionens svar: Tas delvis med. Delvis.");
  }

  @Test
  void theFeedbackShowsEveryInputWithItsResponseAndWhatIsStillOpen() {
    Dialogue youth = SampleMeetings.dialogueOf(SampleMeetings.youthDialogue());
    Document page = Pages.parse(Pages.export(youth, Pages.options().putSettings(HtmlExporter.REPORT, "feedback").build()));
    assertThat(page.title()).isEqualTo("Återkoppling till deltagarna: Ungdomsdialog Luleå");
    assertThat(page.select("h1").text()).isEqualTo("Ungdomsdialog Luleå");
    assertThat(page.text()).contains("Återkoppling till deltagarna. Här är det ni sa vid mötet",
        "Av 5 inspel: 1 tas med i strategin, 0 tas delvis med, 1 tas inte med, 0 noteras och 3 är ännu inte besvarade.");
    assertThat(page.select("main ol > li").eachText()).containsExactly(
        "Kompetensförsörjning. Fler utbildningsplatser nära hemmet. Regionens svar: Tas med i strategin. Referens: Mål 2.3",
        "boende och infrastruktur Billiga bostäder för studenter. Regionens svar: Ännu inte besvarat.",
        "Digital infrastruktur Mobiltäckning överallt. Regionens svar: Ännu inte besvarat.");
    Element open = page.getElementById("rd-m--ungdomsdialog-lulea-2024-05-20--open");
    assertThat(open.text()).isEqualTo("Fortfarande öppet");
    assertThat(open.nextElementSibling().select("li").eachText())
        .containsExactly("boende och infrastruktur", "Digital infrastruktur", "Unga vill plugga på hemmaplan.");
    assertThat(page.select("nav a").eachText()).contains("Fortfarande öppet");
    for (String said : io.github.rusdialog.testkit.DialogueTexts.list(youth)) {
      assertThat(page.text()).contains(said.replaceAll("\\s+", " "));
    }
    Document three = Pages.parse(Pages.export(THREE, Pages.options().putSettings(HtmlExporter.REPORT, "feedback").build()));
    assertThat(three.select("h2").eachText()).contains("Bolagsdagen", "Ungdomsdialog Luleå").doesNotContain("Sammanställning");
    assertThat(three.select("h3").eachText()).contains("Fortfarande öppet");
    assertThatThrownBy(() -> Pages.export(THREE, Pages.options().putSettings(HtmlExporter.REPORT, "svar").build()))
        .isInstanceOf(InvalidSettingException.class).hasMessageContaining("'svar' is not a value it takes; use full or feedback");
  }

  @Test
  void oneMeetingIsWrittenAsItsSummaryWithContentsOfItsAreas() {
    Document page = Pages.parse(Pages.export(SampleMeetings.seedDialogue()));
    Meeting seed = SampleMeetings.seed();
    assertThat(page.select("h1").text()).isEqualTo("Bolagsdagen");
    assertThat(page.select("table, figure")).isEmpty();
    assertThat(page.select("nav li")).hasSize(1 + seed.areas().size());
    assertThat(page.select("main ol > li")).hasSize(seed.priorities().size());
    assertThat(page.select("main ol > li > strong").eachText())
        .containsExactlyElementsOf(seed.priorities().stream().map(p -> p.title()).toList());
    assertThat(page.select("ul.rd-groups li").eachText())
        .containsExactlyElementsOf(seed.participants().stream().map(StakeholderGroup::name).toList());
    assertThat(page.select("header dd").eachText()).containsExactly("13 mars 2024", "RUS-dialogen", "Region Norrbotten");
  }

  @Test
  void englishLabelsAndLanguage() {
    Document page = Pages.parse(Pages.export(THREE, Pages.options().locale(Locale.ENGLISH).build()));
    assertThat(page.select("html").attr("lang")).isEqualTo("en");
    assertThat(page.select("a.rd-skip").text()).isEqualTo("Skip to content");
    assertThat(page.select("nav h2").text()).isEqualTo("Contents");
    // Data is never translated.
    assertThat(page.select("h2").eachText()).contains("Bolagsdagen");
  }

  @Test
  void anEnglishPageMarksEveryTextOfTheMeetingsAsSwedish() {
    Document page = Pages.parse(Pages.export(THREE, Pages.options().locale(Locale.ENGLISH).build()));
    for (String text : io.github.rusdialog.testkit.DialogueTexts.list(THREE)) {
      Element holder = page.getElementsContainingOwnText(text.lines().findFirst().orElseThrow()).stream()
          .filter(element -> !element.tagName().equals("title") && element.closest("svg") == null)
          .findFirst().orElseThrow(() -> new AssertionError("not on the page: " + text));
      assertThat(holder.closest("[lang]").attr("lang")).as("the language of %s", text).isEqualTo("sv");
    }
    assertThat(page.select("nav h2").first().closest("[lang]").attr("lang")).isEqualTo("en");
    // A Swedish page needs no marks; another data language is marked on a Swedish page too.
    assertThat(Pages.parse(Pages.export(THREE)).select("body [lang]")).isEmpty();
    Document meankieli = Pages.parse(Pages.export(THREE, Pages.options()
        .putSettings(HtmlExporter.DATA_LANGUAGE, "fit").build()));
    assertThat(meankieli.select("li[lang=fit]")).isNotEmpty();
    assertThatThrownBy(() -> Pages.export(THREE, Pages.options().putSettings(HtmlExporter.DATA_LANGUAGE, "svenska!")
        .build())).isInstanceOf(InvalidSettingException.class).hasMessageStartingWith(
        "Setting html.dataLanguage: 'svenska!' is not a language tag");
  }

  @Test
  void textThatLooksLikeMarkupStaysTextAndLineBreaksStay() {
    String title = "<script>alert(\"x\")</script> & &amp; <b>fet</b> ]]> --> \"'";
    Meeting meeting = Meeting.builder().from(SampleMeetings.seed()).title(title)
        .summary("Rad ett\nRad två &lt; <!-- kommentar -->").build();
    Document page = Pages.parse(Pages.export(SampleMeetings.dialogueOf(meeting)));
    assertThat(page.select("script, b")).isEmpty();
    assertThat(page.select("h1").text()).isEqualTo(title);
    assertThat(page.select("main > p").first().wholeText()).isEqualTo("Rad ett\nRad två &lt; <!-- kommentar -->");
    assertThat(page.title()).isEqualTo(title + " – RUS-dialogen");
  }

  @Test
  void aFragmentIsOneDivWithoutPageLandmarksHeadingsFromH2() {
    String html = Pages.export(THREE, Pages.options().putSettings(HtmlExporter.FORM, "fragment").build());
    assertThat(html).startsWith("<div class=\"rusdialog\" lang=\"sv-SE\">").endsWith("</div>\n");
    assertThat(html).doesNotContain("<html", "<head>", "<body", "<main", "<style", "<!DOCTYPE", "rd-skip");
    Document page = Pages.parse(html);
    assertThat(page.body().children()).hasSize(1);
    assertThat(page.select("h1")).isEmpty();
    assertThat(page.select("h2")).hasSize(1);
    assertThat(page.select("h2").text()).isEqualTo("RUS-dialogen");
    assertThat(HtmlExporter.stylesheet()).contains(".rusdialog");
    for (String rule : HtmlExporter.stylesheet().replaceAll("/\\*(?s:.*?)\\*/", "").split("}")) {
      String selectors = rule.contains("{") ? rule.substring(0, rule.indexOf('{')).strip() : "";
      if (!selectors.isEmpty() && !selectors.startsWith("@")) {
        for (String selector : selectors.split(",")) {
          assertThat(selector.strip()).as("every rule is scoped").startsWith(".rusdialog");
        }
      }
    }
  }

  /** Issue 36: two fragments on one host page share no id, and their links reach their own headings. */
  @Test
  void twoFragmentsOnOneHostPageShareNoId() {
    ExportOptions fragment = Pages.options().putSettings(HtmlExporter.FORM, "fragment").build();
    String full = Pages.export(THREE, fragment);
    String feedback = Pages.export(THREE, ExportOptions.builder().from(fragment)
        .putSettings(HtmlExporter.REPORT, "feedback").build());
    String other = Pages.export(SampleMeetings.dialogueOf(SampleMeetings.seed()), fragment);
    Document host = Pages.parse("<main>" + full + feedback + other + "</main>");
    List<String> ids = host.select("[id]").eachAttr("id");
    assertThat(ids).hasSizeGreaterThan(10).doesNotHaveDuplicates();
    for (Element link : host.select("a[href^=#]")) {
      assertThat(host.getElementById(link.attr("href").substring(1))).as(link.attr("href")).isNotNull();
    }
    assertThat(Pages.export(THREE, fragment)).as("the same fragment, the same ids").isEqualTo(full);
    String own = Pages.export(THREE, ExportOptions.builder().from(fragment).putSettings(HtmlExporter.ID_PREFIX,
        "rusdialog-2024-").build());
    assertThat(Pages.parse(own).select("[id]").eachAttr("id")).allMatch(id -> id.startsWith("rusdialog-2024-"));
    assertThatThrownBy(() -> Pages.export(THREE, ExportOptions.builder().from(fragment)
        .putSettings(HtmlExporter.ID_PREFIX, "2024 möte").build())).isInstanceOf(InvalidSettingException.class)
        .hasMessageContaining("is not an id prefix");
  }

  @Test
  void anEmptyDialogueHasItsTitleFactsAndNoContents() {
    Dialogue empty = Dialogue.builder().name("Tom dialog").organiser("Region Testbotten")
        .strategicAreas(StrategicAreaCatalogue.norrbotten().areas()).build();
    Document page = Pages.parse(Pages.export(empty));
    assertThat(page.select("h1").text()).isEqualTo("Tom dialog");
    assertThat(page.select("nav, table")).isEmpty();
    assertThat(page.select("main").text()).isEqualTo("0 möten");
  }

  @Test
  void refusesACharacterAPageCannotHoldBeforeWritingAnything() {
    Meeting meeting = Meeting.builder().from(SampleMeetings.seed()).areas(List.of()).addAreas(
        io.github.rusdialog.model.AreaInput.builder().area("skills")
            .addOpportunities(Opportunity.of("Pris 100 \u0080 per år")).build()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> new HtmlExporter().export(SampleMeetings.dialogueOf(meeting),
        Pages.options().build(), out))
        .isInstanceOf(ExportException.class)
        .hasMessageStartingWith("Meeting \"Bolagsdagen\" (bolagsdagen-2024-03-13), areas[skills].opportunities[0]:"
            + " the character U+0080 at index 9");
    assertThat(out.size()).isZero();
    Meeting nonCharacter = Meeting.builder().from(SampleMeetings.seed()).summary("Slut\uFDD0").build();
    assertThatThrownBy(() -> Pages.export(SampleMeetings.dialogueOf(nonCharacter)))
        .isInstanceOf(ExportException.class).hasMessageContaining("U+FDD0").hasMessageContaining("summary");
  }

  @Test
  void refusesAFormItDoesNotKnow() {
    ExportOptions options = Pages.options().putSettings(HtmlExporter.FORM, "pdf").build();
    assertThatThrownBy(() -> Pages.export(THREE, options)).isInstanceOf(InvalidSettingException.class)
        .hasMessage("Setting html.form: 'pdf' is not a value it takes; use page or fragment");
  }
}
