package io.github.rusdialog.html;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.testkit.DialogueGenerator;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ten thousand meetings in a JVM of 256 MB (the failsafe plugin runs this with {@code -Xmx256m}):
 * the page is written as a stream, so memory holds the dialogue, not the page — the full page and
 * the feedback to every meeting's participants alike.
 */
class LargeDialogueIT {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"full", "feedback"})
  void writesTenThousandMeetingsIn256Megabytes(String report) throws Exception {
    assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx256m").isLessThanOrEqualTo(256L * 1024 * 1024);
    Dialogue dialogue = DialogueGenerator.withSeed(10_000).meetings(10_000).itemsPerMeeting(6).generate();
    CountingTail out = new CountingTail();
    new HtmlExporter().export(dialogue, Pages.options().putSettings(HtmlExporter.REPORT, report).build(), out);
    assertThat(out.count).as("bytes written").isGreaterThan(10_000L * 1_000);
    assertThat(out.tail()).endsWith("</body>\n</html>\n");
    assertThat(out.meetingSections).isEqualTo(10_000);
  }

  /** Counts what it is given, keeps the last bytes and counts the meetings' sections. */
  private static final class CountingTail extends OutputStream {
    private static final byte[] SECTION = "<section class=\"rd-meeting\"".getBytes(StandardCharsets.UTF_8);
    private final byte[] tail = new byte[64];
    private long count;
    private int matched;
    private int meetingSections;

    @Override
    public void write(int b) {
      tail[(int) (count % tail.length)] = (byte) b;
      count++;
      matched = b == SECTION[matched] ? matched + 1 : (b == SECTION[0] ? 1 : 0);
      if (matched == SECTION.length) {
        meetingSections++;
        matched = 0;
      }
    }

    @Override
    public void write(byte[] b, int off, int len) {
      for (int i = 0; i < len; i++) {
        write(b[off + i]);
      }
    }

    String tail() {
      int size = (int) Math.min(count, tail.length);
      byte[] last = new byte[size];
      for (int i = 0; i < size; i++) {
        last[i] = tail[(int) ((count - size + i) % tail.length)];
      }
      return new String(last, StandardCharsets.UTF_8);
    }
  }
}
