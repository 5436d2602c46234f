package ai.trainloop.render;

import ai.trainloop.compare.ChangeRow;
import ai.trainloop.compare.Comparison;
import ai.trainloop.compare.ModelComparison;
import ai.trainloop.compare.Verdict;
import ai.trainloop.format.ChangeFormats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Writes the "Changes vs baseline" table (Model, Metric, Baseline, Current, Delta, 95% CI, p,
 * Verdict) and the lines under it: how p was corrected, what each model's comparison could detect,
 * what could not be paired, and the result.
 */
public final class ComparisonRenderer {
  private static final int LISTED_IDS = 10;

  private ComparisonRenderer() {}

  /** Renders {@code comparison} to {@code out} in the given table style. */
  public static void render(Comparison comparison, Writer out, TextTable.Style style) {
    render(comparison, out, style, 0);
  }

  /** As above, the table at most {@code width} columns wide (0: no limit; model ids shortened). */
  public static void render(Comparison comparison, Writer out, TextTable.Style style, int width) {
    TextTable table =
        new TextTable(
                null,
                List.of(
                    "Model",
                    "Metric",
                    "Baseline",
                    "Current",
                    "Delta",
                    "95% CI (unadj.)",
                    "p",
                    "Verdict"))
            .alignRight(2, 3, 4, 5, 6);
    boolean nonGatingRegression = false;
    for (ModelComparison model : comparison.models()) {
      boolean first = true;
      for (ChangeRow row : model.rows()) {
        boolean starred = row.verdict() == Verdict.REGRESSED && !row.gating();
        nonGatingRegression |= starred;
        table.addRow(
            first ? row.modelId() : "",
            row.name(),
            value(row, row.baseline()),
            value(row, row.current()),
            delta(row),
            interval(row),
            ChangeFormats.pValue(row.pAdjusted()),
            row.verdict().label() + (starred ? "*" : ""));
        first = false;
      }
      table.addRule();
    }
    try {
      out.write(
          "Changes vs baseline (run "
              + comparison.baselineRunId()
              + ", file "
              + comparison.baselineSource()
              + ")\n");
      table.fitTo(width).render(out, style);
      out.write(footer(comparison, nonGatingRegression));
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String footer(Comparison c, boolean nonGatingRegression) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        String.format(
            Locale.ROOT,
            "p: two-sided, Holm-adjusted across the %d comparisons that can fail the run, the"
                + " others among themselves. Regressed = p < %s and "
                + "worse by more than %s in score, +%s in cost per sample, +%s in latency; fail_on: %s.\n",
            c.comparisons(),
            ChangeFormats.plain(c.config().alpha()),
            ChangeFormats.plain(c.config().regressionTolerance()),
            percent(c.config().costTolerance()),
            percent(c.config().latencyTolerance()),
            String.join(", ", c.config().failOn())));
    sb.append(
        "95% CI (unadj.): each comparison's own interval, not adjusted for the others; the"
            + " verdict follows the Holm-adjusted p.\n");
    if (nonGatingRegression) {
      sb.append("* shown, but does not fail the run (not in benchmark.compare.fail_on).\n");
    }
    for (ModelComparison m : c.models()) {
      if (m.coverageLost()) {
        continue;
      }
      sb.append(
          String.format(Locale.ROOT, "%s: %d samples paired", m.modelId(), m.pairedSamples()));
      if (m.newErrors() > 0) {
        sb.append(", ")
            .append(m.newErrors())
            .append(" failed now but not in the baseline (scored 0)");
      }
      if (m.erroredInBaseline() + m.erroredInBoth() > 0) {
        sb.append(", ")
            .append(m.erroredInBaseline() + m.erroredInBoth())
            .append(" left out (failed in the baseline)");
      }
      if (!Double.isNaN(m.minimumDetectableDrop())) {
        sb.append(
            String.format(
                Locale.ROOT,
                "; could detect a drop in Avg of about %.3f (80%% power)",
                m.minimumDetectableDrop()));
      }
      sb.append(".\n");
    }
    ids(sb, "Samples only in the baseline", c.samplesOnlyInBaseline());
    ids(sb, "Samples only in this run", c.samplesOnlyInCurrent());
    ids(sb, "Models only in the baseline (coverage lost)", c.modelsOnlyInBaseline());
    ids(sb, "Models new in this run", c.modelsOnlyInCurrent());
    c.notes().forEach(n -> sb.append("Note: ").append(n).append(".\n"));
    List<String> reasons = c.reasons();
    if (reasons.isEmpty()) {
      sb.append("Result: no regression against the baseline.\n");
    } else {
      sb.append("Result: REGRESSION against the baseline\n");
      reasons.forEach(r -> sb.append("  - ").append(r).append('\n'));
    }
    return sb.toString();
  }

  private static void ids(StringBuilder sb, String label, List<String> ids) {
    if (ids.isEmpty()) {
      return;
    }
    sb.append(label)
        .append(": ")
        .append(ids.size())
        .append(" (")
        .append(String.join(", ", ids.subList(0, Math.min(LISTED_IDS, ids.size()))))
        .append(ids.size() > LISTED_IDS ? ", ... " + (ids.size() - LISTED_IDS) + " more" : "")
        .append(").\n");
  }

  private static String value(ChangeRow row, double value) {
    return switch (row.kind()) {
      case SCORE, METRIC, TAG_SCORE -> ChangeFormats.score(value);
      case COST -> ChangeFormats.usd(value);
      case LATENCY -> ChangeFormats.millis(value);
    };
  }

  private static String delta(ChangeRow row) {
    return row.kind().quality()
        ? ChangeFormats.signedScore(row.delta())
        : ChangeFormats.percent(row.delta());
  }

  private static String interval(ChangeRow row) {
    return ChangeFormats.interval(
        row.ci95(), row.kind().quality() ? ChangeFormats::signedScore : ChangeFormats::percent);
  }

  private static String percent(double fraction) {
    return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString()
        + "%";
  }
}
