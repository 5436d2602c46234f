package ai.trainloop.aggregate;

import ai.trainloop.results.ModelSummary;
import ai.trainloop.results.ResultRow;

/**
 * Sums of reported token counts; a kind of token no call reported stays unknown (null). Not
 * thread-safe.
 */
final class TokenSums {
  private long input;
  private long output;
  private long cachedInput;
  private long reasoning;
  private boolean hasInput;
  private boolean hasOutput;
  private boolean hasCachedInput;
  private boolean hasReasoning;

  void add(ResultRow row) {
    if (row.inputTokens() != null) {
      input += row.inputTokens();
      hasInput = true;
    }
    if (row.outputTokens() != null) {
      output += row.outputTokens();
      hasOutput = true;
    }
    if (row.cachedInputTokens() != null) {
      cachedInput += row.cachedInputTokens();
      hasCachedInput = true;
    }
    if (row.reasoningTokens() != null) {
      reasoning += row.reasoningTokens();
      hasReasoning = true;
    }
  }

  ModelSummary.Tokens totals() {
    return new ModelSummary.Tokens(
        hasInput ? input : null,
        hasOutput ? output : null,
        hasCachedInput ? cachedInput : null,
        hasReasoning ? reasoning : null);
  }
}
