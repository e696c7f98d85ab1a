package io.github.rusdialog.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.rusdialog.export.ExportOptions;
import io.github.rusdialog.export.Exporter;
import io.github.rusdialog.export.ExporterRegistry;
import io.github.rusdialog.model.Dialogue;
import io.github.rusdialog.testkit.SampleMeetings;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One exporter instance shared by 8 threads, 200 exports each: every export gives the same bytes. */
class ConcurrentExportTest {
  private static final int THREADS = 8;
  private static final int EXPORTS_PER_THREAD = 200;

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"json", "xlsx", "pdf"})
  void sharedExporterGivesTheSingleThreadedBytes(String format) throws Exception {
    Exporter exporter = ExporterRegistry.load().get(format);
    Dialogue dialogue = SampleMeetings.dialogueOf(SampleMeetings.seed(), SampleMeetings.unicodeHeavy());
    ExportOptions options = ExportOptions.builder().generatedAt(Instant.parse("2024-06-01T12:00:00Z")).build();
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    exporter.export(dialogue, options, expected);
    byte[] reference = expected.toByteArray();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        Callable<Integer> worker = () -> {
          int same = 0;
          for (int i = 0; i < EXPORTS_PER_THREAD; i++) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(reference.length);
            exporter.export(dialogue, options, out);
            if (java.util.Arrays.equals(out.toByteArray(), reference)) {
              same++;
            }
          }
          return same;
        };
        results.add(pool.submit(worker));
      }
      for (Future<Integer> result : results) {
        assertThat(result.get()).as("exports identical to the single-threaded one").isEqualTo(EXPORTS_PER_THREAD);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
