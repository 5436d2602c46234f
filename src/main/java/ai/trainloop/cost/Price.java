package ai.trainloop.cost;

import java.math.BigDecimal;

/**
 * USD per 1M tokens for one model, and where that price came from.
 *
 * @param input input tokens not read from / written to a cache
 * @param output output tokens (reasoning and thought tokens included)
 * @param cachedInput cached input read; null means billed as input
 * @param cacheWrite cache creation input (Anthropic); null means billed as input
 * @param source e.g. "bundled (LiteLLM, 2026-..)", "config: benchmark.providers[2].pricing"
 */
public record Price(
    BigDecimal input,
    BigDecimal output,
    BigDecimal cachedInput,
    BigDecimal cacheWrite,
    String source) {}
