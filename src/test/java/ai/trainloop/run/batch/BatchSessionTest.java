package ai.trainloop.run.batch;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.batch.BatchItem;
import ai.trainloop.provider.batch.BatchLimits;
import ai.trainloop.provider.batch.CustomIds;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchSessionTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-12-02T08:00:00Z"), ZoneOffset.UTC);

  @TempDir Path run;
  private final List<String> progress = new ArrayList<>();
  private final List<Duration> slept = new ArrayList<>();
  private final AtomicBoolean stop = new AtomicBoolean();

  private BatchSession session(BatchManifest manifest) {
    return new BatchSession(
        manifest, PollSchedule.DEFAULT, slept::add, CLOCK, stop::get, progress::add, 3);
  }

  private static List<BatchItem> items(int n) {
    return IntStream.range(0, n)
        .mapToObj(
            i ->
                new BatchItem(
                    CustomIds.of(i, 0),
                    new ChatRequest("m", List.of(new ChatMessage("user", "q" + i)), null, null)))
        .toList();
  }

  @Test
  void should_split_at_the_limit_and_write_each_batch_to_the_manifest_when_over_it()
      throws Exception {
    FakeBatchClient client = new FakeBatchClient(new BatchLimits(2, 1_000_000), 1);
    BatchManifest manifest = BatchManifest.open(run, JSON);

    BatchRun result = session(manifest).run(client, "m", items(5), false, BatchBudget.NONE);

    assertThat(client.submitted)
        .containsExactly(List.of("s0-r0", "s1-r0"), List.of("s2-r0", "s3-r0"), List.of("s4-r0"));
    assertThat(result.outcomes()).hasSize(5);
    assertThat(result.outcomes().get("s3-r0").response().text()).isEqualTo("reply s3-r0");
    assertThat(BatchManifest.open(run, JSON).entries())
        .extracting(ManifestEntry::batchId)
        .containsExactly("batch_1", "batch_2", "batch_3");
    assertThat(BatchManifest.open(run, JSON).entries().get(0).submittedAt())
        .isEqualTo(CLOCK.instant());
  }

  @Test
  void should_collect_without_submitting_when_the_manifest_holds_the_batches_after_a_crash()
      throws Exception {
    // given: a run killed after creating its batch: the manifest and the vendor have it
    BatchManifest before = BatchManifest.open(run, JSON);
    before.add(
        new ManifestEntry(
            "fake", "m", "batch_7", List.of("s0-r0", "s1-r0", "s2-r0"), CLOCK.instant()));
    FakeBatchClient client = new FakeBatchClient(new BatchLimits(10, 1_000_000), 3);
    client.existing("batch_7", List.of("s0-r0", "s1-r0", "s2-r0"));

    // when: resumed, reading the manifest from disk
    BatchRun result =
        session(BatchManifest.open(run, JSON)).run(client, "m", items(3), false, BatchBudget.NONE);

    // then
    assertThat(client.submitted).isEmpty();
    assertThat(client.polled).containsExactly("batch_7", "batch_7", "batch_7");
    assertThat(result.outcomes().keySet()).containsExactlyInAnyOrder("s0-r0", "s1-r0", "s2-r0");
    assertThat(slept).containsExactly(Duration.ofSeconds(5), Duration.ofSeconds(10));
  }

  @Test
  void should_resubmit_only_the_errors_when_retrying_errors() throws Exception {
    BatchManifest manifest = BatchManifest.open(run, JSON);
    FakeBatchClient client = new FakeBatchClient(new BatchLimits(10, 1_000_000), 1);
    client.failing = Set.of("s1-r0");
    BatchRun first = session(manifest).run(client, "m", items(3), false, BatchBudget.NONE);
    assertThat(first.outcomes().get("s1-r0").error().getMessage()).contains("overloaded_error");

    client.failing = Set.of();
    BatchRun second =
        session(BatchManifest.open(run, JSON))
            .run(client, "m", items(3).subList(1, 2), true, BatchBudget.NONE);

    assertThat(client.submitted)
        .containsExactly(List.of("s0-r0", "s1-r0", "s2-r0"), List.of("s1-r0"));
    assertThat(second.outcomes().get("s1-r0").ok()).isTrue();
  }

  @Test
  void should_submit_nothing_when_the_budget_refuses_the_batch() throws Exception {
    FakeBatchClient client = new FakeBatchClient(new BatchLimits(10, 1_000_000), 1);

    BatchRun result =
        session(BatchManifest.open(run, JSON))
            .run(client, "m", items(4), false, (v, m, items) -> "estimate $3.00 > --max-cost $1");

    assertThat(client.submitted).isEmpty();
    assertThat(result.refused()).contains("--max-cost");
    assertThat(Files.exists(run.resolve(BatchManifest.FILE))).isFalse();
  }

  @Test
  void should_leave_batches_running_when_stopped_while_polling() throws Exception {
    FakeBatchClient client = new FakeBatchClient(new BatchLimits(10, 1_000_000), 100);
    BatchSession session =
        new BatchSession(
            BatchManifest.open(run, JSON),
            PollSchedule.DEFAULT,
            d -> stop.set(true),
            CLOCK,
            stop::get,
            progress::add,
            3);

    BatchRun result = session.run(client, "m", items(2), false, BatchBudget.NONE);

    assertThat(result.stopped()).isTrue();
    assertThat(result.running()).containsExactly("batch_1");
    assertThat(client.cancelled).isEmpty();
    assertThat(progress).anyMatch(l -> l.contains("batch_1: in_progress 0/2"));
  }
}
