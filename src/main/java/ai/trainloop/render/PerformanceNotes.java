package ai.trainloop.render;

import ai.trainloop.cost.UsdFormat;
import ai.trainloop.format.Formats;
import ai.trainloop.results.ModelSummary;

/**
 * The footnotes under "Model Performance", one line each, {@code * <model>: ...}: calls that failed
 * (when above the flag rate), samples every metric failed on, replies cut at the token limit, how
 * the repeats of a repeated run agreed, and replies that came from the response cache.
 */
final class PerformanceNotes {
  private PerformanceNotes() {}

  /** Every footnote of {@code m}; empty when it has none. */
  static String of(ModelSummary m, boolean errorsFlagged) {
    StringBuilder out = new StringBuilder();
    if (errorsFlagged) {
      out.append(errors(m));
    }
    if (m.unscored() > 0) {
      out.append("* ")
          .append(m.id())
          .append(": every metric failed on ")
          .append(m.unscored())
          .append(m.unscored() == 1 ? " sample" : " samples")
          .append(", so Avg, Min and Max leave them out (a failure is not a score of 0).\n");
    }
    if (m.truncated() > 0) {
      out.append("* ")
          .append(m.id())
          .append(": ")
          .append(m.truncated())
          .append(" of ")
          .append(m.samples())
          .append(m.samples() == 1 ? " reply" : " replies")
          .append(m.truncated() == 1 ? " was" : " were")
          .append(" cut at the token limit (finish reason length).\n");
    }
    out.append(repeats(m)).append(cached(m));
    return out.toString();
  }

  private static String errors(ModelSummary m) {
    long calls = m.samples() + m.errors();
    if (m.samples() == 0) {
      return "* " + m.id() + ": all " + calls + " calls failed, so it has no score.\n";
    }
    return "* "
        + m.id()
        + ": "
        + m.errors()
        + " of "
        + calls
        + " calls failed ("
        + Formats.percent(m.errorRate())
        + "), so its Avg, Min and Max cover only the "
        + m.samples()
        + " prompts it answered.\n";
  }

  /** A repeated run: each sample counted once, and how many scored differently between repeats. */
  private static String repeats(ModelSummary m) {
    ModelSummary.Consistency c = m.consistency();
    if (c == null) {
      return "";
    }
    int flaky = c.flakySamples().size();
    String agreement =
        c.consistency() == null
            ? "no sample has two scored repeats to compare"
            : (flaky == 0 ? "no sample" : flaky == 1 ? "1 sample" : flaky + " samples")
                + " scored differently between repeats (consistency "
                + Formats.percent(c.consistency())
                + ")";
    return "* "
        + m.id()
        + ": each sample counts once, its repeats reduced to one score; "
        + agreement
        + ".\n";
  }

  /** Replies from the response cache: no latency, no spend; what they saved. */
  private static String cached(ModelSummary m) {
    ModelSummary.CacheSavings s = m.cacheSavings();
    if (s == null || s.cached() == 0) {
      return "";
    }
    return "* "
        + m.id()
        + ": "
        + s.cached()
        + (s.cached() == 1 ? " reply" : " replies")
        + " came from the response cache: left out of the latency figures, $0 in Total Cost"
        + (s.savedUsd() == null
            ? " (what they first cost is unknown)"
            : " (they saved " + UsdFormat.format(s.savedUsd()) + ")")
        + ".\n";
  }
}
