package ai.trainloop.render;

import ai.trainloop.cost.DryRunPlan;
import ai.trainloop.cost.ModelPlan;
import ai.trainloop.cost.UsdFormat;
import ai.trainloop.format.Formats;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code --dry-run} output as table data (the report's table renderer draws it): the plan per
 * model with a Total row, the sample count per tag, and the lines that say what the estimates are.
 * Token counts approximated rather than counted with a tokenizer carry a {@code ~}; a model without
 * a price shows {@code n/a}, the recorded provider {@code -} (nothing is sent).
 */
public final class DryRunTable {

  /** The plan table's title: it says that every figure is an estimate. */
  public static final String TITLE = "Dry run plan (estimates; nothing was sent)";

  /** The per-tag table's title. */
  public static final String TAGS_TITLE = "Samples per tag";

  private DryRunTable() {}

  /** Model, Calls, Est. input tok, Est. output tok, Est. cost. */
  public static List<String> headers() {
    return List.of("Model", "Calls", "Est. input tok", "Est. output tok", "Est. cost");
  }

  /** One row per model in config order, then Total. */
  public static List<List<String>> rows(DryRunPlan plan) {
    List<List<String>> rows = new ArrayList<>();
    long input = 0;
    long output = 0;
    boolean anyApprox = false;
    for (ModelPlan m : plan.models()) {
      if (m.replay()) {
        rows.add(
            List.of(
                m.modelId(),
                Long.toString(m.calls()),
                Formats.UNKNOWN,
                Formats.UNKNOWN,
                Formats.UNKNOWN));
        continue;
      }
      String mark = m.tokenizerCounted() ? "" : "~";
      anyApprox |= !m.tokenizerCounted();
      input += m.inputTokens();
      output += m.outputTokens();
      rows.add(
          List.of(
              m.modelId(),
              Long.toString(m.calls()),
              mark + m.inputTokens(),
              mark + m.outputTokens(),
              UsdFormat.format(m.estimatedCostUsd())));
    }
    String mark = anyApprox ? "~" : "";
    rows.add(
        List.of(
            "Total",
            Long.toString(plan.totalCalls()),
            mark + input,
            mark + output,
            UsdFormat.format(plan.totalEstimatedCostUsd())));
    return rows;
  }

  /** Tag, Samples. */
  public static List<String> tagHeaders() {
    return List.of("Tag", "Samples");
  }

  /** One row per tag, sorted, the untagged samples as {@code (untagged)}, then Total. */
  public static List<List<String>> tagRows(DryRunPlan plan) {
    List<List<String>> rows = new ArrayList<>();
    plan.perTag()
        .forEach(
            (tag, n) -> rows.add(List.of(tag.isEmpty() ? "(untagged)" : tag, Integer.toString(n))));
    rows.add(List.of("Total", Integer.toString(plan.samples())));
    return rows;
  }

  /** The lines under the plan: how each estimate was made, and what the total leaves out. */
  public static List<String> notes(DryRunPlan plan) {
    List<String> lines = new ArrayList<>();
    List<String> counted =
        plan.models().stream()
            .filter(m -> !m.replay() && m.tokenizerCounted())
            .map(ModelPlan::modelId)
            .toList();
    List<String> approximated =
        plan.models().stream()
            .filter(m -> !m.replay() && !m.tokenizerCounted())
            .map(ModelPlan::modelId)
            .toList();
    if (!counted.isEmpty()) {
      lines.add(
          "Input tokens counted with OpenAI's tokenizer (o200k_base / cl100k_base) for "
              + String.join(", ", counted)
              + ".");
    }
    if (!approximated.isEmpty()) {
      lines.add(
          "~ Input and output tokens approximated at about 4 characters a token for "
              + String.join(", ", approximated)
              + " (their tokenizers are not available): expect tens of percent off.");
    }
    lines.add(
        "Output tokens estimated from the recorded replies' length, capped at each model's max_tokens.");
    if (plan.totalIsPartial()) {
      List<String> unpriced = plan.unpricedModels();
      lines.add(
          "Est. cost n/a: no price for "
              + String.join(", ", unpriced)
              + (plan.totalEstimatedCostUsd() == null
                  ? "."
                  : "; the total leaves " + (unpriced.size() == 1 ? "it" : "them") + " out."));
    }
    if (plan.models().stream().anyMatch(ModelPlan::replay)) {
      lines.add("The recorded provider replays the recorded replies: it sends and costs nothing.");
    }
    return lines;
  }
}
