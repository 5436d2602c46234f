package ai.trainloop.provider.openai;

import ai.trainloop.config.ProviderEntry;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * {@code provider: openai-compatible} (a vLLM server) with its key named in {@code api_key_env}.
 */
class OpenAiCompatibleContractTest extends OpenAiWireContract {

  @Override
  protected String providerName() {
    return "openai-compatible";
  }

  @Override
  protected String keyVariable() {
    return "VLLM_API_KEY";
  }

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
    return ProviderEntry.builder()
        .provider("openai-compatible")
        .model(MODEL)
        .temperature(0.7)
        .maxTokens(50)
        .baseUrl(server.resolve("/v1").toString())
        .apiKeyEnv("VLLM_API_KEY")
        .build();
  }

  @Override
  protected String model() {
    return MODEL;
  }

  @Override
  protected String expectedBodyResource() {
    return "requests/openai-compatible.json";
  }
}
