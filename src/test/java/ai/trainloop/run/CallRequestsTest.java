package ai.trainloop.run;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.RequestParams;
import ai.trainloop.chat.ToolSpec;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.ReplayParams;
import ai.trainloop.config.RetryConfig;
import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.Usage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which value each parameter of a replay takes, and what the result says was sent. */
class CallRequestsTest {
  private static final RequestParams RECORDED =
      RequestParams.builder()
          .temperature(0.2)
          .maxTokens(256)
          .stop(List.of("END"))
          .seed(7L)
          .tools(List.of(new ToolSpec("get_weather", null, Map.of(), null)))
          .stream(true)
          .dropped(List.of("user"))
          .build();
  private static final RecordedCall CALL =
      new RecordedCall(
          "id",
          "t",
          List.of(new ChatMessage("user", "hi")),
          "out",
          "gpt-4o",
          Map.of(),
          RECORDED,
          null,
          "f:1");

  /** An adapter that leaves out the seed, as Anthropic's does. */
  private static final ChatProvider NO_SEED =
      new ChatProvider() {
        @Override
        public ChatResponse complete(ChatRequest request) {
          return new ChatResponse("", Usage.UNKNOWN, null);
        }

        @Override
        public List<String> dropped(ChatRequest request) {
          return request.params().seed() != null ? List.of("seed") : List.of();
        }

        @Override
        public String name() {
          return "anthropic";
        }
      };

  private static ModelTarget target(Double temperature, Integer maxTokens) {
    ProviderEntry entry =
        new ProviderEntry(
            "anthropic",
            "claude",
            temperature,
            maxTokens,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    return new ModelTarget(entry, NO_SEED, "k");
  }

  private static RunOptions options(Double cliTemperature, ReplayParams replay) {
    return new RunOptions(1, Duration.ZERO, RetryConfig.DEFAULT, cliTemperature, 1, replay);
  }

  @Test
  void should_take_the_command_line_then_the_entry_then_the_recorded_value() {
    RequestParams cli =
        CallRequests.of(target(0.9, 100), CALL, options(0.5, ReplayParams.RECORDED)).params();
    RequestParams entry =
        CallRequests.of(target(0.9, null), CALL, options(null, ReplayParams.RECORDED)).params();
    RequestParams recorded =
        CallRequests.of(target(null, null), CALL, options(null, ReplayParams.RECORDED)).params();

    assertThat(cli.temperature()).isEqualTo(0.5);
    assertThat(cli.maxTokens()).isEqualTo(100);
    assertThat(entry.temperature()).isEqualTo(0.9);
    assertThat(entry.maxTokens()).isEqualTo(256);
    assertThat(recorded.temperature()).isEqualTo(0.2);
    assertThat(recorded.stop()).containsExactly("END");
  }

  @Test
  void should_send_only_the_config_and_the_tasks_shape_with_config_only() {
    RequestParams p =
        CallRequests.of(target(null, 400), CALL, options(null, ReplayParams.CONFIG_ONLY)).params();

    assertThat(p.temperature()).isNull();
    assertThat(p.maxTokens()).isEqualTo(400);
    assertThat(p.stop()).isEmpty();
    assertThat(p.seed()).isNull();
    assertThat(p.stream()).isNull();
    assertThat(p.dropped()).isEmpty();
    assertThat(p.tools()).extracting(ToolSpec::name).containsExactly("get_weather");
  }

  @Test
  void should_record_what_was_sent_without_what_the_vendor_left_out_and_list_the_dropped() {
    ChatRequest request =
        CallRequests.of(target(0.9, null), CALL, options(null, ReplayParams.RECORDED));

    SentParams sent = CallRequests.sent(NO_SEED, request);

    assertThat(sent.params())
        .containsExactly(
            Map.entry("temperature", 0.9),
            Map.entry("max_tokens", 256),
            Map.entry("stop", List.of("END")),
            Map.entry("tools", List.of("get_weather")),
            Map.entry("stream", true));
    assertThat(sent.dropped()).containsExactly("user", "seed");
  }
}
