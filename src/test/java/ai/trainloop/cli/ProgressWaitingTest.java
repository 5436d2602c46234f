package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.aggregate.ResultCollector;
import ai.trainloop.aggregate.RunAggregator;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.results.ModelRef;
import ai.trainloop.results.ResultsJsonlWriter;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * While retries hold calls back, the progress line says which model waits, why, for how long, and
 * how many retries there were: what a cron log shows of a throttled run (stderr not a terminal: a
 * plain line per tick).
 */
class ProgressWaitingTest {
  private static final String CLAUDE = "anthropic/claude-3-5-haiku";
  private static final String GPT = "openai/gpt-4o-mini";

  private final StringWriter err = new StringWriter();
  private final AtomicLong nanos = new AtomicLong();
  private final Progress progress;
  private final ResultCollector collector;

  ProgressWaitingTest() throws Exception {
    Map<String, Long> totals = new LinkedHashMap<>();
    totals.put(CLAUDE, 10L);
    totals.put(GPT, 10L);
    progress = new Progress(new PrintWriter(err, true), Terminal.plain(true), nanos::get, totals);
    RunAggregator aggregator =
        new RunAggregator(
            List.of(
                ModelRef.of(ProviderEntry.of("anthropic", "claude-3-5-haiku")),
                ModelRef.of(ProviderEntry.of("openai", "gpt-4o-mini"))));
    collector =
        new ResultCollector(
            Map.of(),
            new ResultsJsonlWriter(new ByteArrayOutputStream()),
            aggregator,
            progress,
            row -> {},
            line -> {},
            new ai.trainloop.run.RunControl());
  }

  @Test
  void should_say_which_model_is_rate_limited_when_it_retries_and_how_many_retries_so_far() {
    // given three retries the runner reported through the collector 7 s into the run, the last a 1
    // s rate-limit wait
    nanos.set(Duration.ofSeconds(7).toNanos());
    collector.onWaiting(CLAUDE, Duration.ofMillis(2100), "HTTP 529");
    collector.onWaiting(GPT, Duration.ofMillis(300), "connection failed");
    collector.onWaiting(CLAUDE, Duration.ofSeconds(1), "rate limited");

    // when the progress ticker draws
    progress.draw();

    // then the plain line says so
    assertThat(err.toString())
        .isEqualTo(
            "progress: 0/20 calls, elapsed 00:07, ETA --"
                + " · anthropic/claude-3-5-haiku 0/10 · openai/gpt-4o-mini 0/10"
                + " · anthropic/claude-3-5-haiku: rate limited, retrying in 1.0 s; 3 retries so far\n");
  }

  @Test
  void should_keep_saying_a_call_waits_until_its_wait_is_over_and_count_the_retries_at_the_end() {
    // given a 30 s wait announced at 0 s
    collector.onWaiting(CLAUDE, Duration.ofSeconds(30), "rate limited");

    // when the line is drawn at 10 s, then at 31 s
    nanos.set(Duration.ofSeconds(10).toNanos());
    String during = progress.line();
    nanos.set(Duration.ofSeconds(31).toNanos());
    String after = progress.line();

    // then the note shows the time left while waiting, and is gone afterwards
    assertThat(during)
        .endsWith("anthropic/claude-3-5-haiku: rate limited, retrying in 20.0 s; 1 retry so far");
    assertThat(after).doesNotContain("retrying");
  }
}
