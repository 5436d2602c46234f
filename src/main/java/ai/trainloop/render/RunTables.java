package ai.trainloop.render;

import ai.trainloop.compare.Comparison;
import ai.trainloop.compare.RunFindings;
import ai.trainloop.config.BenchmarkConfig;
import ai.trainloop.decide.ModelVerdict;
import ai.trainloop.decide.Selection;
import ai.trainloop.results.ModelSummary;
import ai.trainloop.stats.Interval;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of a finished run on stdout: the tables (with gate marks and ± intervals), the decision
 * matrix, the recommendation (or why a partial run has none), then the pairwise comparisons and the
 * changes against the baseline when there are any.
 */
public final class RunTables {
  private RunTables() {}

  /**
   * @param detailed {@code --detailed}: one table per metric, response times, pairwise comparisons
   * @param width the terminal's width, which the results tables fit ({@link TextTable#fitTo})
   * @param partial why the run stopped early, or null: a partial run's figures recommend nothing
   * @param comparison the comparison with the baseline, or null
   * @param judgeLines shown below the recommendation when a judge ran: agreement and the run's
   *     total spend; empty otherwise
   */
  public static void render(
      RunFindings findings,
      BenchmarkConfig b,
      boolean detailed,
      TextTable.Style style,
      int width,
      String partial,
      Comparison comparison,
      List<String> judgeLines,
      PrintWriter out)
      throws IOException {
    List<ModelSummary> summaries = findings.models();
    Selection selection = findings.selection();
    Map<String, String> gateFailures = new LinkedHashMap<>();
    for (ModelVerdict v : selection.verdicts()) {
      if (v.missesGate()) {
        gateFailures.put(v.modelId(), v.gates().plain());
      }
    }
    TableOptions summary = TableOptions.forRun(style, b).fittedTo(width);
    TableOptions tableOptions = detailed ? summary.withDetail() : summary;
    new Tables(tableOptions, marks(summaries, gateFailures))
        .withJudgeCosts(b.trackCosts() ? judgeCosts(summaries) : null)
        .render(summaries, out);
    if (selection.hasMatrix()) {
      SelectionTable matrix = new SelectionTable(style);
      TextTable t = new TextTable(SelectionTable.TITLE + ":", matrix.headers(selection));
      matrix.rows(selection).forEach(t::addRow);
      out.println();
      t.fitTo(width).render(out, style);
      matrix.footer(selection).forEach(out::println);
    }
    // the A/B table is what a recommendation with a control rests on: it comes before the line
    if (!selection.ab().isEmpty()) {
      out.println();
      AbRenderer.render(selection.ab(), out, style, width);
    }
    out.flush();
    boolean anyCandidate = selection.verdicts().stream().anyMatch(ModelVerdict::candidate);
    if (partial != null) {
      out.println();
      out.println(
          "Partial run ("
              + partial
              + "): these figures cover only the calls that finished, so "
              + "no model is recommended.");
    } else if (anyCandidate) {
      out.println();
      out.println(selection.recommendation().line());
    }
    if (!judgeLines.isEmpty()) {
      out.println();
      judgeLines.forEach(out::println);
    }
    if (!findings.pairs().isEmpty()) {
      out.println();
      PairwiseRenderer.render(findings.pairs(), out, style, width);
    }
    if (comparison != null) {
      out.println();
      ComparisonRenderer.render(comparison, out, style, width);
    }
  }

  /** Model id to what judging its replies cost, for a Judge Cost column; null when no judge ran. */
  private static Map<String, BigDecimal> judgeCosts(List<ModelSummary> summaries) {
    Map<String, BigDecimal> costs = new LinkedHashMap<>();
    boolean judged = false;
    for (ModelSummary m : summaries) {
      if (m.cost() != null && m.cost().judge() != null) {
        judged = true;
        costs.put(m.id(), m.cost().judge().usd());
      }
    }
    return judged ? costs : null;
  }

  /** The gate failures, and the intervals the summaries carry. */
  static TableMarks marks(List<ModelSummary> summaries, Map<String, String> gateFailures) {
    Map<String, Interval> avg = new LinkedHashMap<>();
    Map<String, Map<String, Interval>> metrics = new LinkedHashMap<>();
    for (ModelSummary m : summaries) {
      Interval ci95 = m.score().ci95();
      if (ci95 == null) {
        continue; // no interval computed: the model scored nothing
      }
      avg.put(m.id(), ci95);
      Map<String, Interval> byMetric = new LinkedHashMap<>();
      m.metrics()
          .forEach(
              (name, s) -> {
                if (s.ci95() != null) {
                  byMetric.put(name, s.ci95());
                }
              });
      metrics.put(m.id(), byMetric);
    }
    return new TableMarks(gateFailures, avg, metrics);
  }
}
