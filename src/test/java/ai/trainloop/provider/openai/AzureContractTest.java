package ai.trainloop.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.provider.ProviderException.Kind;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/** {@code provider: azure}: the resource URL, a deployment as the model, header {@code api-key}. */
class AzureContractTest extends OpenAiWireContract {

  @Override
  protected String providerName() {
    return "azure";
  }

  @Override
  protected String keyVariable() {
    return "AZURE_OPENAI_API_KEY";
  }

  @Override
  protected String key() {
    return "0123456789abcdef0123456789abcdef";
  }

  @Override
  protected Map<String, String> env(HttpUrl server) {
    return Map.of("AZURE_OPENAI_API_KEY", key());
  }

  @Override
  protected ProviderEntry entry(HttpUrl server) {
    return ProviderEntry.builder()
        .provider("azure")
        .model("gpt-4o-prod")
        .temperature(0.7)
        .maxTokens(50)
        .baseUrl(server.toString())
        .build();
  }

  @Override
  protected String model() {
    return "gpt-4o-prod";
  }

  @Override
  protected String expectedTarget() {
    return "/openai/deployments/gpt-4o-prod/chat/completions?api-version="
        + AzureUrls.DEFAULT_API_VERSION;
  }

  @Override
  protected void assertAuthentication(Headers headers) {
    assertThat(headers.get("api-key")).isEqualTo(key());
    assertThat(headers.get("Authorization")).isNull();
  }

  @Override
  protected String expectedBodyResource() {
    return "requests/azure.json";
  }

  @Override
  protected Stream<ErrorCase> errorCases() {
    Stream<ErrorCase> azureOwn =
        Stream.of(
            ErrorCase.of(
                "azure 401 subscription key",
                401,
                """
            {"error": {"code": "401", "message": "Access denied due to invalid subscription key or wrong API \
            endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API \
            endpoint for your resource."}}""",
                Kind.MODEL_FATAL,
                "azure rejected the API key in AZURE_OPENAI_API_KEY (401): Access denied"),
            ErrorCase.of(
                    "azure 429 token rate limit",
                    429,
                    """
            {"error": {"code": "429", "message": "Requests to the ChatCompletions_Create Operation under Azure \
            OpenAI API version 2024-10-21 have exceeded token rate limit of your current OpenAI S0 pricing tier. \
            Please retry after 6 seconds."}}""",
                    Kind.RETRYABLE,
                    "azure 429: Requests to the ChatCompletions")
                .withHeader("retry-after", "6", Duration.ofSeconds(6)),
            ErrorCase.of(
                "azure 400 content filter",
                400,
                """
            {"error": {"message": "The response was filtered due to the prompt triggering Azure OpenAI's content \
            management policy.", "type": null, "param": "prompt", "code": "content_filter", "status": 400}}""",
                Kind.SAMPLE_ERROR,
                "azure 400 content_filter: The response was filtered"));
    return Stream.concat(super.errorCases(), azureOwn);
  }
}
