package ai.trainloop.config;

/**
 * {@code benchmark.speed_measure}: which time the decision matrix's speed column weighs. Either way
 * speed = 1 − the model's time ÷ the slowest model's.
 */
public enum SpeedMeasure {
  /** The mean response time, from the request's first byte to the reply's last: the default. */
  TOTAL("total"),
  /**
   * The median time to first token of a streamed run ({@code latency_ms.ttft_p50}); needs {@code
   * stream: true} or {@code --stream}.
   */
  TTFT("ttft");

  private final String key;

  SpeedMeasure(String key) {
    this.key = key;
  }

  /** The value as the config writes it. */
  public String key() {
    return key;
  }

  /** The measure a config value names; null for none. */
  public static SpeedMeasure of(String key) {
    for (SpeedMeasure m : values()) {
      if (m.key.equals(key)) {
        return m;
      }
    }
    return null;
  }
}
