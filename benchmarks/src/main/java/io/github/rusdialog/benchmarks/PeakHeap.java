package io.github.rusdialog.benchmarks;

import io.github.rusdialog.excel.ExcelExporter;
import io.github.rusdialog.html.HtmlExporter;
import io.github.rusdialog.export.Exporter;
import io.github.rusdialog.json.JsonExporter;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.pdf.PdfExporter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;

/**
 * Writes one large dialogue once and prints the peak heap the JVM's memory pools saw, before and
 * during the export. Run it in a fresh JVM per case with {@code -Xmx256m}:
 * {@code java -Xmx256m -cp benchmarks.jar io.github.rusdialog.benchmarks.PeakHeap xlsx 10000}.
 */
public final class PeakHeap {
  private PeakHeap() {}

  public static void main(String[] args) throws Exception {
    String format = args[0];
    int meetings = Integer.parseInt(args[1]);
    Dialogue dialogue = Workloads.generated(meetings);
    long modelPeak = peak();
    reset();
    Exporter exporter = switch (format) {
      case "xlsx" -> new ExcelExporter();
      case "pdf" -> new PdfExporter();
      case "json" -> new JsonExporter();
      case "html" -> new HtmlExporter();
      default -> throw new IllegalArgumentException("format: xlsx, pdf, json or html");
    };
    long start = System.nanoTime();
    CountingOutputStream out = new CountingOutputStream();
    exporter.export(dialogue, Workloads.OPTIONS, out);
    long millis = (System.nanoTime() - start) / 1_000_000;
    int items = dialogue.meetings().stream().mapToInt(m -> m.areas().stream().mapToInt(a -> a.itemCount()).sum()).sum();
    System.out.printf(Locale.ROOT, "%s meetings=%d items=%d bytes=%d time=%dms heapPeakAfterModel=%dMiB"
            + " heapPeakDuringExport=%dMiB maxHeap=%dMiB%n", format, meetings, items, out.count(), millis,
        modelPeak >> 20, peak() >> 20, Runtime.getRuntime().maxMemory() >> 20);
  }

  private static long peak() {
    long total = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        total += pool.getPeakUsage().getUsed();
      }
    }
    return total;
  }

  private static void reset() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }
}
