package ai.trainloop.render;

import ai.trainloop.results.ModelSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The end-of-run warnings about failed metric evaluations: one per metric that failed at least
 * once, over every model, e.g. {@code metric always_nan failed on 30 of 30 samples: returned NaN; a
 * score must be between 0 and 1}. The reason is the first one seen (the models in run order).
 */
public final class MetricWarnings {
  private MetricWarnings() {}

  /** One line per failing metric, by metric name; empty when every evaluation worked. */
  public static List<String> lines(List<ModelSummary> models) {
    Map<String, long[]> counts = new TreeMap<>();
    Map<String, String> reasons = new LinkedHashMap<>();
    for (ModelSummary m : models) {
      m.metrics()
          .forEach(
              (name, s) -> {
                long[] c = counts.computeIfAbsent(name, k -> new long[2]);
                c[0] += s.errors();
                c[1] += s.evaluations();
                if (s.firstError() != null) {
                  reasons.putIfAbsent(name, s.firstError());
                }
              });
    }
    List<String> out = new ArrayList<>();
    counts.forEach(
        (name, c) -> {
          if (c[0] > 0) {
            out.add(
                "metric "
                    + name
                    + " failed on "
                    + c[0]
                    + " of "
                    + c[1]
                    + (c[1] == 1 ? " sample" : " samples")
                    + ": "
                    + reasons.get(name));
          }
        });
    return out;
  }
}
