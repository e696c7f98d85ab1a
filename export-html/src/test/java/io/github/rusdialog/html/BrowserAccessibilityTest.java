package io.github.rusdialog.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import io.github.rusdialog.testkit.SampleMeetings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Every page and fragment in a real Chromium: axe-core finds no violation of the WCAG 2.0 and 2.1
 * A and AA rules, the page does not scroll sideways at 320 CSS pixels (WCAG 1.4.10), also with
 * the text spacing of WCAG 1.4.12 applied, and clips no text; the skip link comes first and shows
 * when focused.
 */
class BrowserAccessibilityTest {
  private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
  /** WCAG 1.4.12's spacing, as the W3C's text-spacing bookmarklet sets it. */
  private static final String TEXT_SPACING = "const s = document.createElement('style');"
      + "s.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important;"
      + " word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';"
      + "document.head.appendChild(s);";
  /** The page's width beyond the viewport, in CSS pixels: above 0 means it scrolls sideways. */
  private static final String OVERFLOW = "return document.documentElement.scrollWidth"
      + " - document.documentElement.clientWidth;";
  /** Elements that hide part of their text: overflow not visible and content taller or wider than the box. */
  private static final String CLIPPED = "return Array.from(document.querySelectorAll('.rusdialog *'))"
      + ".filter(e => !e.classList.contains('rd-sr') && !e.classList.contains('rd-table'))"
      + ".filter(e => { const c = getComputedStyle(e); return (c.overflowX !== 'visible' || c.overflowY !== 'visible')"
      + " && (e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1); })"
      + ".map(e => e.tagName + '.' + e.className).join(', ');";

  private static Browser browser;

  @TempDir
  static Path dir;

  @BeforeAll
  static void startBrowser() {
    browser = Browser.start();
  }

  @AfterAll
  static void stopBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @BeforeEach
  void wideViewport() {
    // Per test rather than in @BeforeAll, so that a build without a browser counts them as skipped.
    Assumptions.assumeTrue(browser != null, Browser.missing());
    browser.width(1280, 1000);
  }

  static List<Arguments> pages() {
    return Fixtures.pages();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void hasNoWcag21AaViolationAndReflowsAt320Pixels(String name, String html) throws Exception {
    open(name, html);
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
    assertThat(results.getViolations()).as("axe-core violations on %s:%n%s", name, describe(results.getViolations()))
        .isEmpty();
    assertThat(results.getPasses()).as("axe-core ran its rules").isNotEmpty();

    browser.width(320, 640);
    assertThat(((Number) browser.script(OVERFLOW)).intValue()).as("sideways scrolling at 320 px").isLessThanOrEqualTo(0);
    assertThat(browser.script(CLIPPED)).as("clipped text at 320 px").isEqualTo("");
    browser.script(TEXT_SPACING);
    assertThat(((Number) browser.script(OVERFLOW)).intValue()).as("sideways scrolling with text spacing")
        .isLessThanOrEqualTo(0);
    assertThat(browser.script(CLIPPED)).as("clipped text with text spacing").isEqualTo("");
  }

  /** The checks themselves are alive: a page with known faults fails each of them. */
  @Test
  void findsTheFaultsOfABadPage() throws Exception {
    open("bad", "<!DOCTYPE html><html><head><title>x</title></head><body><p style=\"color:#bbb\">grå</p>"
        + "<img src=\"a.png\"><div style=\"width:600px\">bred</div>"
        + "<p style=\"height:1em;overflow:hidden\">rad ett<br>rad två<br>rad tre</p></body></html>");
    Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
    assertThat(results.getViolations()).extracting(Rule::getId)
        .contains("html-has-lang", "image-alt", "color-contrast");
    browser.width(320, 640);
    assertThat(((Number) browser.script(OVERFLOW)).intValue()).isPositive();
    assertThat((String) browser.script(CLIPPED.replace(".rusdialog *", "body *"))).contains("P");
  }

  @Test
  void theSkipLinkComesFirstAndShowsWhenFocused() throws Exception {
    open("skip", Pages.export(SampleMeetings.threeMeetings()));
    browser.driver().findElement(org.openqa.selenium.By.tagName("body")).sendKeys(Keys.TAB);
    WebElement focused = browser.driver().switchTo().activeElement();
    assertThat(focused.getAttribute("class")).isEqualTo("rd-skip");
    assertThat(focused.getRect().getY()).as("visible when focused").isGreaterThanOrEqualTo(0);
    assertThat(focused.getCssValue("outline-style")).isEqualTo("solid");
    focused.sendKeys(Keys.ENTER);
    assertThat(browser.driver().switchTo().activeElement().getAttribute("id")).isEqualTo("rd-main");
  }

  @Test
  void takesTheReadmeScreenshots() throws Exception {
    // The README's pictures of the page, from the same browser, in target/screenshots: the top
    // at 1280 and 320 px, and the synthesis's first table at 320 px, scrolling in its own region.
    open("screenshots", Pages.export(SampleMeetings.threeMeetings()));
    Path shots = Path.of("target", "screenshots");
    Files.createDirectories(shots);
    browser.width(1280, 900);
    write(shots.resolve("page-1280.png"));
    browser.width(320, 640);
    write(shots.resolve("page-320.png"));
    browser.script("document.querySelector('.rd-table').scrollIntoView();");
    write(shots.resolve("page-320-table.png"));
  }

  private static void write(Path file) throws Exception {
    byte[] png = browser.screenshot();
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    Files.write(file, png);
  }

  private static void open(String name, String html) throws Exception {
    Path file = dir.resolve(Pages.fileName(name));
    Files.writeString(file, html, StandardCharsets.UTF_8);
    browser.open(file);
  }

  private static String describe(List<Rule> violations) {
    return violations.stream().map(rule -> rule.getId() + ": " + rule.getHelp() + " at "
        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("\n"));
  }
}
