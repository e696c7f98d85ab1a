package io.github.rusdialog.benchmarks;

import io.github.rusdialog.docx.write.DocxExporter;
import io.github.rusdialog.excel.ExcelExporter;
import io.github.rusdialog.html.HtmlExporter;
import io.github.rusdialog.json.JsonExporter;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.pdf.PdfExporter;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Throughput of writing the seed meeting: each exporter next to its hand-written baseline, in one
 * run. Names pair up as {@code <format>_ours} and {@code <format>_raw…}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SmallBenchmarks {
  private final Dialogue seed = SampleMeetings.seedDialogue();
  private final ExcelExporter excel = new ExcelExporter();
  private final PdfExporter pdf = new PdfExporter();
  private final JsonExporter json = new JsonExporter();
  private final HtmlExporter html = new HtmlExporter();
  private final DocxExporter docx = new DocxExporter();

  @Benchmark
  public long xlsx_ours() throws IOException {
    CountingOutputStream out = new CountingOutputStream();
    excel.export(seed, Workloads.OPTIONS, out);
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
    pdf.export(seed, Workloads.OPTIONS, out);
    return out.count();
  }

  @Benchmark
  public long pdf_rawOpenPdf() throws IOException {
    CountingOutputStream out = new CountingOutputStream();
    RawOpenPdf.write(seed, out);
    return out.count();
  }

  @Benchmark
  public long pdf_rawOpenPdfSharedFonts() throws IOException {
    CountingOutputStream out = new CountingOutputStream();
    RawOpenPdf.writeWithSharedFonts(seed, out);
    return out.count();
  }

  @Benchmark
  public long json_ours() throws IOException {
    CountingOutputStream out = new CountingOutputStream();
    json.export(seed, Workloads.OPTIONS, out);
    return out.count();
  }

  @Benchmark
  public long json_rawDatabind() {
    CountingOutputStream out = new CountingOutputStream();
    RawJackson.databind(seed, out);
    return out.count();
  }

  @Benchmark
  public long json_rawStreaming() {
    CountingOutputStream out = new CountingOutputStream();
    RawJackson.streaming(seed, out);
    return out.count();
  }

  @Benchmark
  public long html_ours() throws IOException {
    CountingOutputStream out = new CountingOutputStream();
    html.export(seed, Workloads.OPTIONS, out);
    return out.count();
  }

  @Benchmark
  public long html_rawWriter() {
    CountingOutputStream out = new CountingOutputStream();
    RawHtml.write(seed, out);
    return out.count();
  }

  @Benchmark
  public long docx_ours() throws IOException {
    CountingOutputStream out = new CountingOutputStream();
    docx.export(seed, Workloads.OPTIONS, out);
    return out.count();
  }

  @Benchmark
  public long docx_rawXwpf() {
    CountingOutputStream out = new CountingOutputStream();
    RawXwpf.write(seed, out);
    return out.count();
  }
}
