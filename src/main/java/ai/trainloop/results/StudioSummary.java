package ai.trainloop.results;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * One model's running figures in one TrainLoop Studio metric file (its summary line). Not
 * thread-safe.
 */
final class StudioSummary {
  private long total;
  private long passed;
  private long errors;
  private long metricFailures;
  private long latencySum;
  private long latencyCount;
  private BigDecimal cost = BigDecimal.ZERO;
  private boolean costSeen;
  private boolean costUnknown;

  /**
   * @param metricFailed the call succeeded but this metric's evaluation failed: an error, not a
   *     fail
   */
  void add(ResultRow row, boolean pass, boolean metricFailed) {
    total++;
    if (pass) {
      passed++;
    }
    if (row.ok() && metricFailed) {
      errors++;
      metricFailures++;
    }
    if (!row.ok()) {
      errors++;
    } else if (row.costUsd() == null) {
      costUnknown = true;
    }
    if (row.latencyMs() != null) {
      latencySum += row.latencyMs();
      latencyCount++;
    }
    if (row.costUsd() != null) {
      cost = cost.add(row.costUsd());
      costSeen = true;
    }
  }

  void write(JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("total_evaluations", total);
    g.writeNumberField("passed", passed);
    g.writeNumberField("errors", errors);
    long judged =
        total - metricFailures; // failed evaluations are left out of the pass rate, not counted as
    // fails
    g.writeFieldName("pass_rate");
    ResultRowJson.writeNumber(g, judged == 0 ? null : (Double) ((double) passed / judged));
    g.writeFieldName("avg_latency_ms");
    ResultRowJson.writeNumber(
        g, latencyCount == 0 ? null : (Double) ((double) latencySum / latencyCount));
    g.writeFieldName("total_cost");
    // unknown (null) when a successful call had no cost, or when no call carried one: never a
    // made-up 0
    ResultRowJson.writeMoney(g, costSeen && !costUnknown ? cost : null);
    g.writeEndObject();
  }
}
