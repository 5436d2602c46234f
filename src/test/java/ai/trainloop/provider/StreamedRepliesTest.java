package ai.trainloop.provider;

import static ai.trainloop.provider.ProviderContract.resource;
import static ai.trainloop.provider.StreamServer.data;
import static ai.trainloop.provider.StreamServer.events;
import static ai.trainloop.provider.StreamServer.provider;
import static ai.trainloop.provider.StreamServer.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Streamed replies of the three vendors read into the same response a whole reply gives: text,
 * finish reason and the usage the vendor reported, from the vendors' own recorded streams.
 */
class StreamedRepliesTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void should_read_openais_recorded_stream_with_its_usage_and_ask_for_the_usage() throws Exception {
    // given OpenAI's recorded stream, cut by max_tokens, with the final usage chunk
    server.enqueue(events(resource("fixtures/openai/stream-finish-length-with-usage.sse")));
    CallCancel cancel = new CallCancel();

    // when
    ChatResponse r = provider(server, "openai").complete(request("gpt-4o"), cancel);

    // then the reply is what the deltas said, with the reported usage
    assertThat(r.text()).isEqualTo("{\"");
    assertThat(r.finishReason()).isEqualTo("length");
    assertThat(r.usage()).isEqualTo(new Usage(79L, 1L, 0L, 0L, 0L));
    // and the request asked for a stream with its usage
    RecordedRequest sent = server.takeRequest();
    JsonNode body = JSON.readTree(sent.getBody().utf8());
    assertThat(body.path("stream").asBoolean()).isTrue();
    assertThat(body.path("stream_options").path("include_usage").asBoolean()).isTrue();
    assertThat(sent.getHeaders().get("Accept")).isEqualTo("text/event-stream");
    // and the first token was timed within the call
    CallTiming timing = cancel.trace().timing();
    assertThat(timing.firstToken()).isNotNull();
    assertThat(timing.firstToken()).isLessThanOrEqualTo(timing.total());
  }

  @Test
  void should_read_anthropics_recorded_stream_with_usage_merged_from_start_and_delta()
      throws Exception {
    // given Anthropic's recorded stream (a ping among the events)
    server.enqueue(events(resource("fixtures/anthropic/stream-basic_response.txt")));

    // when
    ChatResponse r = provider(server, "anthropic").complete(request("m"), new CallCancel());

    // then input from message_start, output from message_delta
    assertThat(r.text()).isEqualTo("Hello there!");
    assertThat(r.finishReason()).isEqualTo("end_turn");
    assertThat(r.usage()).isEqualTo(new Usage(11L, 6L, 0L, 0L, 0L));
    JsonNode body = JSON.readTree(server.takeRequest().getBody().utf8());
    assertThat(body.path("stream").asBoolean()).isTrue();
  }

  @Test
  void should_fail_anthropics_streamed_refusal_as_the_whole_reply_would() throws Exception {
    // given Anthropic's recorded refusal, streamed
    server.enqueue(events(resource("fixtures/anthropic/stream-refusal_response.txt")));

    // when
    ProviderException e =
        catchThrowableOfType(
            ProviderException.class,
            () -> provider(server, "anthropic").complete(request("m"), new CallCancel()));

    // then it is the same sample error as a refusal not streamed, with no time to first token
    assertThat(e.kind()).isEqualTo(ProviderException.Kind.SAMPLE_ERROR);
    assertThat(e.getMessage()).contains("refused");
  }

  @Test
  void should_stream_gemini_from_stream_generate_content_with_alt_sse() throws Exception {
    // given a Gemini stream: a thought, the answer in two chunks, the finish reason and usage last
    server.enqueue(
        events(
            data(
                """
                {"candidates": [{"content": {"role": "model", "parts": [{"text": "Thinking.", "thought": true}]}}]}""",
                """
                {"candidates": [{"content": {"role": "model", "parts": [{"text": "Hel"}]}}]}""",
                """
                {"candidates": [{"content": {"role": "model", "parts": [{"text": "lo"}]}, "finishReason": "STOP"}],
                 "usageMetadata": {"promptTokenCount": 4, "candidatesTokenCount": 2, "thoughtsTokenCount": 3}}""")));

    // when
    ChatResponse r =
        provider(server, "google").complete(request("gemini-2.0-flash"), new CallCancel());

    // then the answer alone, the thought billed as output
    assertThat(r.text()).isEqualTo("Hello");
    assertThat(r.finishReason()).isEqualTo("STOP");
    assertThat(r.usage()).isEqualTo(new Usage(4L, 5L, 0L, 0L, 3L));
    assertThat(server.takeRequest().getTarget())
        .isEqualTo("/v1beta/models/gemini-2.0-flash:streamGenerateContent?alt=sse");
  }

  @Test
  void should_say_usage_is_unknown_when_a_compatible_server_streams_none() throws Exception {
    // given an OpenAI-compatible server that ignores stream_options
    server.enqueue(
        events(
            data(
                "{\"choices\": [{\"index\": 0, \"delta\": {\"role\": \"assistant\", \"content\": \"Hi\"}}]}",
                "{\"choices\": [{\"index\": 0, \"delta\": {}, \"finish_reason\": \"stop\"}]}",
                "[DONE]")));

    // when
    ChatResponse r = provider(server, "openai").complete(request("m"), new CallCancel());

    // then the text, and tokens unknown: never estimated
    assertThat(r.text()).isEqualTo("Hi");
    assertThat(r.usage()).isEqualTo(Usage.UNKNOWN);
    assertThat(r.usage().known()).isFalse();
  }

  @Test
  void should_read_a_whole_reply_from_a_server_that_ignores_stream() throws Exception {
    // given a server answering a stream request with a whole JSON reply
    server.enqueue(
        new MockResponse.Builder()
            .addHeader("Content-Type", "application/json")
            .body(
                """
                {"choices": [{"message": {"content": "Whole"}, "finish_reason": "stop"}],
                 "usage": {"prompt_tokens": 3, "completion_tokens": 1}}""")
            .build());
    CallCancel cancel = new CallCancel();

    // when
    ChatResponse r = provider(server, "openai").complete(request("m"), cancel);

    // then it is read as a whole reply, with no time to first token
    assertThat(r.text()).isEqualTo("Whole");
    assertThat(cancel.trace().timing().firstToken()).isNull();
  }
}
