package ai.trainloop.results;

import java.util.Map;

/**
 * Parts of report.json that other steps compute and {@link ReportWriter} only places. Each value
 * may be a Jackson {@code JsonNode}, a {@code Map}, a {@code List} or a record; records are written
 * with snake_case property names ({@code modelId} becomes {@code model_id}) and {@code BigDecimal}s
 * in plain notation.
 *
 * @param recommendation the top-level {@code recommendation}; null writes {@code null}
 * @param comparisons the top-level {@code comparisons}; null writes {@code []}
 * @param baseline the top-level {@code baseline}; null writes {@code null}
 * @param perModel model id to an object merged into that model's entry, deeply: e.g. {@code
 *     {"gates": {...}, "normalized": {...}, "composite": 0.62, "score": {"ci95": [0.8, 0.9]},
 *     "metrics": {"is_short": {"ci95": [0.7, 1.0]}}}}
 * @param judge the top-level {@code judge} block (judge models, calls, tokens, cost, agreement);
 *     null leaves it out (no judge ran)
 */
public record ReportExtras(
    Object recommendation,
    Object comparisons,
    Object baseline,
    Map<String, Object> perModel,
    Object judge) {
  /** Nothing extra. */
  public static final ReportExtras NONE = new ReportExtras(null, null, null, Map.of());

  public ReportExtras {
    perModel = perModel == null ? Map.of() : Map.copyOf(perModel);
  }

  /** Extras without a judge block. */
  public ReportExtras(
      Object recommendation, Object comparisons, Object baseline, Map<String, Object> perModel) {
    this(recommendation, comparisons, baseline, perModel, null);
  }
}
