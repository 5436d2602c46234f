package ai.trainloop.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** {@code trainloop.benchmark}, with its defaults and ranges. */
final class BenchmarkParser {
  private static final Bounds MAX_WAIT = Bounds.between("0", "86400");
  private static final BigDecimal MAX_STOP_GRACE = new BigDecimal("86400");

  private BenchmarkParser() {}

  /** The benchmark section; {@link BenchmarkConfig#empty()} when {@code b} is null. */
  static BenchmarkConfig parse(YamlMap b, Path baseDir, ProviderCatalog providers) {
    if (b == null) {
      return BenchmarkConfig.empty();
    }
    String envPath = b.text("env_path");
    List<ProviderEntry> entries = new ProviderEntryParser(b.file(), providers).parse(b);
    return BenchmarkConfig.builder()
        .providers(entries)
        .maxSamples(b.integer("max_samples", Bounds.AT_LEAST_ONE))
        .samplesPerTag(samplesPerTag(b))
        .maxConcurrentRequests(
            orDefault(b.integer("max_concurrent_requests", Bounds.AT_LEAST_ONE), 5))
        .trackCosts(orDefault(b.bool("track_costs"), true))
        .trackResponseTimes(orDefault(b.bool("track_response_times"), false))
        .performanceThreshold(b.number("performance_threshold", Bounds.UNIT))
        .costThreshold(b.number("cost_threshold", Bounds.NON_NEGATIVE))
        .maxResponseTimeSeconds(b.number("max_response_time", Bounds.POSITIVE))
        .accuracyWeight(weight(b, "accuracy_weight"))
        .costWeight(weight(b, "cost_weight"))
        .priorities(priorities(b))
        .requestDelaySeconds(b.number("request_delay", Bounds.REQUEST_DELAY))
        .retry(retry(b.map("retry", ConfigSchema.RETRY)))
        .maxCost(b.decimal("max_cost", Bounds.NON_NEGATIVE))
        .compare(compare(b.map("compare", ConfigSchema.COMPARE)))
        .seed(seed(b))
        .envPath(envPath == null ? null : baseDir.resolve(envPath).normalize())
        .stopGrace(stopGrace(b))
        .maxErrorRate(
            orDefault(
                b.number("max_error_rate", Bounds.UNIT), BenchmarkConfig.DEFAULT_MAX_ERROR_RATE))
        .replayParams(replayParams(b))
        .stream(orDefault(b.bool("stream"), false))
        .speedMeasure(speedMeasure(b))
        .cache(orDefault(b.bool("cache"), false))
        .cacheTtl(cacheTtl(b))
        .repeats(orDefault(b.integer("repeats", Bounds.AT_LEAST_ONE), 1))
        .repeatReducer(repeatReducer(b))
        .control(control(b, entries))
        .batch(orDefault(b.bool("batch"), false))
        .build();
  }

  /**
   * {@code samples_per_tag}: a positive integer for every tag, or a mapping of tag to a positive
   * integer (at least one tag).
   */
  private static SamplesPerTag samplesPerTag(YamlMap b) {
    if (!b.has("samples_per_tag")) {
      return null;
    }
    if (!(b.value("samples_per_tag") instanceof MappingNode)) {
      return SamplesPerTag.everyTag(b.integer("samples_per_tag", Bounds.AT_LEAST_ONE));
    }
    YamlMap m = b.map("samples_per_tag", null);
    if (m.keys().isEmpty()) {
      throw b.error("samples_per_tag", "expected at least one tag: {tag: n}, or one number");
    }
    Map<String, Integer> quotas = new LinkedHashMap<>();
    Map<String, SourceLocation> locations = new LinkedHashMap<>();
    for (String tag : m.keys()) {
      BigInteger n = m.has(tag) ? Nodes.integer(m.value(tag)) : null;
      if (n == null || n.signum() <= 0 || n.bitLength() > 31) {
        throw m.error(
            tag,
            "expected a positive integer (samples of tag '"
                + tag
                + "'), got "
                + (m.has(tag) ? Nodes.describe(m.value(tag)) : "nothing"));
      }
      quotas.put(tag, n.intValue());
      locations.put(tag, m.location(tag));
    }
    return new SamplesPerTag(null, quotas, locations);
  }

  private static Double weight(YamlMap m, String key) {
    BigDecimal w = m.decimal(key, Bounds.ANY);
    if (w != null && w.signum() < 0) {
      throw m.error(key, "a weight cannot be negative, got " + w.toPlainString());
    }
    return w == null ? null : w.doubleValue();
  }

  /**
   * {@code priorities}: name to weight, in config order; names are checked where metrics are known.
   */
  private static Map<String, Double> priorities(YamlMap b) {
    YamlMap p = b.map("priorities", null);
    if (p == null) {
      return Map.of();
    }
    Map<String, Double> out = new LinkedHashMap<>();
    for (String name : p.keys()) {
      if (!p.has(name)) {
        throw p.error(name, "expected a weight (a number), got nothing");
      }
      out.put(name, weight(p, name));
    }
    return Collections.unmodifiableMap(out);
  }

  private static RetryConfig retry(YamlMap r) {
    if (r == null) {
      return RetryConfig.DEFAULT;
    }
    BigDecimal wait = r.decimal("max_wait", MAX_WAIT);
    return new RetryConfig(
        orDefault(
            r.integer("max_attempts", Bounds.AT_LEAST_ONE), RetryConfig.DEFAULT.maxAttempts()),
        wait == null ? RetryConfig.DEFAULT.maxWait() : seconds(wait));
  }

