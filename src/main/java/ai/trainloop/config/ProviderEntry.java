package ai.trainloop.config;

/**
 * One model to benchmark, whichever of the three YAML shapes it was written in.
 *
 * @param provider the provider's name, lower-cased, aliases resolved (the names the provider
 *     registry lists: openai, anthropic, google, …, {@link #RECORDED})
 * @param model the provider's model id (for azure: the deployment); {@link #RECORDED} for the
 *     recorded provider
 * @param temperature null when not set
 * @param maxTokens null when not set
 * @param baseUrl null for the provider's default
 * @param apiKeyEnv the variable holding the key; null for the provider's default
 * @param label the id shown in tables instead of provider/model; null when not set
 * @param pricing a price override for this entry; null when not set
 * @param rpm requests per minute cap; null when not set
 * @param tpm tokens per minute cap; null when not set
 * @param apiVersion azure's api-version; null when not set
 * @param location where the entry is in the config file
 */
public record ProviderEntry(
    String provider,
    String model,
    Double temperature,
    Integer maxTokens,
    String baseUrl,
    String apiKeyEnv,
    String label,
    PriceOverride pricing,
    Integer rpm,
    Integer tpm,
    String apiVersion,
    SourceLocation location) {

  /**
   * The provider that calls nothing: it replays the recorded replies, so production's own model is
   * scored beside the candidates. Its entry takes no model, has no price and no call timings.
   */
  public static final String RECORDED = "recorded";

  /** Whether this entry replays the recorded replies ({@link #RECORDED}) instead of calling. */
  public boolean isRecorded() {
    return isRecorded(provider);
  }

  /** Whether a provider name (an entry's, or one read back from a report) is {@link #RECORDED}. */
  public static boolean isRecorded(String provider) {
    return RECORDED.equals(provider);
  }

  /**
   * The id used in tables, reports and {@code --models}: the label, else {@code provider/model}.
   */
  public String id() {
    if (label != null && !label.isBlank()) {
      return label;
    }
    return isRecorded() ? RECORDED : provider + "/" + model;
  }

  public static ProviderEntry of(String provider, String model) {
    return new ProviderEntry(
        provider, model, null, null, null, null, null, null, null, null, null, null);
  }

  public ProviderEntry withTemperature(Double t) {
    return new ProviderEntry(
        provider,
        model,
        t,
        maxTokens,
        baseUrl,
        apiKeyEnv,
        label,
        pricing,
        rpm,
        tpm,
        apiVersion,
        location);
  }
}
