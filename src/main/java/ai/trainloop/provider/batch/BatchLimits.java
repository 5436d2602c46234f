package ai.trainloop.provider.batch;

/**
 * The most one batch may hold: requests and bytes of its input. A batch past either is split.
 * Injectable so that tests split at small numbers.
 */
public record BatchLimits(int maxRequests, long maxBytes) {
  /** OpenAI: 50,000 lines and 200 MB per input file. */
  public static final BatchLimits OPENAI = new BatchLimits(50_000, 200L * 1024 * 1024);

  /** Anthropic: 100,000 requests or 256 MB per batch. */
  public static final BatchLimits ANTHROPIC = new BatchLimits(100_000, 256L * 1024 * 1024);

  public BatchLimits {
    if (maxRequests < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