  /** Seconds, exact to the nanosecond. */
  static Duration seconds(BigDecimal seconds) {
    return Duration.ofNanos(
        seconds.movePointRight(9).setScale(0, RoundingMode.HALF_UP).longValueExact());
  }

  private static CompareConfig compare(YamlMap c) {
    if (c == null) {
      return CompareConfig.DEFAULT;
    }
    CompareConfig d = CompareConfig.DEFAULT;
    return new CompareConfig(
        orDefault(c.number("alpha", Bounds.strictlyBetween("0", "1")), d.alpha()),
        orDefault(c.number("regression_tolerance", Bounds.NON_NEGATIVE), d.regressionTolerance()),
        c.has("fail_on") ? failOn(c) : d.failOn(),
        orDefault(c.number("cost_tolerance", Bounds.NON_NEGATIVE), d.costTolerance()),
        orDefault(c.number("latency_tolerance", Bounds.NON_NEGATIVE), d.latencyTolerance()));
  }

  /**
   * {@code fail_on}: score, tag_score, cost and/or latency, without repeats; an empty list means
   * never fail.
   */
  private static List<String> failOn(YamlMap c) {
    List<String> out = new ArrayList<>();
    List<String> names = c.strings("fail_on");
    Node v = c.value("fail_on");
    for (int i = 0; i < names.size(); i++) {
      String s = names.get(i);
      if (!ConfigSchema.FAIL_ON.contains(s)) {
        String hint =
            Suggestions.hint(s, ConfigSchema.FAIL_ON, "expected score, tag_score, cost or latency");
        boolean list = v instanceof SequenceNode;
        Node at = list ? ((SequenceNode) v).getValue().get(i) : v;
        throw new ConfigException(
            Nodes.location(at, c.file()),
            c.path("fail_on") + (list ? "[" + i + "]" : ""),
            "unknown comparison '" + s + "'; " + hint);
      }
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }

  /** {@code stop_grace}: seconds a stopped run waits for calls in flight before cancelling them. */
  private static Duration stopGrace(YamlMap b) {
    BigDecimal grace = b.decimal("stop_grace", Bounds.POSITIVE);
    if (grace != null && grace.compareTo(MAX_STOP_GRACE) > 0) {
      throw b.error("stop_grace", "must be at most 86400 (a day), got " + grace.toPlainString());
    }
    return grace == null ? BenchmarkConfig.DEFAULT_STOP_GRACE : seconds(grace);
  }

  /** {@code replay_params}: recorded (the default) or config_only. */
  private static ReplayParams replayParams(YamlMap b) {
    String v = b.text("replay_params");
    if (v == null) {
      return ReplayParams.RECORDED;
    }
    ReplayParams p = ReplayParams.of(v);
    if (p == null) {
      String hint = Suggestions.hint(v, ReplayParams.keys(), "expected recorded or config_only");
      throw b.error("replay_params", "unknown value '" + v + "'; " + hint);
    }
    return p;
  }

  /** {@code control}: one of the configured models' ids, exactly as the tables show it. */
  private static String control(YamlMap b, List<ProviderEntry> entries) {
    String v = b.text("control");
    if (v == null) {
      return null;
    }
    List<String> ids = entries.stream().map(ProviderEntry::id).toList();
    if (!ids.contains(v.strip())) {
      throw b.error(
          "control",
          "unknown model '"
              + v
              + "'; configured: "
              + (ids.isEmpty() ? "none" : String.join(", ", ids)));
    }
    return v.strip();
  }

  /**
   * {@code speed_measure}: total (the default) or ttft, which needs the replies streamed ({@code
   * stream: true} here, or on every entry; {@code --stream} is checked where the command line is
   * known).
   */
  private static SpeedMeasure speedMeasure(YamlMap b) {
    String v = b.text("speed_measure");
    if (v == null) {
      return SpeedMeasure.TOTAL;
    }
    SpeedMeasure m = SpeedMeasure.of(v);
    if (m == null) {
      String hint =
          Suggestions.hint(v, java.util.List.of("total", "ttft"), "expected total or ttft");
      throw b.error("speed_measure", "unknown value '" + v + "'; " + hint);
    }
    return m;
  }

  /**
   * {@code cache_ttl}: a whole number of seconds, or with a unit: {@code 30m}, {@code 12h}, {@code
   * 14d}.
   */
  private static Duration cacheTtl(YamlMap b) {
    String v = b.text("cache_ttl");
    if (v == null) {
      return BenchmarkConfig.DEFAULT_CACHE_TTL;
    }
    Duration ttl = CacheTtl.parse(v);
    if (ttl == null) {
      throw b.error(
          "cache_ttl",
          "expected a duration above 0: seconds (3600) or a number with s, m, h or d (14d), got '"
              + v
              + "'");
    }
    return ttl;
  }

  /** {@code repeat_reducer}: mean (the default), majority, max or min. */
  private static RepeatReducer repeatReducer(YamlMap b) {
    String v = b.text("repeat_reducer");
    if (v == null) {
      return RepeatReducer.MEAN;
    }
    RepeatReducer r = RepeatReducer.of(v);
    if (r == null) {
      String hint =
          Suggestions.hint(v, RepeatReducer.keys(), "expected mean, majority, max or min");
      throw b.error("repeat_reducer", "unknown value '" + v + "'; " + hint);
    }
    return r;
  }

  private static Long seed(YamlMap b) {
    BigDecimal v = b.decimal("seed", Bounds.ANY);
    try {
      return v == null ? null : v.longValueExact();
    } catch (ArithmeticException e) {
      throw b.error("seed", "expected a 64-bit integer, got " + v.toPlainString());
    }
  }

  private static <T> T orDefault(T value, T fallback) {
    return value == null ? fallback : value;
  }
}
