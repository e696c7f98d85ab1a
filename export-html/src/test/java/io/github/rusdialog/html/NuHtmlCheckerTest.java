package io.github.rusdialog.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page and fragment passes the W3C's Nu Html Checker (the validator behind
 * validator.w3.org/nu), run offline in this JVM: no error, and no warning either.
 */
class NuHtmlCheckerTest {
  private static EmbeddedValidator validator;

  @TempDir
  static Path dir;

  @BeforeAll
  static void startValidator() {
    validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
  }

  static List<Arguments> pages() {
    return Fixtures.pages();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("pages")
  void hasNoErrorOrWarning(String name, String html) throws Exception {
    assertThat(check(name, html)).as(name).isEmpty();
  }

  /** The checker itself is alive: a page with known errors is reported. */
  @Test
  void reportsAnInvalidPage() throws Exception {
    String messages = check("invalid", "<!DOCTYPE html><html lang=sv><head><meta charset=utf-8><title>x</title>"
        + "</head><body><div><style>p{}</style><img src=a.png></div></body></html>");
    assertThat(messages).contains("error: Element “style” not allowed", "error: An “img” element must have an “alt”");
  }

  private static String check(String name, String html) throws Exception {
    Path file = dir.resolve(Pages.fileName(name));
    Files.writeString(file, html, StandardCharsets.UTF_8);
    // Called reflectively: validate(Path) declares SAXException, and java.xml is not on this
    // module's graph when the tests are compiled into it.
    return ((String) EmbeddedValidator.class.getMethod("validate", Path.class).invoke(validator, file)).strip();
  }
}
