package ai.trainloop.provider.cache;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.chat.RequestParams;
import ai.trainloop.provider.ChatRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class CacheKeyRepeatTest {
  @Test
  void should_give_each_repeat_of_one_request_its_own_key() {
    ChatRequest r =
        new ChatRequest(
            "gpt", List.of(new ChatMessage("user", "hi")), RequestParams.NONE, null, false);

    String k0 = CacheKey.of("openai", "http://x", r, 0);
    String k1 = CacheKey.of("openai", "http://x", r, 1);

    assertThat(k0).isNotEqualTo(k1);
    assertThat(CacheKey.of("openai", "http://x", r, 1)).isEqualTo(k1);
  }
}
