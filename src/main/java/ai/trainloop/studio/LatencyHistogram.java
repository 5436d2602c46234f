package ai.trainloop.studio;

import ai.trainloop.results.ResultRow;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-model latency histograms over shared bins, for the run page's "latency distribution" chart.
 * The bins span 0 to the 99th percentile of all successful calls (rounded up to a readable width);
 * slower calls fall into the last bin.
 */
final class LatencyHistogram {
  static final int BINS = 20;
  private static final long[] STEPS = {1, 2, 5};

  private LatencyHistogram() {}

  /** {@code {bin_ms, edges_ms: [0, w, 2w…], models: [{id, counts: [...], calls}]}}. */
  static ObjectNode of(RunIndex index) {
    List<long[]> perModel = new ArrayList<>();
    List<Long> all = new ArrayList<>();
    for (int m = 0; m < index.models().size(); m++) {
      List<Long> values = new ArrayList<>();
      for (RunIndex.Sample sample : index.samples()) {
        ResultRow row = sample.results().get(m);
        if (row != null && row.ok() && row.latencyMs() != null) {
          values.add(row.latencyMs());
        }
      }
      all.addAll(values);
      perModel.add(values.stream().mapToLong(Long::longValue).toArray());
    }
    long width = binWidth(all);
    ObjectNode out = StudioJson.MAPPER.createObjectNode();
    out.put("bin_ms", width);
    ArrayNode edges = out.putArray("edges_ms");
    for (int i = 0; i <= BINS; i++) {
      edges.add(width * i);
    }
    ArrayNode models = out.putArray("models");
    for (int m = 0; m < perModel.size(); m++) {
      int[] counts = new int[BINS];
      for (long v : perModel.get(m)) {
        counts[(int) Math.min(BINS - 1, Math.max(0, v / width))]++;
      }
      ObjectNode model = models.addObject();
      model.put("id", index.models().get(m));
      model.put("calls", perModel.get(m).length);
      ArrayNode c = model.putArray("counts");
      Arrays.stream(counts).forEach(c::add);
    }
    return out;
  }

  /** The smallest 1-2-5 step width whose {@link #BINS} bins cover the 99th percentile. */
  static long binWidth(List<Long> latencies) {
    if (latencies.isEmpty()) {
      return 100;
    }
    long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
    long p99 = sorted[Math.max(0, (int) Math.ceil(0.99 * sorted.length) - 1)];
    long target = Math.max(1, (p99 + BINS) / BINS);
    for (long magnitude = 1; ; magnitude *= 10) {
      for (long step : STEPS) {
        if (step * magnitude >= target) {
          return step * magnitude;
        }
      }
    }
  }
}
