package ai.trainloop.render;

import ai.trainloop.cost.UsdFormat;
import ai.trainloop.format.Formats;
import ai.trainloop.results.ModelState;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.stats.Interval;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The run's results as the tutorial prints them: a "Benchmark Results Summary" with "Model
 * Performance", "Cost Analysis" and, on request, "Response Times"; with {@link
 * TableOptions.Section#PER_METRIC}, a "Detailed Metric Analysis" of one table per metric. Skipped
 * models are not rows: they are listed under the tables with the reason (as are failed and stopped
 * models, which also keep their rows). A model whose error rate is above {@value #ERROR_RATE_FLAG}
 * has its error count marked {@code *} and a footnote saying how many prompts its scores cover; the
 * other footnotes are {@link PerformanceNotes}'.
 */
public final class Tables {
  /** Error rates above this are flagged. */
  public static final double ERROR_RATE_FLAG = 0.05;

  private static final int MODEL_WIDTH = 31;
  private static final String RULE = "════════════════════════════════";
  private static final String DETAIL_RULE = "═══════════════════════════════";

  private final TableOptions options;
  private final Map<String, String> gateFailures;
  private final TableMarks marks;
  private Map<String, BigDecimal> judgeCosts;

  public Tables(TableOptions options) {
    this(options, TableMarks.NONE);
  }

  /**
   * @param marks gate failures (such a model is marked ✗, or [x] in ASCII, in every table, and the
   *     reasons are listed under the tables) and confidence intervals shown beside the scores
   */
  public Tables(TableOptions options, TableMarks marks) {
    this.options = options;
    this.marks = marks;
    this.gateFailures = marks.gateFailures();
  }

  /**
   * Adds a Judge Cost column to the Cost Analysis table: what judging each model's replies cost
   * (its Total Cost stays its own calls'). Null for none (no judge ran).
   */
  public Tables withJudgeCosts(Map<String, BigDecimal> judgeCosts) {
    this.judgeCosts = judgeCosts;
    return this;
  }

  /** The Model cell: the id, marked when the model misses a gate. */
  String label(String id) {
    return gateFailures.containsKey(id) ? id + " " + mark() : id;
  }

  private String mark() {
    return options.ascii() ? "[x]" : "✗";
  }

  /** Writes every table for {@code models} (in the order given) to {@code out}. */
  public void render(List<ModelSummary> models, Writer out) throws IOException {
    List<ModelSummary> shown = models.stream().filter(ModelSummary::shown).toList();
    heading(out, "📊 ", "Benchmark Results Summary", RULE);
    if (shown.isEmpty()) {
      out.write("No model was benchmarked.\n");
    } else {
      performance(shown, out);
      // a run over several tags: each model's Avg tag by tag, metric tables per tag with --detailed
      TagTable.render(shown, options.shows(TableOptions.Section.PER_METRIC), options, out);
      if (options.shows(TableOptions.Section.COSTS)) {
        out.write('\n');
        costs(shown, out);
      }
      // a streamed run was asked for its times to first token: they are shown
      if (options.shows(TableOptions.Section.RESPONSE_TIMES)
          || shown.stream().anyMatch(m -> m.latency().streamed())) {
        out.write('\n');
        responseTimes(shown, out);
      }
      if (options.shows(TableOptions.Section.PER_METRIC)) {
        out.write('\n');
        metrics(shown, out);
      }
    }
    notes(models, out);
    out.flush();
  }

  private void heading(Writer out, String emoji, String text, String rule) throws IOException {
    boolean ascii = options.ascii();
    out.write(
        (ascii ? "" : emoji) + text + "\n" + (ascii ? "=".repeat(rule.length()) : rule) + "\n\n");
  }

  private void performance(List<ModelSummary> shown, Writer out) throws IOException {
    // Avg apart: an asymmetric interval ([lo, hi]) would widen every column of the table
    TextTable t =
        table("Model Performance:", "Model", "Avg", "Min", "Max", "Samples", "Errors")
            .widerWhenNeeded(1);
    StringBuilder footnotes = new StringBuilder();
    for (ModelSummary m : shown) {
      boolean flagged = m.errorRate() != null && m.errorRate() > ERROR_RATE_FLAG;
      t.addRow(
          label(m.id()),
          Formats.score(m.score().mean(), marks.avgInterval().get(m.id())),
          Formats.score(m.score().min()),
          Formats.score(m.score().max()),
          Formats.count(m.samples()),
          Formats.count(m.errors()) + (flagged ? " *" : ""));
      footnotes.append(PerformanceNotes.of(m, flagged));
    }
    t.fitTo(options.width()).render(out, options.style());
    out.write(footnotes.toString());
  }

  private void costs(List<ModelSummary> shown, Writer out) throws IOException {
    TextTable t =
        judgeCosts == null
            ? table("Cost Analysis:", "Model", "Cost/1K tok", "Total Cost", "Cost/Score")
            : table(
                "Cost Analysis:", "Model", "Cost/1K tok", "Total Cost", "Cost/Score", "Judge Cost");
    for (ModelSummary m : shown) {
      ModelSummary.Cost c = m.cost();
      List<String> row =
          new ArrayList<>(
              List.of(
                  label(m.id()),
                  UsdFormat.format(c.per1kTokens()),
                  UsdFormat.format(c.total()),
                  UsdFormat.format(c.perScore())));
      if (judgeCosts != null) {
        row.add(UsdFormat.format(judgeCosts.getOrDefault(m.id(), BigDecimal.ZERO)));
      }
      t.addRow(row.toArray(String[]::new));
    }
    t.fitTo(options.width()).render(out, options.style());
  }

  /**
   * Mean, p50, p95, max and rate of each model; with a Timeouts column when any model had attempts
   * time out (they are in its figures at their limit) and a Set-up column (mean connection set-up,
   * kept out of the latency) when any opened connections; with TTFT p50, TTFT p95 and Tok/s (the
   * median output tokens per second after the first token) when any model's replies were streamed.
   */
  private void responseTimes(List<ModelSummary> shown, Writer out) throws IOException {
    boolean timeouts = shown.stream().anyMatch(m -> m.latency().timeouts() > 0);
    boolean setup = shown.stream().anyMatch(m -> m.latency().connectMean() != null);
    boolean streamed = shown.stream().anyMatch(m -> m.latency().streamed());
    List<String> headers = new ArrayList<>(List.of("Model", "Mean", "p50", "p95", "Max", "Req/s"));
    if (streamed) {
      headers.addAll(List.of("TTFT p50", "TTFT p95", "Tok/s"));
    }
    if (timeouts) {
      headers.add("Timeouts");
    }
    if (setup) {
      headers.add("Set-up");
    }
    TextTable t = table("Response Times:", headers.toArray(String[]::new));
    for (ModelSummary m : shown) {
      ModelSummary.Latency l = m.latency();
      List<String> row =
          new ArrayList<>(
              List.of(
                  label(m.id()),
                  Formats.millis(l.mean()),
                  Formats.millis(l.p50()),
                  Formats.millis(l.p95()),
                  Formats.millis(l.max()),
                  Formats.perSecond(l.requestsPerSecond())));
      if (streamed) {
        row.add(Formats.millis(l.ttftP50()));
        row.add(Formats.millis(l.ttftP95()));
        row.add(Formats.perSecond(l.outputTokensPerSecond()));
      }
      if (timeouts) {
        row.add(Long.toString(l.timeouts()));
      }
      if (setup) {
        row.add(Formats.millis(l.connectMean()));
      }
      t.addRow(row);
    }
    t.fitTo(options.width()).render(out, options.style());
    if (shown.stream().anyMatch(m -> m.latency().batch())) {
      out.write(
          "n/a for a batched model (--batch): its calls went through the vendor's batch API, whose"
              + " hours are not a call's latency.\n");
    }
  }

  private void metrics(List<ModelSummary> shown, Writer out) throws IOException {
    heading(out, "📈 ", "Detailed Metric Analysis", DETAIL_RULE);
    TreeSet<String> names = new TreeSet<>();
    shown.forEach(m -> names.addAll(m.metrics().keySet()));
    if (names.isEmpty()) {
      out.write("No metric scored any sample.\n");
    }
    boolean first = true;
    for (String name : names) {
      if (!first) {
        out.write('\n');
      }
      first = false;
      TextTable t = table("Metric: " + name, "Model", "Score", "Samples", "Pass %", "Errors");
      for (ModelSummary m : shown) {
        ModelSummary.MetricStats s = m.metrics().get(name);
        if (s != null) {
          Interval ci = marks.metricInterval().getOrDefault(m.id(), Map.of()).get(name);
          t.addRow(
              label(m.id()),
              Formats.score(s.score(), ci),
              Formats.count(s.samples()),
              s.passRate() == null ? Formats.score(null) : Formats.percent(s.passRate()),
              Formats.count(s.errors()));
        }
      }
      t.fitTo(options.width()).render(out, options.style());
    }
  }

  private void notes(List<ModelSummary> models, Writer out) throws IOException {
    String dash = options.ascii() ? " - " : " — ";
    StringBuilder b = new StringBuilder();
    for (ModelSummary m : models) {
      if (m.status() != ModelState.OK) {
        b.append(m.status().json()).append(": ").append(m.id());
        if (m.statusReason() != null && !m.statusReason().isBlank()) {
          b.append(dash).append(m.statusReason());
        }
        b.append('\n');
      }
    }
    for (ModelSummary m : models) {
      String reason = gateFailures.get(m.id());
      if (reason != null) {
        b.append(mark()).append(' ').append(m.id()).append(dash).append(reason).append('\n');
      }
    }
    if (!b.isEmpty()) {
      out.write("\n" + b);
    }
  }

  static TextTable table(String title, String... headers) {
    return new TextTable(title, List.of(headers)).minWidth(0, MODEL_WIDTH).uniformFrom(1);
  }
}
