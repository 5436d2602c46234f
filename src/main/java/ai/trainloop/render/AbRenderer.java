package ai.trainloop.render;

import ai.trainloop.decide.AbResult;
import ai.trainloop.format.ChangeFormats;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The A/B test against the control: the "A/B vs &lt;control&gt;" table on stdout and report.json's
 * {@code ab[]}.
 */
public final class AbRenderer {
  private AbRenderer() {}

  /**
   * Writes the "A/B vs &lt;control&gt;" table: Model, Samples, Test, Control, Improvement, CI
   * (Holm), p (Holm), Verdict.
   */
  public static void render(List<AbResult> ab, Writer out, TextTable.Style style) {
    render(ab, out, style, 0);
  }

  /** As above, the table at most {@code width} columns wide (0: no limit; model ids shortened). */
  public static void render(List<AbResult> ab, Writer out, TextTable.Style style, int width) {
    if (ab.isEmpty()) {
      return;
    }
    TextTable table =
        new TextTable(
                null,
                List.of(
                    "Model",
                    "Samples",
                    "Test",
                    "Control",
                    "Improvement",
                    "CI (Holm)",
                    "p (Holm)",
                    "Verdict"))
            .alignRight(1, 2, 3, 4, 5, 6);
    for (AbResult r : ab) {
      table.addRow(
          r.modelId(),
          String.valueOf(r.result().n()),
          ChangeFormats.score(r.result().currentMean()),
          ChangeFormats.score(r.result().baselineMean()),
          ChangeFormats.signedScore(r.result().delta()),
          ChangeFormats.interval(r.adjusted(), ChangeFormats::signedScore),
          ChangeFormats.pValue(r.pAdjusted()),
          verdict(r));
    }
    try {
      out.write("A/B vs " + ab.get(0).controlId() + " (on the samples both models answered)\n");
      table.fitTo(width).render(out, style);
      out.write(
          "deploy = better than the control and significant (Holm-adjusted p < alpha), else"
              + " keep_current. p: two-sided (McNemar exact for pass/fail scores, else sign-flip"
              + " permutation), Holm-adjusted across "
              + ab.size()
              + (ab.size() == 1 ? " model" : " models")
              + "; CI (Holm): the improvement's paired-bootstrap interval at the level of its Holm"
              + " step.\n");
      if (ab.stream().anyMatch(AbResult::inconclusive)) {
        out.write(
            "inconclusive: the interval excludes 0 but the test does not reject at alpha (the two"
                + " disagree at the edge, as with few samples); the verdict follows the test.\n");
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String verdict(AbResult r) {
    if (!r.result().compared()) {
      return r.verdict().json() + " (no common samples)";
    }
    return r.inconclusive() ? r.verdict().json() + " (inconclusive)" : r.verdict().json();
  }

  /**
   * report.json {@code ab[]}: {@code model_id}, {@code control_id}, {@code samples}, {@code
   * test_score}, {@code control_score}, {@code improvement}, {@code ci95} (unadjusted), {@code
   * ci_adjusted} with {@code ci_adjusted_level}, {@code p_value}, {@code p_adjusted}, {@code
   * method}, {@code significant}, {@code inconclusive} (the test does not reject but {@code
   * ci_adjusted} excludes 0), {@code verdict}.
   */
  public static ArrayNode toJson(List<AbResult> ab) {
    ArrayNode array = JsonValues.FACTORY.arrayNode();
    for (AbResult r : ab) {
      ObjectNode node = array.addObject();
      node.put("model_id", r.modelId());
      node.put("control_id", r.controlId());
      node.put("samples", r.result().n());
      JsonValues.put(node, "test_score", r.result().currentMean());
      JsonValues.put(node, "control_score", r.result().baselineMean());
      JsonValues.put(node, "improvement", r.result().delta());
      JsonValues.put(node, "ci95", r.result().ci95());
      JsonValues.put(node, "ci_adjusted", r.adjusted());
      JsonValues.put(node, "ci_adjusted_level", r.level());
      JsonValues.put(node, "p_value", r.result().pValue());
      JsonValues.put(node, "p_adjusted", r.pAdjusted());
      node.put("method", r.result().method());
      node.put("significant", r.significant());
      node.put("inconclusive", r.inconclusive());
      node.put("verdict", r.verdict().json());
    }
    return array;
  }
}
