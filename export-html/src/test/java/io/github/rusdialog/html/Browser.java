package io.github.rusdialog.html;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium from the machine's packages (Debian's {@code chromium} and
 * {@code chromium-driver}), driven by Selenium; nothing is downloaded. Without them a local build
 * skips the browser tests, each reported as skipped with the reason; on CI ({@code CI=true}) their absence fails the build, so
 * the checks never pass by being skipped. {@code CHROME_BIN} and {@code CHROMEDRIVER} name other
 * places.
 */
final class Browser implements AutoCloseable {
  private final ChromeDriver driver;

  private Browser(ChromeDriver driver) {
    this.driver = driver;
  }

  /** {@return the browser, or null when there is none and this is no CI run: then {@link #missing()} says why} */
  static Browser start() {
    Path chromium = Path.of(System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium"));
    Path chromedriver = Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"));
    if (!Files.isExecutable(chromium) || !Files.isExecutable(chromedriver)) {
      String missing = "No browser for the accessibility checks: " + chromium + " and " + chromedriver
          + " are needed (apt-get install chromium chromium-driver)";
      if ("true".equals(System.getenv("CI"))) {
        throw new IllegalStateException(missing + "; CI must run these checks");
      }
      return null;
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.toFile());
    // As the machine notes advise: no background traffic (the network is closed) and a fresh profile.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-extensions", "--hide-scrollbars", "--window-size=1280,1000");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(chromedriver.toString())).build();
    return new Browser(new ChromeDriver(service, options));
  }

  /** {@return why the browser tests are skipped on this machine} */
  static String missing() {
    return "skipped: no browser for the accessibility checks (apt-get install chromium chromium-driver;"
        + " CHROME_BIN and CHROMEDRIVER name other places)";
  }

  ChromeDriver driver() {
    return driver;
  }

  /** Opens a page from a file. */
  void open(Path page) {
    driver.get(page.toUri().toString());
  }

  /** Makes the viewport this many CSS pixels wide, as a phone or a 400 % zoom of 1280 px does. */
  void width(int width, int height) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
  }

  Object script(String script) {
    return driver.executeScript(script);
  }

  /** A PNG of what the viewport shows. */
  byte[] screenshot() {
    Map<String, Object> result = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png"));
    return java.util.Base64.getDecoder().decode((String) result.get("data"));
  }

  @Override
  public void close() {
    driver.quit();
  }
}
