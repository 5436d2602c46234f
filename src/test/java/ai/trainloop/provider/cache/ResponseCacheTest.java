package ai.trainloop.provider.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.ToolCall;
import ai.trainloop.provider.CallCancel;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.Usage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseCacheTest {
  @TempDir Path dir;

  private final List<String> warnings = Collections.synchronizedList(new ArrayList<>());
  private static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");
  private static final ChatRequest REQUEST =
      new ChatRequest("m", List.of(new ChatMessage("user", "hi")), 0.0, 10, null);

  private ResponseCache cache(Instant now) {
    return new ResponseCache(
        dir.resolve("responses"),
        Duration.ofDays(14),
        Clock.fixed(now, ZoneOffset.UTC),
        warnings::add);
  }

  private static ChatResponse reply(String text) {
    return new ChatResponse(
        text,
        new Usage(100L, 20L, 5L, 0L, 3L),
        "tool_calls",
        null,
        List.of(new ToolCall("c1", "lookup", "{\"q\": 1}")));
  }

  @Test
  void should_return_a_stored_reply_whole_with_its_latency_and_time() {
    cache(T0).put("k", reply("yes"), Duration.ofMillis(1234));

    CachedReply got = cache(T0.plusSeconds(60)).get("k").orElseThrow();

    assertThat(got.response().text()).isEqualTo("yes");
    assertThat(got.response().usage()).isEqualTo(new Usage(100L, 20L, 5L, 0L, 3L));
    assertThat(got.response().finishReason()).isEqualTo("tool_calls");
    assertThat(got.response().toolCalls())
        .containsExactly(new ToolCall("c1", "lookup", "{\"q\": 1}"));
    assertThat(got.latency()).isEqualTo(Duration.ofMillis(1234));
    assertThat(got.storedAt()).isEqualTo(T0);
  }

  @Test
  void should_miss_an_entry_older_than_the_ttl() {
    cache(T0).put("k", reply("yes"), null);

    assertThat(cache(T0.plus(Duration.ofDays(14))))
        .satisfies(c -> assertThat(c.get("k")).isPresent());
    assertThat(cache(T0.plus(Duration.ofDays(14)).plusSeconds(1)).get("k")).isEmpty();
  }

  @Test
  void should_treat_a_corrupt_entry_as_a_miss_with_one_warning() throws Exception {
    Files.createDirectories(dir.resolve("responses"));
    Files.writeString(
        dir.resolve("responses/k.json"), "{\"stored_at\": \"2026-01-01T00:00:00Z\", \"te");
    ResponseCache c = cache(T0);

    assertThat(c.get("k")).isEmpty();
    assertThat(c.get("k")).isEmpty();

    assertThat(warnings).hasSize(1);
    assertThat(warnings.get(0)).contains("k.json", "unreadable");
  }

  @Test
  void should_never_show_a_half_written_entry_to_two_writers_and_readers_racing() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> work = new ArrayList<>();
      AtomicInteger hits = new AtomicInteger();
      for (int w = 0; w < 2; w++) {
        ResponseCache writer = cache(T0);
        String text = "writer " + w + " " + "x".repeat(20_000);
        work.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 200; i++) {
                    writer.put("same", reply(text), Duration.ofMillis(i));
                  }
                }));
      }
      for (int r = 0; r < 2; r++) {
        ResponseCache reader = cache(T0);
        work.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < 400; i++) {
                    reader
                        .get("same")
                        .ifPresent(
                            got -> {
                              assertThat(got.response().text())
                                  .startsWith("writer ")
                                  .hasSize(20_009);
                              hits.incrementAndGet();
                            });
                  }
                }));
      }
      for (Future<?> f : work) {
        f.get();
      }
      assertThat(hits.get()).isPositive();
    } finally {
      pool.shutdownNow();
    }
    assertThat(warnings).isEmpty();
    try (var files = Files.list(dir.resolve("responses"))) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("same.json");
    }
  }

  @Test
  void should_answer_a_second_identical_call_from_the_cache_and_mark_it() throws Exception {
    AtomicInteger sent = new AtomicInteger();
    ChatProvider provider =
        new CachingProvider(stub(sent, reply("yes")), cache(T0), "http://x/v1/", 0);
    provider.complete(REQUEST, new CallCancel());
    CallCancel second = new CallCancel();

    ChatResponse again = provider.complete(REQUEST, second);

    assertThat(sent.get()).isEqualTo(1);
    assertThat(second.trace().cached()).isTrue();
    assertThat(again.text()).isEqualTo("yes");
    assertThat(
            new CachingProvider(stub(sent, reply("yes")), cache(T0), "http://x/v1/", 1)
                .complete(REQUEST, new CallCancel())
                .text())
        .isEqualTo("yes");
    assertThat(sent.get()).as("another repeat index is another key").isEqualTo(2);
  }

  @Test
  void should_never_cache_an_error_or_a_content_filtered_reply() throws Exception {
    AtomicInteger sent = new AtomicInteger();
    ChatProvider failing =
        new CachingProvider(
            new ChatProvider() {
              @Override
              public ChatResponse complete(ChatRequest request) throws ProviderException {
                sent.incrementAndGet();
                throw new ProviderException(ProviderException.Kind.SAMPLE_ERROR, 400, "bad");
              }

              @Override
              public String name() {
                return "openai";
              }
            },
            cache(T0),
            "",
            0);
    ChatProvider filtered =
        new CachingProvider(
            stub(sent, new ChatResponse("", Usage.of(5, 0), "content_filter")), cache(T0), "", 0);

    for (int i = 0; i < 2; i++) {
      assertThatThrownBy(() -> failing.complete(REQUEST)).isInstanceOf(ProviderException.class);
      filtered.complete(REQUEST);
    }

    assertThat(sent.get()).isEqualTo(4);
    assertThat(dir.resolve("responses")).doesNotExist();
  }

  private static ChatProvider stub(AtomicInteger sent, ChatResponse response) {
    return new ChatProvider() {
      @Override
      public ChatResponse complete(ChatRequest request) {
        sent.incrementAndGet();
        return response;
      }

      @Override
      public String name() {
        return "openai";
      }
    };
  }
}
