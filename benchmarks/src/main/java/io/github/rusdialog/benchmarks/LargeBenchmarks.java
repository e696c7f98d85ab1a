package io.github.rusdialog.benchmarks;

import io.github.rusdialog.docx.write.DocxExporter;
import io.github.rusdialog.excel.ExcelExporter;
import io.github.rusdialog.html.HtmlExporter;
import io.github.rusdialog.json.JsonExporter;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.pdf.PdfExporter;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Single-shot time of writing national-size dialogues: 5,000 and 10,000 meetings of 50 items
 * (250,000 and 500,000 items) for xlsx, json and html, 1,000 and 2,000 meetings for pdf. Run with
 * {@code -Xmx256m}; two sizes show whether time grows linearly.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LargeBenchmarks {

  /** The spreadsheet and JSON workload. */
  @State(Scope.Benchmark)
  public static class Data {
    @Param({"5000", "10000"})
    public int meetings;

    public Dialogue dialogue;

    @Setup(Level.Trial)
    public void generate() {
      dialogue = Workloads.generated(meetings);
    }
  }

  /** The Word workload: under the Word report's size limit, which XWPF's whole document in memory sets. */
  @State(Scope.Benchmark)
  public static class DocxData {
    @Param({"200", "350"})
    public int docxMeetings;

    public Dialogue dialogue;

    @Setup(Level.Trial)
    public void generate() {
      dialogue = Workloads.generated(docxMeetings);
    }
  }

  /** The PDF workload: fewer meetings, as every meeting is at least one page. */
  @State(Scope.Benchmark)
  public static class PdfData {
    @Param({"1000", "2000"})
    public int pdfMeetings;

    public Dialogue dialogue;

    @Setup(Level.Trial)
    public void generate() {
      dialogue = Workloads.generated(pdfMeetings);
    }
  }

  @Benchmark
  public long xlsx_ours(Data data) throws IOException {
    CountingOutputStream out = new CountingOutputStream();
    new ExcelExporter().export(data.dialogue, Workloads.OPTIONS, out);
    return out.count();
  }

  @Benchmark
  public long xlsx_rawPoi(Data data) throws IOException {
    CountingOutputStream out = new CountingOutputStream();
    RawPoi.write(data.dialogue, out);
    return out.count();
  }

  @Benchmark
  public long json_ours(Data data) throws IOException {
    CountingOutputStream out = new CountingOutputStream();
    new JsonExporter().export(data.dialogue, Workloads.OPTIONS, out);
    return out.count();
  }

  @Benchmark
  public long json_rawStreaming(Data data) {
    CountingOutputStream out = new CountingOutputStream();
    RawJackson.streaming(data.dialogue, out);
    return out.count();
  }

  @Benchmark
  public long pdf_ours(PdfData data) throws IOException {
    CountingOutputStream out = new CountingOutputStream();
    new PdfExporter().export(data.dialogue, Workloads.OPTIONS, out);
    return out.count();
  }

  @Benchmark
  public long pdf_rawOpenPdf(PdfData data) throws IOException {
    CountingOutputStream out = new CountingOutputStream();
    RawOpenPdf.write(data.dialogue, out);
    return out.count();
  }

  @Benchmark
  public long html_ours(Data data) throws IOException {
    CountingOutputStream out = new CountingOutputStream();
    new HtmlExporter().export(data.dialogue, Workloads.OPTIONS, out);
    return out.count();
  }

  @Benchmark
  public long html_rawWriter(Data data) {
    CountingOutputStream out = new CountingOutputStream();
    RawHtml.write(data.dialogue, out);
    return out.count();
  }

  @Benchmark
  public long docx_ours(DocxData data) throws IOException {
    CountingOutputStream out = new CountingOutputStream();
    new DocxExporter().export(data.dialogue, Workloads.OPTIONS, out);
    return out.count();
  }

  @Benchmark
  public long docx_rawXwpf(DocxData data) {
    CountingOutputStream out = new CountingOutputStream();
    RawXwpf.write(data.dialogue, out);
    return out.count();
  }
}
