package io.github.rusdialog.benchmarks;

import io.github.rusdialog.text.SummaryReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The summary reader's speed in bytes per second, beside the least any reader must do with the
 * same bytes: decode them as UTF-8 and split them into lines. A summary of {@code items} items
 * under one strategic area; MB/s is the score times the size printed at setup.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ReadingBenchmarks {
  /** Items in the summary: a typical meeting, and a summary of about a megabyte. */
  @Param({"40", "10000"})
  public int items;

  private byte[] summary;

  /** Writes the summary: the seed's head, then {@link #items} bullets of an ordinary length. */
  @Setup
  public void write() {
    StringBuilder text = new StringBuilder("Bolagsdagen 13/3 2024\n\nI just det här mötet deltog företrädare för:\n\n"
        + "- Kommunen\n- Näringsliv\n- Unga (6)\n\nMest prioriterade områden enligt deltagarna\n\n"
        + "1) **Boende och Infrastruktur:** En tydlig satsning på bostäder och vägar.\n\n"
        + "God tillgänglighet genom digital kommunikation och transportsystem\n\nMöjligheter:\n\n");
    for (int i = 0; i < items; i++) {
      text.append("- Förslag ").append(i).append(": bättre bussförbindelser längs älvdalen och fiber till varje by.\n");
    }
    summary = text.toString().getBytes(StandardCharsets.UTF_8);
    System.out.printf("%n# %d items: %,d bytes%n", items, summary.length);
  }

  @Benchmark
  public int summary_ours() throws IOException {
    return SummaryReader.create().read(new ByteArrayInputStream(summary), "möte.txt").meeting().areas().get(0)
        .opportunities().size();
  }

  @Benchmark
  public long summary_rawDecodeAndSplit() {
    return new String(summary, StandardCharsets.UTF_8).lines().count();
  }
}
