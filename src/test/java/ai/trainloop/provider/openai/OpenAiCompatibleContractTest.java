package ai.trainloop.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderContract;
import ai.trainloop.provider.Usage;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/** {@code provider: openai-compatible} (a vLLM server) with its key named in {@code api_key_env}. */
class OpenAiCompatibleContractTest extends ProviderContract {

  private static final String MODEL = "meta-llama/Llama-3.1-8B-Instruct";

  @Override
  protected String key() {
    return "vllm-local-token-0123456789";
  }

  @Override
  protected Map<String, String> env(HttpUrl server) {
    return Map.of("VLLM_API_KEY", key(), "OPENAI_API_KEY", "sk-not-this-one-0123456789");
  }

  @Override
  protected ProviderEntry entry(HttpUrl server) {
    return new ProviderEntry("openai-compatible", MODEL, 0.7, 50, server.resolve("/v1").toString(), "VLLM_API_KEY",
        null, null, null, null, null, null);
  }

  @Override
  protected String model() {
    return MODEL;
  }

  @Override
  protected String expectedTarget() {
    return "/v1/chat/completions";
  }

  @Override
  protected void assertAuthentication(Headers headers) {
    assertThat(headers.get("Authorization")).isEqualTo("Bearer " + key());
  }

  @Override
  protected String expectedBodyResource() {
    return "requests/openai-compatible.json";
  }

  @Override
  protected String replyBody() throws IOException {
    return resource("fixtures/openai/recorded-response.json");
  }

  @Override
  protected ChatResponse expectedReply() {
    return new ChatResponse("I'm unable to provide real-time weather updates. To get the current weather in San "
        + "Francisco, I recommend checking a reliable weather website or app like the Weather Channel or a local "
        + "news station.", new Usage(14L, 37L, 0L, 0L, 0L), "stop");
  }

  @Override
  protected Stream<ErrorCase> errorCases() {
    return OpenAiErrorCases.cases("openai-compatible", "VLLM_API_KEY");
  }

  @Override
  protected String unauthorizedBodyEchoing(String key) {
    return OpenAiErrorCases.unauthorizedEchoing(key);
  }

  @Override
  protected String keyRejectedMessage() {
    return "openai-compatible rejected the API key in VLLM_API_KEY (401): Incorrect API key provided: ***";
  }
}
