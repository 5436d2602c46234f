package ai.trainloop.config;

import static ai.trainloop.config.ConfigFiles.load;
import static ai.trainloop.config.ConfigFiles.loadError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkSettingsTest {
  @TempDir Path dir;

  @Test
  void should_fill_in_defaults_when_keys_are_absent() {
    TrainloopConfig cfg =
        load(
            dir,
            """
        trainloop:
          benchmark:
            providers: [openai/gpt-4o]
        """);

    BenchmarkConfig b = cfg.benchmark();
    assertThat(cfg.dataFolder()).isEqualTo(dir.toAbsolutePath().resolve("data"));
    assertThat(b.maxConcurrentRequests()).isEqualTo(5);
    assertThat(b.trackCosts()).isTrue();
    assertThat(b.trackResponseTimes()).isFalse();
    assertThat(b.retry()).isEqualTo(new RetryConfig(6, Duration.ofSeconds(60)));
    assertThat(b.compare()).isEqualTo(new CompareConfig(0.05, 0.02, List.of("score"), 0.20, 0.20));
    assertThat(b.priorities()).isEmpty();
    assertThat(b.maxSamples()).isNull();
    assertThat(b.maxCost()).isNull();
    assertThat(b.seed()).isNull();
    assertThat(b.envPath()).isNull();
    assertThat(cfg.metrics()).isEmpty();
    assertThat(cfg.suites()).isEmpty();
    assertThat(cfg.pricing()).isEmpty();
  }

  @Test
  void should_use_all_defaults_for_an_empty_trainloop_key() {
    TrainloopConfig cfg = load(dir, "trainloop:\n");

    assertThat(cfg.benchmark()).isEqualTo(BenchmarkConfig.empty());
    assertThat(cfg.configFile()).isEqualTo(dir.toAbsolutePath().resolve(ConfigLocator.FILE_NAME));
    assertThat(cfg.baseDir()).isEqualTo(dir.toAbsolutePath());
  }

  @Test
  void should_treat_a_key_with_an_empty_value_as_absent() {
    BenchmarkConfig b =
        load(
                dir,
                """
        trainloop:
          benchmark:
            max_concurrent_requests:
            retry:
        """)
            .benchmark();

    assertThat(b.maxConcurrentRequests()).isEqualTo(5);
    assertThat(b.retry()).isEqualTo(RetryConfig.DEFAULT);
  }

  @Test
  void should_read_every_benchmark_key() {
    TrainloopConfig cfg =
        load(
            dir,
            """
        trainloop:
          data_folder: ../shared/data
          benchmark:
            max_samples: 100
            max_concurrent_requests: 8
            track_costs: false
            track_response_times: true
            performance_threshold: 0.75
            cost_threshold: 0.01
            max_response_time: 3.0
            accuracy_weight: 0.8
            cost_weight: 0.2
            request_delay: 0.25
            retry: {max_attempts: 3, max_wait: 1.5}
            max_cost: 12.345
            compare:
              alpha: 0.01
              regression_tolerance: 0.05
              fail_on: [score, latency]
              cost_tolerance: 0.1
              latency_tolerance: 0.3
            seed: 42
            env_path: ../secrets/.env
        """);

    BenchmarkConfig b = cfg.benchmark();
    assertThat(cfg.dataFolder()).isEqualTo(dir.toAbsolutePath().getParent().resolve("shared/data"));
    assertThat(b.maxSamples()).isEqualTo(100);
    assertThat(b.maxConcurrentRequests()).isEqualTo(8);
    assertThat(b.trackCosts()).isFalse();
    assertThat(b.trackResponseTimes()).isTrue();
    assertThat(b.performanceThreshold()).isEqualTo(0.75);
    assertThat(b.costThreshold()).isEqualTo(0.01);
    assertThat(b.maxResponseTimeSeconds()).isEqualTo(3.0);
    assertThat(b.accuracyWeight()).isEqualTo(0.8);
    assertThat(b.costWeight()).isEqualTo(0.2);
    assertThat(b.requestDelaySeconds()).isEqualTo(0.25);
    assertThat(b.retry()).isEqualTo(new RetryConfig(3, Duration.ofMillis(1500)));
    assertThat(b.maxCost()).isEqualTo(new BigDecimal("12.345"));
    assertThat(b.compare())
        .isEqualTo(new CompareConfig(0.01, 0.05, List.of("score", "latency"), 0.1, 0.3));
    assertThat(b.seed()).isEqualTo(42L);
    assertThat(b.envPath()).isEqualTo(dir.toAbsolutePath().getParent().resolve("secrets/.env"));
  }

  @Test
  void should_keep_money_exact_from_the_text_of_the_value() {
    TrainloopConfig cfg =
        load(
            dir,
            """
        trainloop:
          pricing:
            gpt-4o-mini: {input_per_million: 0.15, output_per_million: 0.60, cached_input_per_million: 0.075}
            my-model: {input_per_million: "0.1"}
          benchmark:
            max_cost: 0.1
        """);

    PriceOverride mini = cfg.pricing().get("gpt-4o-mini");
    assertThat(mini.inputPerMillion()).isEqualTo(new BigDecimal("0.15"));
    assertThat(mini.outputPerMillion()).isEqualTo(new BigDecimal("0.60")).hasToString("0.60");
    assertThat(mini.cachedInputPerMillion()).isEqualTo(new BigDecimal("0.075"));
    assertThat(cfg.pricing().get("my-model").inputPerMillion()).isEqualTo(new BigDecimal("0.1"));
    assertThat(cfg.benchmark().maxCost())
        .isEqualTo(new BigDecimal("0.1"))
        .isNotEqualTo(new BigDecimal("0.1000000000000000055511151231257827021181583404541015625"));
    assertThat(cfg.pricing()).containsOnlyKeys("gpt-4o-mini", "my-model");
  }

  @Test
  void should_keep_priorities_in_config_order() {
    BenchmarkConfig b =
        load(
                dir,
                """
        trainloop:
          benchmark:
            priorities:
              speed: 0.2
              accuracy: 0.4
              creativity: 0.1
              cost: 0.3
        """)
            .benchmark();

    assertThat(b.priorities())
        .containsExactly(
            entry("speed", 0.2),
            entry("accuracy", 0.4),
            entry("creativity", 0.1),
            entry("cost", 0.3));
  }

  @Test
  void should_reject_a_negative_weight() {
    ConfigException priority =
        loadError(
            dir,
            """
        trainloop:
          benchmark:
            priorities: {accuracy: 0.5, cost: -0.5}
        """);
    ConfigException shortForm =
        loadError(
            dir,
            """
        trainloop:
          benchmark:
            cost_weight: -1
        """);

    assertThat(priority.location().line()).isEqualTo(3);
    assertThat(priority.location().column()).isEqualTo(39);
    assertThat(priority.keyPath()).isEqualTo("trainloop.benchmark.priorities.cost");
    assertThat(priority.detail()).isEqualTo("a weight cannot be negative, got -0.5");
    assertThat(shortForm.detail()).isEqualTo("a weight cannot be negative, got -1");
  }

  @Test
  void should_check_the_ranges_of_benchmark_settings() {
    assertThat(error("max_concurrent_requests: 0")).isEqualTo("must be at least 1, got 0");
    assertThat(error("performance_threshold: 1.2")).isEqualTo("must be between 0 and 1, got 1.2");
    assertThat(error("cost_threshold: -0.01")).isEqualTo("must be at least 0, got -0.01");
    assertThat(error("max_response_time: 0")).isEqualTo("must be greater than 0, got 0");
    assertThat(error("request_delay: -1")).isEqualTo("must be between 0 and 86400, got -1");
    assertThat(error("retry: {max_attempts: 0}")).isEqualTo("must be at least 1, got 0");
    assertThat(error("compare: {alpha: 1}"))
        .isEqualTo("must be between 0 and 1 (exclusive), got 1");
    assertThat(error("max_cost: -5")).isEqualTo("must be at least 0, got -5");
    assertThat(error("track_costs: maybe")).isEqualTo("expected true or false, got 'maybe'");
    assertThat(error("seed: 4.2")).isEqualTo("expected an integer, got '4.2'");
  }

  @Test
  void should_read_stop_grace_in_seconds_and_reject_zero_negative_and_nan_at_its_line() {
    assertThat(load(dir, "trainloop:\n  benchmark:\n    stop_grace: 1.5\n").benchmark().stopGrace())
        .isEqualTo(Duration.ofMillis(1500));
    assertThat(load(dir, "trainloop:\n  benchmark:\n    seed: 1\n").benchmark().stopGrace())
        .isEqualTo(Duration.ofSeconds(5));
    ConfigException zero = loadError(dir, "trainloop:\n  benchmark:\n    stop_grace: 0\n");
    assertThat(zero.location().line()).isEqualTo(3);
    assertThat(zero.keyPath()).isEqualTo("trainloop.benchmark.stop_grace");
    assertThat(zero.detail()).isEqualTo("must be greater than 0, got 0");
    assertThat(error("stop_grace: -2")).isEqualTo("must be greater than 0, got -2");
    assertThat(error("stop_grace: .nan")).contains("number");
  }

  @Test
  void should_read_replay_params_recorded_by_default_and_config_only_when_asked() {
    assertThat(load(dir, "trainloop:\n  benchmark:\n    seed: 1\n").benchmark().replayParams())
        .isEqualTo(ReplayParams.RECORDED);
    assertThat(
            load(dir, "trainloop:\n  benchmark:\n    replay_params: config_only\n")
                .benchmark()
                .replayParams())
        .isEqualTo(ReplayParams.CONFIG_ONLY);
  }

  @Test
  void should_reject_an_unknown_replay_params_value_at_its_line_with_a_suggestion() {
    ConfigException e =
        loadError(dir, "trainloop:\n  benchmark:\n    replay_params: config-only\n");

    assertThat(e.location().line()).isEqualTo(3);
    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark.replay_params");
    assertThat(e.detail()).isEqualTo("unknown value 'config-only'; did you mean 'config_only'?");
    assertThat(error("replay_params: [recorded]")).contains("expected a string");
  }

  @Test
  void should_suggest_the_nearest_fail_on_value_at_the_list_item() {
    ConfigException e =
        loadError(
            dir,
            """
        trainloop:
          benchmark:
            compare:
              fail_on: [score, latncy]
        """);

    assertThat(e.location().column()).isEqualTo(24);
    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark.compare.fail_on[1]");
    assertThat(e.detail()).isEqualTo("unknown comparison 'latncy'; did you mean 'latency'?");
  }

  @Test
  void should_accept_a_single_fail_on_value_and_an_empty_list() {
    assertThat(
            load(dir, "trainloop:\n  benchmark:\n    compare: {fail_on: cost}\n")
                .benchmark()
                .compare()
                .failOn())
        .containsExactly("cost");
    assertThat(
            load(dir, "trainloop:\n  benchmark:\n    compare: {fail_on: []}\n")
                .benchmark()
                .compare()
                .failOn())
        .isEmpty();
  }

  @Test
  void should_accept_trainloops_own_keys() {
    TrainloopConfig cfg =
        load(
            dir,
            """
        trainloop:
          data_folder: data
          log_level: info
          host_allowlist: [api.openai.com, api.anthropic.com]
          flush_immediately: true
          version: 0.9.0
          judge:
            models: [openai/gpt-4o, anthropic/claude-3-5-sonnet-20241022]
            calls_per_model_per_claim: 3
            temperature: 0.7
            env_path: ../.env.judge
        """);

    assertThat(cfg.dataFolder()).isEqualTo(dir.toAbsolutePath().resolve("data"));
  }

  private String error(String benchmarkLine) {
    return loadError(dir, "trainloop:\n  benchmark:\n    " + benchmarkLine + "\n").detail();
  }

  @Test
  void should_accept_lenient_spellings_of_numbers_and_booleans() {
    BenchmarkConfig b =
        load(
                dir,
                """
        trainloop:
          benchmark:
            max_concurrent_requests: 4.0
            max_samples: "50"
            track_costs: no
            track_response_times: Yes
            max_cost: "0.50"
        """)
            .benchmark();

    assertThat(b.maxConcurrentRequests()).isEqualTo(4);
    assertThat(b.maxSamples()).isEqualTo(50);
    assertThat(b.trackCosts()).isFalse();
    assertThat(b.trackResponseTimes()).isTrue();
    assertThat(b.maxCost()).isEqualTo(new BigDecimal("0.50"));
  }

  @Test
  void should_read_max_error_rate_with_a_default_of_5_percent() {
    assertThat(load(dir, "trainloop:\n").benchmark().maxErrorRate()).isEqualTo(0.05);
    assertThat(
            load(dir, "trainloop:\n  benchmark:\n    max_error_rate: 0.2\n")
                .benchmark()
                .maxErrorRate())
        .isEqualTo(0.2);
  }

  @Test
  void should_reject_a_max_error_rate_outside_0_to_1_at_its_line() {
    ConfigException e = loadError(dir, "trainloop:\n  benchmark:\n    max_error_rate: 1.5\n");

    assertThat(e.location().line()).isEqualTo(3);
    assertThat(e.keyPath()).isEqualTo("trainloop.benchmark.max_error_rate");
    assertThat(e.detail()).contains("must be between 0 and 1, got 1.5");
  }
}
