package ai.trainloop.cost;

import java.math.BigDecimal;

/**
 * What {@code --dry-run} expects one model to take. Every figure is an estimate.
 *
 * @param modelId the model's id
 * @param calls calls it would receive (one per sample)
 * @param inputTokens estimated input tokens of those calls; null for the recorded provider (nothing
 *     is sent)
 * @param outputTokens estimated output tokens (recorded reply lengths capped at max_tokens); null
 *     when recorded
 * @param tokenizerCounted true when input tokens were counted with the model's own tokenizer
 *     (OpenAI models), false when approximated (about four characters a token)
 * @param estimatedCostUsd the estimated cost, exact decimal; null when the price is unknown or for
 *     the recorded row
 * @param priceSource where the price came from; null when unknown
 * @param replay true for the recorded provider: replies are replayed, nothing is sent or paid
 */
public record ModelPlan(
    String modelId,
    long calls,
    Long inputTokens,
    Long outputTokens,
    boolean tokenizerCounted,
    BigDecimal estimatedCostUsd,
    String priceSource,
    boolean replay) {

  /** Whether the cost is unknown for want of a price (never for the recorded row). */
  public boolean unpriced() {
    return !replay && estimatedCostUsd == null;
  }
}
