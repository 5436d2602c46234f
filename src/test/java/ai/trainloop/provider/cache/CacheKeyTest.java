package ai.trainloop.provider.cache;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.RequestParams;
import ai.trainloop.provider.ChatRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class CacheKeyTest {
  private static final String URL = "https://api.openai.com/v1/";

  private static ChatRequest request(Double temperature) {
    return new ChatRequest(
        "gpt-4o",
        List.of(new ChatMessage("system", "be brief"), new ChatMessage("user", "hi")),
        RequestParams.of(temperature, 100),
        null);
  }

  @Test
  void should_give_the_same_key_for_the_same_call() {
    assertThat(CacheKey.of("openai", URL, request(0.2), 0))
        .isEqualTo(CacheKey.of("openai", URL, request(0.2), 0))
        .hasSize(64);
  }

  @Test
  void should_differ_by_parameter_repeat_index_base_url_vendor_stream_and_message() {
    String key = CacheKey.of("openai", URL, request(0.2), 0);
    ChatRequest otherMessage =
        new ChatRequest(
            "gpt-4o",
            List.of(new ChatMessage("system", "be brief"), new ChatMessage("user", "hi!")),
            RequestParams.of(0.2, 100),
            null);
    assertThat(
            List.of(
                CacheKey.of("openai", URL, request(0.3), 0),
                CacheKey.of("openai", URL, request(0.2), 1),
                CacheKey.of("openai", "http://127.0.0.1:8080/v1/", request(0.2), 0),
                CacheKey.of("azure", URL, request(0.2), 0),
                CacheKey.of("openai", URL, request(0.2).streamed(true), 0),
                CacheKey.of("openai", URL, otherMessage, 0)))
        .doesNotContain(key)
        .doesNotHaveDuplicates();
  }

  @Test
  void should_hash_a_canonical_json_naming_every_field_sent() {
    String json = CacheKey.canonical("openai", URL, request(0.2), 3);
    assertThat(json)
        .contains("\"vendor\":\"openai\"", "\"repeat\":3", "\"temperature\":0.2", "be brief");
    assertThat(json).contains("\"model\":\"gpt-4o\"", "\"maxTokens\":100", "\"stream\":false");
  }
}
