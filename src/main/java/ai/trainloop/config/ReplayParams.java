package ai.trainloop.config;

import java.util.List;

/**
 * {@code benchmark.replay_params}: whether a replay sends what the recorded call asked for. Either
 * way the command line and the provider entry come first.
 */
public enum ReplayParams {
  /**
   * Send the recorded parameters (temperature, max_tokens, top_p, stop, seed, penalties,
   * reasoning_effort, ...) where the command line and the entry set none: the default.
   */
  RECORDED("recorded"),
  /**
   * Send only what the command line and the entry set, every model at one setting; the task's shape
   * (tools, tool_choice, parallel_tool_calls, response_format) is still sent as recorded.
   */
  CONFIG_ONLY("config_only");

  private final String key;

  ReplayParams(String key) {
    this.key = key;
  }

  /** The value as the config writes it. */
  public String key() {
    return key;
  }

  /** The values the config accepts, in order. */
  static List<String> keys() {
    return List.of(RECORDED.key, CONFIG_ONLY.key);
  }

  /** The value whose key is {@code key}, or null. */
  static ReplayParams of(String key) {
    for (ReplayParams p : values()) {
      if (p.key.equals(key)) {
        return p;
      }
    }
    return null;
  }
}
