package ai.trainloop.provider.openai;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderContract;
import ai.trainloop.provider.Usage;
import ai.trainloop.provider.ProviderException.Kind;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/** {@code provider: azure}: the resource URL, a deployment as the model, header {@code api-key}. */
class AzureContractTest extends ProviderContract {

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
    return new ProviderEntry("azure", "gpt-4o-prod", 0.7, 50, server.toString(), null, null, null, null, null, null,
        null);
  }

  @Override
  protected String model() {
    return "gpt-4o-prod";
  }

  @Override
  protected String expectedTarget() {
    return "/openai/deployments/gpt-4o-prod/chat/completions?api-version=" + AzureUrls.DEFAULT_API_VERSION;
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
    Stream<ErrorCase> azureOwn = Stream.of(
        ErrorCase.of("azure 401 subscription key", 401, """
            {"error": {"code": "401", "message": "Access denied due to invalid subscription key or wrong API \
            endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API \
            endpoint for your resource."}}""", Kind.MODEL_FATAL,
            "azure rejected the API key in AZURE_OPENAI_API_KEY (401): Access denied"),
        ErrorCase.of("azure 429 token rate limit", 429, """
            {"error": {"code": "429", "message": "Requests to the ChatCompletions_Create Operation under Azure \
            OpenAI API version 2024-10-21 have exceeded token rate limit of your current OpenAI S0 pricing tier. \
            Please retry after 6 seconds."}}""", Kind.RETRYABLE, "azure 429: Requests to the ChatCompletions")
            .withHeader("retry-after", "6", Duration.ofSeconds(6)),
        ErrorCase.of("azure 400 content filter", 400, """
            {"error": {"message": "The response was filtered due to the prompt triggering Azure OpenAI's content \
            management policy.", "type": null, "param": "prompt", "code": "content_filter", "status": 400}}""",
            Kind.SAMPLE_ERROR, "azure 400 content_filter: The response was filtered"));
    return Stream.concat(OpenAiErrorCases.cases("azure", "AZURE_OPENAI_API_KEY"), azureOwn);
  }

  @Override
  protected String unauthorizedBodyEchoing(String key) {
    return OpenAiErrorCases.unauthorizedEchoing(key);
  }

  @Override
  protected String keyRejectedMessage() {
    return "azure rejected the API key in AZURE_OPENAI_API_KEY (401): Incorrect API key provided: ***";
  }
}
