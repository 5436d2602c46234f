package ai.trainloop.render;

import ai.trainloop.compare.PairComparison;
import ai.trainloop.format.ChangeFormats;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Renders within-run pairwise comparisons as a table ({@code --detailed}) or as report.json's
 * {@code comparisons[]}.
 */
public final class PairwiseRenderer {
  private PairwiseRenderer() {}

  /**
   * Writes the "Pairwise comparisons" table: Model A, Model B, Samples, A, B, Delta, CI (Holm), p,
   * Conclusion; the interval is the Holm-consistent one, as adjusted as the p beside it.
   */
  public static void render(List<PairComparison> comparisons, Writer out, TextTable.Style style) {
    render(comparisons, out, style, 0);
  }

  /** As above, the table at most {@code width} columns wide (0: no limit; model ids shortened). */
  public static void render(
      List<PairComparison> comparisons, Writer out, TextTable.Style style, int width) {
    TextTable table =
        new TextTable(
                null,
                List.of(
                    "Model A",
                    "Model B",
                    "Samples",
                    "A",
                    "B",
                    "Delta (A-B)",
                    "CI (Holm)",
                    "p",
                    "Conclusion"))
            .alignRight(2, 3, 4, 5, 6, 7);
    for (PairComparison c : comparisons) {
      table.addRow(
          c.modelA(),
          c.modelB(),
          String.valueOf(c.result().n()),
          ChangeFormats.score(c.result().currentMean()),
          ChangeFormats.score(c.result().baselineMean()),
          ChangeFormats.signedScore(c.result().delta()),
          ChangeFormats.interval(c.adjusted(), ChangeFormats::signedScore),
          ChangeFormats.pValue(c.pAdjusted()),
          c.conclusion());
    }
    try {
      out.write("Pairwise comparisons (on the samples both models answered)\n");
      table.fitTo(width).render(out, style);
      out.write(
          "p: two-sided (McNemar exact for pass/fail scores, else sign-flip permutation), Holm-adjusted across "
              + comparisons.size()
              + " pairs; CI (Holm): the paired-bootstrap interval of the delta at the level of its"
              + " Holm step (1 - alpha/(m - k)), so it excludes 0 only when p does not say \"no"
              + " significant difference\". report.json keeps the unadjusted 95% CI too.\n");
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * report.json {@code comparisons[]}: one object per pair with {@code model_a}, {@code model_b},
   * {@code samples}, {@code mean_a}, {@code mean_b}, {@code delta} (A − B), {@code ci95}
   * (unadjusted), {@code ci_adjusted} and its {@code ci_adjusted_level} (Holm-consistent), {@code
   * p_value}, {@code p_adjusted}, {@code method}, {@code significant}, {@code conclusion}.
   */
  public static ArrayNode toJson(List<PairComparison> comparisons) {
    ArrayNode array = JsonValues.FACTORY.arrayNode();
    for (PairComparison c : comparisons) {
      ObjectNode node = array.addObject();
      node.put("model_a", c.modelA());
      node.put("model_b", c.modelB());
      node.put("samples", c.result().n());
      JsonValues.put(node, "mean_a", c.result().currentMean());
      JsonValues.put(node, "mean_b", c.result().baselineMean());
      JsonValues.put(node, "delta", c.result().delta());
      JsonValues.put(node, "ci95", c.result().ci95());
      JsonValues.put(node, "ci_adjusted", c.adjusted());
      JsonValues.put(node, "ci_adjusted_level", c.level());
      JsonValues.put(node, "p_value", c.result().pValue());
      JsonValues.put(node, "p_adjusted", c.pAdjusted());
      node.put("method", c.result().method());
      node.put("significant", c.significant());
      node.put("conclusion", c.conclusion());
    }
    return array;
  }
}
