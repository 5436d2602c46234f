package ai.trainloop.run;

import static ai.trainloop.run.Recorder.samples;
import static ai.trainloop.run.Recorder.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.RetryConfig;
import ai.trainloop.eval.Counterpart;
import ai.trainloop.eval.MetricScore;
import ai.trainloop.eval.Sample;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.ProviderException.Kind;
import ai.trainloop.provider.Usage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Replies compared with another model's reply to the same sample ({@code judge_pairwise}): scored
 * once that reply exists, with the reason when it never will (its call failed, the run stopped),
 * never blocking a thread or the run, however many replies wait.
 */
class RunnerPairwiseTest {
  private static final String A = "openai/a";
  private static final String B = "openai/b";
  private final Recorder recorder = new Recorder();
  private final RunControl control = new RunControl();

  /** a's replies are compared with b's: the metric holds b's reply, or fails with why. */
  private static final SampleScoring PAIRED =
      new SampleScoring() {
        @Override
        public List<MetricScore> score(Sample sample) {
          return List.of(new MetricScore("own", 1, null));
        }

        @Override
        public Set<String> awaits(String tag, String modelId) {
          return modelId.equals(A) ? Set.of(B) : Set.of();
        }

        @Override
        public Set<String> awaited() {
          return Set.of(B);
        }

        @Override
        public List<MetricScore> score(Sample sample, Map<String, Counterpart> others) {
          Counterpart b = others.get(B);
          return List.of(
              b.ok()
                  ? new MetricScore("vs_b", 1, null, b.reply())
                  : MetricScore.failure("vs_b", b.error()));
        }
      };

  private Runner runner(int maxConcurrent) {
    return new Runner(
        new RunOptions(maxConcurrent, Duration.ZERO, RetryConfig.DEFAULT, null, 1),
        Ticker.SYSTEM,
        recorder,
        null);
  }

  private MetricScore vsB(String sampleId) {
    return recorder.results.stream()
        .filter(r -> r.modelId().equals(A) && r.sampleId().equals(sampleId))
        .findFirst()
        .orElseThrow()
        .metrics()
        .get(0);
  }

  @Test
  void should_score_each_reply_with_the_slower_models_reply_however_many_wait() {
    // far more replies of a wait for b than the scoring backlog holds: none may hold it up
    ScriptedProvider a = ScriptedProvider.echo("openai", 0);
    ScriptedProvider b =
        new ScriptedProvider(
            "openai",
            2,
            (prompt, attempt) -> {
              if (prompt.equals("p7")) {
                throw new ProviderException(Kind.SAMPLE_ERROR, 400, "HTTP 400: too long");
              }
              return new ChatResponse("b says " + prompt, Usage.of(1, 1), "stop");
            });
    List<ModelTarget> models =
        List.of(
            target(ProviderEntry.of("openai", "a"), a),
            target(ProviderEntry.builder().provider("anthropic").model("b").label(B).build(), b));

    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> runner(4).run(samples(300), models, PAIRED, control, Duration.ofSeconds(5)));

    assertThat(recorder.results).hasSize(600);
    assertThat(vsB("id3").reason()).isEqualTo("b says p3");
    assertThat(vsB("id7").failed()).isTrue();
    assertThat(vsB("id7").error()).isEqualTo("HTTP 400: too long");
  }

  @Test
  void should_score_a_waiting_reply_with_the_reason_once_the_run_stops() throws Exception {
    ScriptedProvider a = ScriptedProvider.echo("openai", 0);
    ScriptedProvider b = ScriptedProvider.echo("openai", 60_000); // never answers in time
    List<ModelTarget> models =
        List.of(
            target(ProviderEntry.of("openai", "a"), a),
            target(ProviderEntry.builder().provider("anthropic").model("b").label(B).build(), b));
    AtomicReference<RunSummary> summary = new AtomicReference<>();
    Thread run =
        new Thread(
            () -> {
              try {
                summary.set(
                    runner(4).run(samples(2), models, PAIRED, control, Duration.ofMillis(300)));
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    run.start();
    assertThat(Recorder.eventually(() -> a.calls.get() == 2 && b.calls.get() == 2)).isTrue();

    control.stop("interrupted");
    run.join(10_000);

    assertThat(run.isAlive()).isFalse();
    assertThat(vsB("id0").failed()).isTrue();
    assertThat(vsB("id0").error()).isEqualTo("the run stopped before it replied (interrupted)");
  }
}
