package io.github.rusdialog.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads JMH JSON results and prints, as a Markdown table, the cost of each exporter relative to
 * its baseline from the same run: time ours / time baseline (above 1 = slower than hand-written
 * code), with an error bound from both measurements' errors, and the allocation per operation.
 */
public final class Ratios {
  private Ratios() {}

  /** One measured benchmark. */
  private record Result(String name, String params, double score, double error, String unit, double alloc) {
    /** Time per operation in the unit of the score: throughput is inverted. */
    double time() {
      return unit.endsWith("/s") ? 1 / score : score;
    }

    double relativeError() {
      return Double.isNaN(error) ? 0 : error / score;
    }
  }

  public static void main(String[] args) throws Exception {
    JsonMapper mapper = JsonMapper.builder().build();
    Map<String, Result> results = new LinkedHashMap<>();
    for (String file : args) {
      for (JsonNode run : mapper.readTree(Files.readString(Path.of(file)))) {
        String benchmark = run.get("benchmark").asString();
        String name = benchmark.substring(benchmark.lastIndexOf('.', benchmark.lastIndexOf('.') - 1) + 1);
        StringBuilder params = new StringBuilder();
        if (run.has("params")) {
          run.get("params").properties().forEach(e -> params.append(e.getValue().asString()));
        }
        JsonNode primary = run.get("primaryMetric");
        double alloc = Double.NaN;
        JsonNode secondary = run.get("secondaryMetrics");
        if (secondary != null && secondary.has("gc.alloc.rate.norm")) {
          alloc = secondary.get("gc.alloc.rate.norm").get("score").asDouble();
        }
        double error = primary.get("scoreError").isNumber() ? primary.get("scoreError").asDouble() : Double.NaN;
        results.put(name + "|" + params, new Result(name, params.toString(), primary.get("score").asDouble(),
            error, primary.get("scoreUnit").asString(), alloc));
      }
    }
    System.out.println("| benchmark | size | ours | baseline | ours / baseline | alloc/op ours | alloc/op baseline |");
    System.out.println("|---|---|---|---|---|---|---|");
    List<String> keys = new ArrayList<>(results.keySet());
    for (String key : keys) {
      Result ours = results.get(key);
      if (!ours.name().endsWith("_ours")) {
        continue;
      }
      String prefix = ours.name().substring(0, ours.name().length() - "ours".length());
      for (Result base : results.values()) {
        if (!base.name().startsWith(prefix + "raw") || !base.params().equals(ours.params())) {
          continue;
        }
        double ratio = ours.time() / base.time();
        double bound = ratio * Math.sqrt(Math.pow(ours.relativeError(), 2) + Math.pow(base.relativeError(), 2));
        // JMH gives no error for fewer than three measurements; say so instead of printing ± 0.
        String error = Double.isNaN(ours.error()) || Double.isNaN(base.error())
            ? "(no error bound: too few shots)" : String.format(Locale.ROOT, "± %.2f", bound);
        System.out.printf(Locale.ROOT, "| %s vs %s | %s | %s | %s | **%.2f** %s | %s | %s |%n",
            ours.name(), base.name().substring(base.name().lastIndexOf('.') + 1),
            ours.params().isEmpty() ? "seed" : ours.params() + " meetings",
            figure(ours), figure(base), ratio, error, bytes(ours.alloc()), bytes(base.alloc()));
      }
    }
  }

  private static String figure(Result result) {
    return Double.isNaN(result.error())
        ? String.format(Locale.ROOT, "%.1f %s", result.score(), result.unit())
        : String.format(Locale.ROOT, "%.1f ± %.1f %s", result.score(), result.error(), result.unit());
  }

  private static String bytes(double value) {
    return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.0f KiB", value / 1024);
  }
}
