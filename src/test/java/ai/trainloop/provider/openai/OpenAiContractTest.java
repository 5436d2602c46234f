package ai.trainloop.provider.openai;

import ai.trainloop.config.ProviderEntry;
import java.util.Map;
import okhttp3.HttpUrl;

/** OpenAI ({@code provider: openai}) against the shared contract; base URL from OPENAI_BASE_URL. */
class OpenAiContractTest extends OpenAiWireContract {

  @Override
  protected String providerName() {
    return "openai";
  }

  @Override
  protected String keyVariable() {
    return "OPENAI_API_KEY";
  }

  @Override
  protected String key() {
    return "sk-proj-contract0123456789abcdefSECRET";
  }

  @Override
  protected Map<String, String> env(HttpUrl server) {
    return Map.of("OPENAI_API_KEY", key(), "OPENAI_BASE_URL", server.resolve("/v1").toString());
  }

  @Override
  protected ProviderEntry entry(HttpUrl server) {
    return ProviderEntry.builder()
        .provider("openai")
        .model("gpt-4o")
        .temperature(0.7)
        .maxTokens(50)
        .build();
  }

  @Override
  protected String model() {
    return "gpt-4o";
  }

  @Override
  protected String expectedBodyResource() {
    return "requests/openai.json";
  }
}
