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
 * @param stream {@code stream}: whether this model's replies are streamed; null to follow {@code
 *     benchmark.stream} and {@code --stream}
 * @param batch {@code batch}: false keeps this model synchronous under {@code --batch} or {@code
 *     benchmark.batch: true}; null to follow them
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
    SourceLocation location,
    Boolean stream,
    Boolean batch) {

  /** An entry that follows the run's {@code batch}. */
  public ProviderEntry(
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
      SourceLocation location,
      Boolean stream) {
    this(
        provider,
        model,
        temperature,
        maxTokens,
        baseUrl,
        apiKeyEnv,
        label,
        pricing,
        rpm,
        tpm,
        apiVersion,
        location,
        stream,
        null);
  }

  /** An entry that follows the run's {@code stream}. */
  public ProviderEntry(
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
    this(
        provider,
        model,
        temperature,
        maxTokens,
        baseUrl,
        apiKeyEnv,
        label,
        pricing,
        rpm,
        tpm,
        apiVersion,
        location,
        null);
  }

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
    return builder().provider(provider).model(model).build();
  }

  public ProviderEntry withTemperature(Double t) {
    return toBuilder().temperature(t).build();
  }

  /** A builder with every key unset (null). */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this entry's keys. */
  public Builder toBuilder() {
    return new Builder()
            .provider(provider)
            .model(model)
            .temperature(temperature)
            .maxTokens(maxTokens)
            .baseUrl(baseUrl)
            .apiKeyEnv(apiKeyEnv)
            .label(label)
            .pricing(pricing)
            .rpm(rpm)
            .tpm(tpm)
            .apiVersion(apiVersion)
            .location(location)
            .stream(stream)
            .batch(batch);
  }

  /** Builds a {@link ProviderEntry} by named components; see the record for what each means. */
  public static final class Builder {
    private String provider;
    private String model;
    private Double temperature;
    private Integer maxTokens;
    private String baseUrl;
    private String apiKeyEnv;
    private String label;
    private PriceOverride pricing;
    private Integer rpm;
    private Integer tpm;
    private String apiVersion;
    private SourceLocation location;
    private Boolean stream;
    private Boolean batch;

    private Builder() {}

    public Builder provider(String provider) {
      this.provider = provider;
      return this;
    }

    public Builder model(String model) {
      this.model = model;
      return this;
    }

    public Builder temperature(Double temperature) {
      this.temperature = temperature;
      return this;
    }

    public Builder maxTokens(Integer maxTokens) {
      this.maxTokens = maxTokens;
      return this;
    }

    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    public Builder apiKeyEnv(String apiKeyEnv) {
      this.apiKeyEnv = apiKeyEnv;
      return this;
    }

    public Builder label(String label) {
      this.label = label;
      return this;
    }

    public Builder pricing(PriceOverride pricing) {
      this.pricing = pricing;
      return this;
    }

    public Builder rpm(Integer rpm) {
      this.rpm = rpm;
      return this;
    }

    public Builder tpm(Integer tpm) {
      this.tpm = tpm;
      return this;
    }

    public Builder apiVersion(String apiVersion) {
      this.apiVersion = apiVersion;
      return this;
    }

    public Builder stream(Boolean stream) {
      this.stream = stream;
      return this;
    }

    public Builder batch(Boolean batch) {
      this.batch = batch;
      return this;
    }

    public Builder location(SourceLocation location) {
      this.location = location;
      return this;
    }

    public ProviderEntry build() {
      return new ProviderEntry(
          provider,
          model,
          temperature,
          maxTokens,
          baseUrl,
          apiKeyEnv,
          label,
          pricing,
          rpm,
          tpm,
          apiVersion,
          location,
          stream,
          batch);
    }
  }
}
