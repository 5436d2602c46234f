package ai.trainloop.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderContract;
import ai.trainloop.provider.Usage;
import java.io.IOException;
import java.util.stream.Stream;
import okhttp3.Headers;

/**
 * The shared contract for every provider speaking OpenAI's wire format (openai, openai-compatible,
 * azure): the same recorded reply, the same error bodies, a Bearer key at {@code
 * /v1/chat/completions} unless a subclass says otherwise.
 */
abstract class OpenAiWireContract extends ProviderContract {

  /** The provider name as configured, as it appears in messages. */
  protected abstract String providerName();

  /** The variable the key is read from. */
  protected abstract String keyVariable();

  @Override
  protected String expectedTarget() {
    return "/v1/chat/completions";
  }

  @Override
  protected void assertAuthentication(Headers headers) {
    assertThat(headers.get("Authorization")).isEqualTo("Bearer " + key());
  }

  @Override
  protected String replyBody() throws IOException {
    return resource("fixtures/openai/recorded-response.json");
  }

  @Override
  protected ChatResponse expectedReply() {
    return new ChatResponse(
        "I'm unable to provide real-time weather updates. To get the current weather in San "
            + "Francisco, I recommend checking a reliable weather website or app like the Weather Channel or a local "
            + "news station.",
        new Usage(14L, 37L, 0L, 0L, 0L),
        "stop");
  }

  @Override
  protected Stream<ErrorCase> errorCases() {
    return OpenAiErrorCases.cases(providerName(), keyVariable());
  }

  @Override
  protected String unauthorizedBodyEchoing(String key) {
    return OpenAiErrorCases.unauthorizedEchoing(key);
  }

  @Override
  protected String keyRejectedMessage() {
    return providerName()
        + " rejected the API key in "
        + keyVariable()
        + " (401): Incorrect API key provided: ***";
  }
}
