package io.github.rusdialog.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.math3.distribution.TDistribution;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads rounds of JMH JSON results, each round one fork of ours and one of the baseline run back
 * to back, and prints the ratio time(ours) / time(baseline) per round and its mean with a 99.9 %
 * confidence interval. On a shared machine the load drifts over minutes; JMH runs all forks of
 * one benchmark before the next, so a drift lands on one side and its error bound does not show
 * it. Pairing forks that ran a minute apart cancels the drift, and the spread of the per-round
 * ratios is the noise that is left.
 */
public final class PairedRatios {
  private PairedRatios() {}

  public static void main(String[] args) throws Exception {
    JsonMapper mapper = JsonMapper.builder().build();
    Map<String, List<Double>> ratios = new LinkedHashMap<>();
    for (String file : args) {
      Map<String, Double> times = new LinkedHashMap<>();
      for (JsonNode run : mapper.readTree(Files.readString(Path.of(file)))) {
        String benchmark = run.get("benchmark").asString();
        JsonNode primary = run.get("primaryMetric");
        double score = primary.get("score").asDouble();
        times.put(benchmark.substring(benchmark.lastIndexOf('.') + 1),
            primary.get("scoreUnit").asString().endsWith("/s") ? 1 / score : score);
      }
      for (Map.Entry<String, Double> ours : times.entrySet()) {
        if (!ours.getKey().endsWith("_ours")) {
          continue;
        }
        String prefix = ours.getKey().substring(0, ours.getKey().length() - "ours".length());
        for (Map.Entry<String, Double> base : times.entrySet()) {
          if (base.getKey().startsWith(prefix + "raw")) {
            ratios.computeIfAbsent(ours.getKey() + " vs " + base.getKey(), k -> new ArrayList<>())
                .add(ours.getValue() / base.getValue());
          }
        }
      }
    }
    System.out.println("| pair | rounds | ours / baseline, mean ± 99.9 % | median | range |");
    System.out.println("|---|---|---|---|---|");
    for (Map.Entry<String, List<Double>> pair : ratios.entrySet()) {
      List<Double> values = new ArrayList<>(pair.getValue());
      values.sort(null);
      int n = values.size();
      double mean = values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
      String bound = "(too few rounds)";
      if (n >= 3) {
        double variance = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (n - 1);
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.9995) * Math.sqrt(variance / n);
        bound = String.format(Locale.ROOT, "± %.2f", half);
      }
      double median = n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
      System.out.printf(Locale.ROOT, "| %s | %d | **%.2f** %s | %.2f | %.2f–%.2f |%n", pair.getKey(), n, mean, bound,
          median, values.get(0), values.get(n - 1));
    }
  }
}
