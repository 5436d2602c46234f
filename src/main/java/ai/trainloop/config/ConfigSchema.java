package ai.trainloop.config;

import static ai.trainloop.config.Kind.BOOLEAN;
import static ai.trainloop.config.Kind.INTEGER;
import static ai.trainloop.config.Kind.INTEGER_OR_MAPPING;
import static ai.trainloop.config.Kind.LIST;
import static ai.trainloop.config.Kind.LIST_OR_MAPPING;
import static ai.trainloop.config.Kind.MAPPING;
import static ai.trainloop.config.Kind.NUMBER;
import static ai.trainloop.config.Kind.SCALAR;
import static ai.trainloop.config.Kind.STRING;
import static ai.trainloop.config.Kind.STRING_LIST;

import java.util.List;
import java.util.Map;

/**
 * The keys {@code trainloop.config.yaml} accepts, mapping by mapping, with the kind of each value.
 * Ranges, defaults and cross-field rules live in the parsers that read these mappings.
 */
final class ConfigSchema {
  /** The document itself: one {@code trainloop:} key. */
  static final Map<String, Kind> ROOT = Map.of("trainloop", MAPPING);

  /**
   * {@code trainloop}: our keys and TrainLoop's own (log_level, host_allowlist, flush_immediately,
   * judge, version).
   */
  static final Map<String, Kind> TRAINLOOP =
      Map.of(
          "data_folder", STRING,
          "log_level", STRING,
          "host_allowlist", STRING_LIST,
          "flush_immediately", BOOLEAN,
          "version", SCALAR,
          "judge", MAPPING,
          "eval", MAPPING,
          "pricing", MAPPING,
          "benchmark", MAPPING);

  /**
   * {@code trainloop.judge}: TrainLoop's LLM-judge settings; {@code models} are entries like {@code
   * benchmark.providers}' (a list, or one string).
   */
  static final Map<String, Kind> JUDGE =
      Map.of(
          "models", STRING_LIST,
          "calls_per_model_per_claim", INTEGER,
          "temperature", NUMBER,
          "env_path", STRING,
          "template", STRING);

  static final Map<String, Kind> EVAL =
      Map.of("metrics", MAPPING, "suites", LIST_OR_MAPPING, "metric_timeout", NUMBER);

  static final Map<String, Kind> SUITE = Map.of("tag", STRING, "metrics", STRING_LIST);

  /** A price block: top-level {@code pricing.<model>} and a provider entry's {@code pricing}. */
  static final Map<String, Kind> PRICE =
      Map.of(
          "input_per_million", NUMBER,
          "output_per_million", NUMBER,
          "cached_input_per_million", NUMBER,
          "cache_write_per_million", NUMBER);

  static final Map<String, Kind> BENCHMARK =
      Map.ofEntries(
          Map.entry("providers", LIST),
          Map.entry("max_samples", INTEGER),
          Map.entry("samples_per_tag", INTEGER_OR_MAPPING),
          Map.entry("max_concurrent_requests", INTEGER),
          Map.entry("track_costs", BOOLEAN),
          Map.entry("track_response_times", BOOLEAN),
          Map.entry("performance_threshold", NUMBER),
          Map.entry("cost_threshold", NUMBER),
          Map.entry("max_response_time", NUMBER),
          Map.entry("accuracy_weight", NUMBER),
          Map.entry("cost_weight", NUMBER),
          Map.entry("priorities", MAPPING),
          Map.entry("request_delay", NUMBER),
          Map.entry("retry", MAPPING),
          Map.entry("max_cost", NUMBER),
          Map.entry("compare", MAPPING),
          Map.entry("seed", INTEGER),
          Map.entry("stop_grace", NUMBER),
          Map.entry("max_error_rate", NUMBER),
          Map.entry("env_path", STRING),
          Map.entry("replay_params", STRING),
          Map.entry("stream", BOOLEAN),
          Map.entry("speed_measure", STRING),
          Map.entry("cache", BOOLEAN),
          Map.entry("cache_ttl", SCALAR),
          Map.entry("repeats", INTEGER),
          Map.entry("repeat_reducer", STRING),
          Map.entry("control", STRING),
          Map.entry("batch", BOOLEAN));

  static final Map<String, Kind> RETRY = Map.of("max_attempts", INTEGER, "max_wait", NUMBER);

  static final Map<String, Kind> COMPARE =
      Map.of(
          "alpha", NUMBER,
          "regression_tolerance", NUMBER,
          "fail_on", STRING_LIST,
          "cost_tolerance", NUMBER,
          "latency_tolerance", NUMBER);

  /** What {@code compare.fail_on} may list. */
  static final List<String> FAIL_ON = List.of("score", "tag_score", "cost", "latency");

  /**
   * A provider entry in mapping form: {@code provider}+{@code model}, or {@code name}+{@code
   * models} (the other keys then apply to each model).
   */
  static final Map<String, Kind> PROVIDER_ENTRY =
      Map.ofEntries(
          Map.entry("provider", STRING),
          Map.entry("name", STRING),
          Map.entry("model", STRING),
          Map.entry("models", STRING_LIST),
          Map.entry("temperature", NUMBER),
          Map.entry("max_tokens", INTEGER),
          Map.entry("base_url", STRING),
          Map.entry("api_key_env", STRING),
          Map.entry("label", STRING),
          Map.entry("pricing", MAPPING),
          Map.entry("rpm", INTEGER),
          Map.entry("tpm", INTEGER),
          Map.entry("api_version", STRING),
          Map.entry("stream", BOOLEAN),
          Map.entry("batch", BOOLEAN));

  private ConfigSchema() {}
}
