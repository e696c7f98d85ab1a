package io.github.rusdialog.benchmarks;

import io.github.rusdialog.excel.ExcelExporter;
import io.github.rusdialog.json.JsonExporter;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.pdf.PdfExporter;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The first export of the seed in a fresh JVM, as an application's first call sees it: class
 * loading, static initialisation (labels, fonts, POI's and Jackson's set-up) and cold code, next to
 * the baselines' first call. One shot per fork, many forks (set on the command line). The exporter
 * objects are created inside the measured call, as an application creating them on demand would;
 * the dialogue is made before, in every fork alike.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class FirstCallBenchmarks {
  private Dialogue seed;

  @Setup
  public void makeTheDialogue() {
    seed = SampleMeetings.seedDialogue();
  }

  @Benchmark
  public long xlsx_ours() throws IOException {
    CountingOutputStream out = new CountingOutputStream();
    new ExcelExporter().export(seed, Workloads.OPTIONS, out);
    return out.count();
  }

  @Benchmark
  public long xlsx_rawPoi() throws IOException {
    CountingOutputStream out = new CountingOutputStream();
    RawPoi.write(seed, out);
    return out.count();
  }

  @Benchmark
  public long pdf_ours() throws IOException {
    CountingOutputStream out = new CountingOutputStream();
    new PdfExporter().export(seed, Workloads.OPTIONS, out);
    return out.count();
  }

  @Benchmark
  public long pdf_rawOpenPdf() throws IOException {
    CountingOutputStream out = new CountingOutputStream();
    RawOpenPdf.write(seed, out);
    return out.count();
  }

  @Benchmark
  public long json_ours() throws IOException {
    CountingOutputStream out = new CountingOutputStream();
    new JsonExporter().export(seed, Workloads.OPTIONS, out);
    return out.count();
  }

  @Benchmark
  public long json_rawStreaming() {
    CountingOutputStream out = new CountingOutputStream();
    RawJackson.streaming(seed, out);
    return out.count();
  }
}
