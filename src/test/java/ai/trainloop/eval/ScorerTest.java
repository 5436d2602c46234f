package ai.trainloop.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.SourceLocation;
import ai.trainloop.config.SuiteSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ScorerTest {
  private static final SourceLocation AT =
      new SourceLocation(Path.of("trainloop.config.yaml"), 30, 7);

  private final Map<String, Metric> metrics =
      new LinkedHashMap<>(
          Map.of(
              "has_greeting_word",
                  s -> s.output().toLowerCase(Locale.ROOT).contains("hello") ? 1 : 0,
              "is_short", s -> s.output().split(" ").length <= 3 ? 1 : 0,
              "is_polite", s -> s.output().contains("please") ? 1 : 0.5));

  private static SuiteSpec suite(String tag, String... metrics) {
    return new SuiteSpec(tag, List.of(metrics), AT);
  }

  private static Sample sample(String tag, String output) {
    return new Sample(
        "id-" + output.hashCode(), tag, List.of(new Message("user", "Say hi")), output, "m", "");
  }

  @Test
  void should_cover_only_tags_that_have_a_suite() {
    Scorer scorer = new Scorer(metrics, List.of(suite("greeting-generation", "is_short")));

    assertThat(scorer.covers("greeting-generation")).isTrue();
    assertThat(scorer.covers("summaries")).isFalse();
    assertThat(scorer.metricsFor("summaries")).isEmpty();
  }

  @Test
  void should_union_the_metrics_of_every_suite_of_a_tag_in_order_without_duplicates() {
    Scorer scorer =
        new Scorer(
            metrics,
            List.of(
                suite("greeting-generation", "has_greeting_word", "is_short"),
                suite("other", "is_polite"),
                suite("greeting-generation", "is_short", "is_polite")));

    assertThat(scorer.metricsFor("greeting-generation"))
        .containsExactly("has_greeting_word", "is_short", "is_polite");
    assertThat(scorer.metricsFor("other")).containsExactly("is_polite");
  }

  @Test
  void should_score_a_sample_with_every_metric_of_its_tag() {
    Scorer scorer =
        new Scorer(
            metrics, List.of(suite("greeting-generation", "has_greeting_word", "is_polite")));

    List<MetricScore> scores = scorer.score(sample("greeting-generation", "Hello there friend"));

    assertThat(scores)
        .containsExactly(
            new MetricScore("has_greeting_word", 1.0, null),
            new MetricScore("is_polite", 0.5, null));
    assertThat(Scorer.sampleScore(scores)).isEqualTo(0.75);
  }

  @Test
  void should_fail_the_evaluation_of_a_throwing_metric_and_keep_its_class_and_message() {
    metrics.put(
        "judge",
        s -> {
          throw new IllegalStateException("judge timed out");
        });
    metrics.put(
        "npe",
        s -> {
          throw new NullPointerException();
        });
    Scorer scorer = new Scorer(metrics, List.of(suite("t", "has_greeting_word", "judge", "npe")));

    List<MetricScore> scores = scorer.score(sample("t", "hello"));

    assertThat(scores)
        .containsExactly(
            new MetricScore("has_greeting_word", 1.0, null),
            MetricScore.failure("judge", "java.lang.IllegalStateException: judge timed out"),
            MetricScore.failure("npe", "java.lang.NullPointerException"));
    assertThat(scores.get(1).failed()).isTrue();
    assertThat(Scorer.sampleScore(scores)).as("a failure is left out, not a 0").isEqualTo(1.0);
  }

  @Test
  void should_keep_a_checked_exception_or_error_from_a_metric_as_a_value() {
    metrics.put(
        "io",
        s -> {
          throw new java.io.IOException("file gone");
        });
    metrics.put("deep", ScorerTest::recurse);
    Scorer scorer = new Scorer(metrics, List.of(suite("t", "io", "deep")));

    assertThat(scorer.score(sample("t", "x")))
        .extracting(MetricScore::error)
        .containsExactly("java.io.IOException: file gone", "java.lang.StackOverflowError");
  }

  @SuppressWarnings("InfiniteRecursion") // on purpose: a metric that overflows its stack
  private static double recurse(Sample s) {
    return recurse(s) + 1;
  }

  @Test
  void should_fail_nan_infinite_or_out_of_range_values_with_what_was_returned() {
    metrics.put("nan", s -> Double.NaN);
    metrics.put("too_big", s -> 1.5);
    metrics.put("negative", s -> -0.1);
    metrics.put("infinite", s -> Double.POSITIVE_INFINITY);
    metrics.put("minus_infinite", s -> Double.NEGATIVE_INFINITY);
    metrics.put("edge", s -> 1.0);
    Scorer scorer =
        new Scorer(
            metrics,
            List.of(
                suite("t", "nan", "too_big", "negative", "infinite", "minus_infinite", "edge")));

    List<MetricScore> scores = scorer.score(sample("t", "x"));

    assertThat(scores)
        .containsExactly(
            MetricScore.failure("nan", "returned NaN; a score must be between 0 and 1"),
            MetricScore.failure("too_big", "returned 1.5; a score must be between 0 and 1"),
            MetricScore.failure("negative", "returned -0.1; a score must be between 0 and 1"),
            MetricScore.failure("infinite", "returned Infinity; a score must be between 0 and 1"),
            MetricScore.failure(
                "minus_infinite", "returned -Infinity; a score must be between 0 and 1"),
            new MetricScore("edge", 1.0, null));
    assertThat(Scorer.sampleScore(scores)).isEqualTo(1.0);
  }

  @Test
  void should_leave_a_sample_unscored_when_every_metric_failed() {
    metrics.put("nan", s -> Double.NaN);
    metrics.put(
        "boom",
        s -> {
          throw new IllegalStateException("boom");
        });
    Scorer scorer = new Scorer(metrics, List.of(suite("t", "nan", "boom")));

    List<MetricScore> scores = scorer.score(sample("t", "x"));

    assertThat(scores).allMatch(MetricScore::failed);
    assertThat(Scorer.sampleScoreOf(scores)).isEmpty();
    assertThat(Scorer.sampleScore(scores)).isNaN();
  }

  @Test
  void should_fail_the_evaluation_of_a_metric_that_runs_out_of_memory_and_go_on() {
    // thrown rather than provoked: filling the heap would take minutes on a shared machine; the
    // catch is the same
    metrics.put(
        "hog",
        s -> {
          throw new OutOfMemoryError("Java heap space");
        });
    Scorer scorer = new Scorer(metrics, List.of(suite("t", "hog", "has_greeting_word")));

    List<MetricScore> scores = scorer.score(sample("t", "hello"));

    assertThat(scores.get(0).failed()).isTrue();
    assertThat(scores.get(0).error()).isEqualTo("java.lang.OutOfMemoryError: Java heap space");
    assertThat(scores.get(1)).isEqualTo(new MetricScore("has_greeting_word", 1.0, null));
    assertThat(scorer.score(sample("t", "hello")).get(1).score())
        .as("the next sample is scored")
        .isEqualTo(1.0);
  }

  @Test
  void should_time_out_a_metric_that_never_returns_and_skip_it_after_three_time_outs() {
    java.util.concurrent.CountDownLatch never = new java.util.concurrent.CountDownLatch(1);
    java.util.concurrent.atomic.AtomicInteger calls =
        new java.util.concurrent.atomic.AtomicInteger();
    metrics.put(
        "hangs",
        s -> {
          calls.incrementAndGet();
          while (true) {
            try {
              never.await(); // deaf to interrupts: its thread stays stuck
            } catch (InterruptedException ignored) {
              // a hostile metric swallows the interrupt
            }
          }
        });
    Scorer scorer =
        new Scorer(
            metrics,
            List.of(suite("t", "hangs", "has_greeting_word")),
            java.time.Duration.ofMillis(200));

    List<List<MetricScore>> runs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      runs.add(scorer.score(sample("t", "hello")));
    }

    for (int i = 0; i < 3; i++) {
      assertThat(runs.get(i).get(0))
          .isEqualTo(MetricScore.failure("hangs", "timed out after 0.2 s"));
    }
    for (int i = 3; i < 5; i++) {
      assertThat(runs.get(i).get(0))
          .isEqualTo(MetricScore.failure("hangs", "skipped: metric hangs timed out 3 times"));
    }
    assertThat(runs).allSatisfy(r -> assertThat(r.get(1).score()).isEqualTo(1.0));
    assertThat(calls).as("no more threads are abandoned after three").hasValue(3);
    scorer.close();
  }

  @Test
  void should_interrupt_a_timed_out_metric_so_its_thread_is_not_kept() throws Exception {
    java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
    metrics.put(
        "sleeps",
        s -> {
          try {
            Thread.sleep(60_000);
          } finally {
            stopped.countDown();
          }
          return 1;
        });
    Scorer scorer =
        new Scorer(metrics, List.of(suite("t", "sleeps")), java.time.Duration.ofMillis(100));

    assertThat(scorer.score(sample("t", "x")).get(0).error()).isEqualTo("timed out after 0.1 s");
    assertThat(stopped.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
    scorer.close();
  }

  @Test
  void should_reject_a_suite_naming_an_unknown_metric_with_did_you_mean() {
    ConfigException e =
        catchThrowableOfType(
            ConfigException.class,
            () ->
                new Scorer(
                    metrics,
                    List.of(suite("a", "is_short"), suite("b", "is_short", "has_greting_word"))));

    assertThat(e.location()).isEqualTo(AT);
    assertThat(e.keyPath()).isEqualTo("trainloop.eval.suites[1].metrics[1]");
    assertThat(e.detail())
        .startsWith("unknown metric 'has_greting_word'; did you mean 'has_greeting_word'?");
  }

  @Test
  void should_reject_a_suite_without_metrics() {
    ConfigException e =
        catchThrowableOfType(ConfigException.class, () -> new Scorer(metrics, List.of(suite("a"))));

    assertThat(e.keyPath()).isEqualTo("trainloop.eval.suites[0].metrics");
    assertThat(e.detail()).isEqualTo("a suite needs at least one metric");
  }

  @Test
  void should_refuse_to_score_a_sample_of_an_uncovered_tag() {
    Scorer scorer = new Scorer(metrics, List.of(suite("a", "is_short")));

    assertThatThrownBy(() -> scorer.score(sample("b", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'b'");
    assertThatThrownBy(() -> Scorer.sampleScore(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void should_give_the_same_scores_when_called_from_many_threads() throws Exception {
    Scorer scorer =
        new Scorer(metrics, List.of(suite("t", "has_greeting_word", "is_short", "is_polite")));
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      samples.add(sample("t", i % 2 == 0 ? "hello please " + i : "good day to you " + i));
    }
    List<List<MetricScore>> expected = samples.stream().map(scorer::score).toList();

    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<MetricScore>>> futures = new ArrayList<>();
      for (Sample s : samples) {
        futures.add(pool.submit(() -> scorer.score(s)));
      }
      for (int i = 0; i < samples.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(expected.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
