package io.github.rusdialog.html;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.Exporter;
import io.github.rusdialog.export.ExporterSetting;
import io.github.rusdialog.export.InvalidSettingException;
import io.github.rusdialog.internal.report.Choices;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.model.InvalidArgumentException;
import io.github.rusdialog.privacy.PersonalData;
import java.io.IOException;
import java.io.OutputStream;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Writes a dialogue as one self-contained, accessible HTML page for publishing on the web: UTF-8,
 * the stylesheet inside, no script, nothing loaded from elsewhere; meant to meet WCAG 2.1 AA
 * (checked in the tests with the Nu Html Checker and axe-core in Chromium).
 *
 * <p>The content and order are the PDF's: title and cover facts, a table of contents of in-page
 * links, the synthesis (tables with captions and column headers, the priority chart as an SVG
 * image whose description gives every value), then each meeting — intro, participants, ranked
 * priorities, and per strategic area its note, opportunities, challenges and insights. One meeting
 * is written as its summary alone. The page has a skip link, landmarks ({@code header}, {@code
 * nav}, {@code main}, {@code footer}), one {@code h1}, a print stylesheet, and reflows down to
 * 320 CSS pixels. Data text is escaped and kept as written, line breaks included.
 *
 * <p>Settings:
 * <ul>
 *   <li>{@code html.form} = {@code page} (default), or {@code fragment}: one {@code <div
 *       class="rusdialog">} without {@code html}, {@code head}, {@code body}, skip link or
 *       {@code main}, for a CMS page that has those. Its headings start at {@code h2}, under the
 *       host page's own {@code h1}. HTML allows no stylesheet inside a fragment: put {@link
 *       #stylesheet()} in the host page's CSS (every rule is scoped under {@code .rusdialog}).
 *   <li>{@code html.dataLanguage} = {@code sv} (default): the language (a BCP 47 tag) the
 *       meetings' texts are written in. Where the labels are in another language ({@code --locale
 *       en}), every data text is marked with it, so that a screen reader reads Swedish as Swedish
 *       (WCAG 3.1.2).
 * </ul>
 *
 * <p>A character HTML cannot carry (C1 controls, Unicode non-characters) fails the export with an
 * {@link io.github.rusdialog.export.ExportException} naming it, the meeting and the field, before
 * anything is written.
 *
 * <p>Exporter id {@code html}. Stateless and thread-safe.
 *
 * @since 0.2.0
 */
public final class HtmlExporter implements Exporter {
  /** The setting that picks a whole page ({@code page}) or an embeddable {@code fragment}. */
  public static final String FORM = "html.form";
  /** The setting that names the language the meetings' texts are written in, {@code sv} by default. */
  public static final String DATA_LANGUAGE = "html.dataLanguage";
  /**
   * The setting that picks the page: {@code full} (the default: the meetings as their summaries
   * read, with a synthesis for several) or {@code feedback} (each meeting's feedback to its
   * participants — the count of answers, every input in their words with the region's response,
   * and what is still open; for one meeting, the page is that meeting's feedback).
   *
   * @since 0.2.0
   */
  public static final String REPORT = "html.report";

  /**
   * The setting that gives every id of the page a prefix: {@code auto} (the default) is {@code rd-}
   * for a page and, for a fragment, {@code rd-} with six hexadecimal digits made from what it shows
   * ({@code rd-3f2a9c-}), so that two fragments on one host page share no id; any other value (a
   * letter, then letters, digits, "-" and "_") is the prefix itself, for anchors that stay the same
   * when the meetings change.
   *
   * @since 0.2.0
   */
  public static final String ID_PREFIX = "html.idPrefix";

  /** Creates the exporter; ServiceLoader calls this. */
  public HtmlExporter() {}

  /**
   * {@return the stylesheet the page carries, every rule scoped under {@code .rusdialog}: for the host
   * page of a fragment}
   */
  public static String stylesheet() {
    return Stylesheet.css();
  }

  @Override
  public String id() {
    return "html";
  }

  @Override
  public String fileExtension() {
    return "html";
  }

  @Override
  public String mediaType() {
    return "text/html; charset=UTF-8";
  }

  @Override
  public String description() {
    return "one self-contained, accessible web page (WCAG 2.1 AA), or a fragment for a CMS page";
  }

  /** {@return true: the report is made to be published, so personal data in it is refused unless allowed} */
  @Override
  public boolean publishes() {
    return true;
  }

  @Override
  public List<ExporterSetting> settings() {
    return List.of(FORM_SETTING, ExporterSetting.of(DATA_LANGUAGE, "sv", "the language the meetings' texts are written"
        + " in (BCP 47), marked on them when the labels are in another"), REPORT_SETTING,
        ExporterSetting.of(ID_PREFIX, "auto", "the prefix of every id: auto (rd- for a page, rd-<6 hex digits>- for a"
            + " fragment, made from what it shows) or a prefix of your own, e.g. rusdialog-2024-"));
  }

  private static final ExporterSetting FORM_SETTING = ExporterSetting.of(FORM, "page", "page, or fragment: a <div>"
      + " for a CMS page, headings from h2, styled by HtmlExporter.stylesheet()").withAllowedValues("page", "fragment");
  private static final ExporterSetting REPORT_SETTING = ExporterSetting.of(REPORT, "full",
      "the page: full, or feedback (each meeting's feedback to its participants)").withAllowedValues("full", "feedback");

  @Override
  public void export(Dialogue dialogue, ExportOptions options, OutputStream out) throws IOException {
    InvalidArgumentException.requireNonNull(dialogue, "dialogue");
    InvalidArgumentException.requireNonNull(options, "options");
    InvalidArgumentException.requireNonNull(out, "out");
    ExporterSetting.requireKnown(this, options);
    PersonalData.requirePublishable(dialogue, options);
    boolean fragment = fragment(options);
    Locale data = dataLanguage(options);
    String marked = data.getLanguage().equals(options.labels().locale().getLanguage()) ? null : data.toLanguageTag();
    // The model holds no lone surrogates, so the encoder never meets text it would replace.
    Markup markup = new Markup(out, marked);
    boolean feedback = feedback(options);
    new PageWriter(dialogue, options, markup, fragment, feedback, Ids.of(dialogue, fragment, feedback, idPrefix(options)))
        .write();
    markup.flush();
  }

  private static Locale dataLanguage(ExportOptions options) {
    String tag = options.setting(DATA_LANGUAGE).orElse("sv").strip();
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      if (!locale.getLanguage().isEmpty()) {
        return locale;
      }
    } catch (IllformedLocaleException e) {
      // reported below with the setting's name
    }
    throw new InvalidSettingException("Setting " + DATA_LANGUAGE + ": '" + tag
        + "' is not a language tag; use one such as sv, en, fi, se (Northern Sami) or fit (Meänkieli)");
  }

  private static Optional<String> idPrefix(ExportOptions options) {
    String prefix = options.setting(ID_PREFIX).orElse("auto").strip();
    if (prefix.equals("auto")) {
      return Optional.empty();
    }
    if (!Ids.PREFIX.matcher(prefix).matches()) {
      throw new InvalidSettingException("Setting " + ID_PREFIX + ": '" + prefix + "' is not an id prefix; start with"
          + " a letter, then letters, digits, \"-\" and \"_\", e.g. rusdialog-2024-");
    }
    return Optional.of(prefix);
  }

  private static boolean feedback(ExportOptions options) {
    return Choices.of(options, REPORT_SETTING).equals("feedback");
  }

  private static boolean fragment(ExportOptions options) {
    return Choices.of(options, FORM_SETTING).equals("fragment");
  }
}
