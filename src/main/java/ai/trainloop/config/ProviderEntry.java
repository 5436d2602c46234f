package ai.trainloop.config;

/**
 * One model to benchmark, whichever of the three YAML shapes it was written in.
 *
 * @param provider provider name as written, lower-cased: openai, anthropic, google (alias gemini),
 *     openai-compatible, ollama, openrouter, groq, together, azure, recorded
 * @param model the provider's model id (for azure: the deployment); "recorded" for the recorded
 *     provider
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
   * The id used in tables, reports and {@code --models}: the label, else {@code provider/model}.
   */
  public String id() {
    if (label != null && !label.isBlank()) {
      return label;
    }
    return "recorded".equals(provider) ? "recorded" : provider + "/" + model;
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
