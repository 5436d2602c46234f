package ai.trainloop.render;

import ai.trainloop.compare.History;
import ai.trainloop.format.ChangeFormats;
import ai.trainloop.format.Formats;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code trainloop history} as a table: Run, Model, Avg (± half the 95% interval), Samples,
 * Errors, Cost, p95 latency, Change (from the model's previous run; an arrow when significant).
 */
public final class HistoryRenderer {
  private HistoryRenderer() {}

  /**
   * Renders {@code history} to {@code out}; ASCII style uses {@code ^}/{@code v} for the arrows.
   */
  public static void render(History history, Writer out, TextTable.Style style) {
    render(history, out, style, 0);
  }

  /**
   * As {@link #render(History, Writer, TextTable.Style)}, the table at most {@code width} columns
   * wide (0: no limit), long model ids shortened in the middle ({@link TextTable#fitTo(int, int)}).
   */
  public static void render(History history, Writer out, TextTable.Style style, int width) {
    try {
      if (history.runs().isEmpty()) {
        out.write(
            "No runs found"
                + (history.query().tag() == null ? "" : " for tag " + history.query().tag())
                + ".\n");
      } else {
        table(history, style).fitTo(width, 1).render(out, style);
        out.write(
            String.format(
                Locale.ROOT,
                "Change: Avg minus the model's previous run (paired on common samples); "
                    + "%s / %s where p < %s.\n",
                arrow(style, true),
                arrow(style, false),
                ChangeFormats.plain(history.alpha())));
      }
      for (History.Skipped skipped : history.skipped()) {
        out.write("Skipped " + skipped.reason() + "\n");
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TextTable table(History history, TextTable.Style style) {
    TextTable table =
        new TextTable(
                null,
                List.of(
                    "Run", "Model", "Avg", "Samples", "Errors", "Cost", "p95 latency", "Change"))
            .alignRight(2, 3, 4, 5, 6, 7);
    for (History.Run run : history.runs()) {
      boolean first = true;
      for (History.Point p : run.models()) {
        String runLabel = first ? run.runId() + (run.complete() ? "" : " (incomplete)") : "";
        table.addRow(
            runLabel,
            p.modelId(),
            avg(p),
            String.valueOf(p.samples()),
            String.valueOf(p.errors()),
            ChangeFormats.usd(p.costUsd()),
            ChangeFormats.millis(p.latencyP95Ms()),
            change(p.change(), style));
        first = false;
      }
      table.addRule();
    }
    return table;
  }

  private static String avg(History.Point p) {
    if (Double.isNaN(p.mean())) {
      return ChangeFormats.NONE;
    }
    return Formats.score(p.mean(), p.ci95());
  }

  private static String change(History.Change change, TextTable.Style style) {
    if (change == null) {
      return "";
    }
    String delta = ChangeFormats.signedScore(change.delta());
    return change.significant() ? arrow(style, change.delta() > 0) + " " + delta : delta;
  }

  private static String arrow(TextTable.Style style, boolean up) {
    if (style == TextTable.Style.ASCII) {
      return up ? "^" : "v";
    }
    return up ? "↑" : "↓";
  }
}
