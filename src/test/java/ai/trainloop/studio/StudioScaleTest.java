package ai.trainloop.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run of 50,000 results (10,000 samples × 5 models). The budget is the 2 seconds, counted
 * as CPU time of the thread answering (the test machine is shared, so wall time would measure the
 * neighbours).
 */
class StudioScaleTest {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  @TempDir Path temp;

  @Test
  void should_answer_the_summary_and_first_page_of_a_run_of_50000_results_in_under_two_seconds()
      throws Exception {
    LargeRunFixture.write(temp, 10_000);
    StudioApi api = new StudioApi(new RunStore(temp));
    String run = LargeRunFixture.RUN_ID;

    Timed summary = timed(() -> api.handle(List.of("runs", run), null));
    Timed latency = timed(() -> api.handle(List.of("runs", run, "latency"), null));
    Timed firstPage = timed(() -> api.handle(List.of("runs", run, "samples"), "limit=50"));
    Timed search =
        timed(
            () ->
                api.handle(
                    List.of("runs", run, "samples"), "failed=1&q=reply%2042&model=openai/gpt-4o"));

    assertThat(summary.body().has("results")).isFalse();
    assertThat(firstPage.body().get("total").asInt()).isEqualTo(10_000);
    assertThat(firstPage.body().get("samples")).hasSize(50);
    assertThat(search.body().get("total").asInt()).isBetween(1, 9_999);
    assertThat(summary.cpu())
        .as("report summary, skipping 50,000 rows of report.json")
        .isLessThan(Duration.ofMillis(700));
    assertThat(summary.cpu().plus(latency.cpu()).plus(firstPage.cpu()))
        .as("summary, latency chart and first page of samples (index built)")
        .isLessThan(Duration.ofSeconds(2));
    assertThat(search.cpu())
        .as("a filtered search over the index")
        .isLessThan(Duration.ofMillis(500));
  }

  @Test
  void should_embed_50000_results_compactly_in_the_html_report() throws Exception {
    Path run = LargeRunFixture.write(temp, 10_000);
    Path html = temp.resolve("report.html");
    long resultsBytes = Files.size(run.resolve("results.jsonl"));

    HtmlReport.write(run, html);

    assertThat(Files.size(html))
        .as("smaller than results.jsonl, which repeats every key on every line")
        .isLessThan(resultsBytes);
  }

  private record Timed(JsonNode body, Duration cpu, Duration wall) {}

  private interface Call {
    StudioApi.Reply call() throws Exception;
  }

  /** Runs the call and serialises its body as the server would, timing both. */
  private static Timed timed(Call call) throws Exception {
    long cpu = THREADS.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    StudioApi.Reply reply = call.call();
    byte[] bytes = StudioJson.MAPPER.writeValueAsBytes(reply.body());
    Timed timed =
        new Timed(
            reply.body(),
            Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - cpu),
            Duration.ofNanos(System.nanoTime() - wall));
    assertThat(reply.status()).isEqualTo(200);
    assertThat(bytes).isNotEmpty();
    System.out.printf(
        "studio scale: %d bytes, cpu %s, wall %s%n", bytes.length, timed.cpu(), timed.wall());
    return timed;
  }
}
