package ai.trainloop.provider.anthropic;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.ProviderEntry;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.ProviderContract;
import ai.trainloop.provider.ProviderException.Kind;
import ai.trainloop.provider.Usage;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * {@code provider: anthropic} against the shared contract; base URL from ANTHROPIC_BASE_URL. Error
 * bodies in the shape and with the messages of Anthropic's API error documentation.
 */
class AnthropicContractTest extends ProviderContract {

  @Override
  protected String key() {
    return "sk-ant-api03-contractSECRET0123456789abcdef";
  }

  @Override
  protected Map<String, String> env(HttpUrl server) {
    return Map.of("ANTHROPIC_API_KEY", key(), "ANTHROPIC_BASE_URL", server.toString());
  }

  @Override
  protected ProviderEntry entry(HttpUrl server) {
    return ProviderEntry.builder()
        .provider("anthropic")
        .model("claude-sonnet-4-5")
        .temperature(0.7)
        .maxTokens(50)
        .build();
  }

  @Override
  protected String model() {
    return "claude-sonnet-4-5";
  }

  @Override
  protected String expectedTarget() {
    return "/v1/messages";
  }

  @Override
  protected void assertAuthentication(Headers headers) {
    assertThat(headers.get("x-api-key")).isEqualTo(key());
    assertThat(headers.get("anthropic-version")).isEqualTo("2023-06-01");
    assertThat(headers.get("Authorization")).isNull();
  }

  @Override
  protected String expectedBodyResource() {
    return "requests/anthropic.json";
  }

  @Override
  protected String replyBody() throws IOException {
    return resourcePart("fixtures/anthropic/recorded-request-response.json", "/0/response/body");
  }

  @Override
  protected ChatResponse expectedReply() {
    return new ChatResponse(
        "{\"items\":[{\"product_name\":\"Green Tea\",\"price\":5.50,\"quantity\":2},"
            + "{\"product_name\":\"Coffee\",\"price\":3.00,\"quantity\":1}],\"total\":14.0}",
        new Usage(406L, 50L, 0L, 0L, 0L),
        "end_turn");
  }

  static String body(String type, String message) {
    return """
        {"type": "error", "error": {"type": "%s", "message": "%s"}}"""
        .formatted(type, message);
  }

  @Override
  protected Stream<ErrorCase> errorCases() {
    return Stream.of(
        ErrorCase.of(
            "400 invalid request",
            400,
            body(
                "invalid_request_error",
                "messages: roles must alternate between 'user' and 'assistant'"),
            Kind.SAMPLE_ERROR,
            "anthropic 400 invalid_request_error: messages: roles must alternate"),
        ErrorCase.of(
            "400 credit balance too low",
            400,
            body(
                "invalid_request_error",
                "Your credit balance is too "
                    + "low to access the Anthropic API. Please go to Plans & Billing to upgrade or purchase credits."),
            Kind.MODEL_FATAL,
            "anthropic cannot bill the account of the key in ANTHROPIC_API_KEY"),
        ErrorCase.of(
            "401 authentication",
            401,
            body("authentication_error", "invalid x-api-key"),
            Kind.MODEL_FATAL,
            "anthropic rejected the API key in ANTHROPIC_API_KEY (401): invalid x-api-key"),
        ErrorCase.of(
            "403 permission",
            403,
            body(
                "permission_error",
                "Your API key does not have permission to use the specified resource."),
            Kind.MODEL_FATAL,
            "anthropic denied access to the key in ANTHROPIC_API_KEY (403): Your API key does not have permission"),
        ErrorCase.of(
            "404 unknown model",
            404,
            body("not_found_error", "model: claude-3-opus-2099"),
            Kind.SAMPLE_ERROR,
            "anthropic 404 not_found_error: model: claude-3-opus-2099"),
        ErrorCase.of(
            "413 request too large",
            413,
            body("request_too_large", "Request exceeds the maximum allowed " + "number of bytes."),
            Kind.SAMPLE_ERROR,
            "anthropic 413 request_too_large"),
        ErrorCase.of(
                "429 rate limit",
                429,
                body(
                    "rate_limit_error",
                    "Number of request tokens has exceeded your " + "per-minute rate limit"),
                Kind.RETRYABLE,
                "anthropic 429 rate_limit_error: Number of request tokens")
            .withHeader("retry-after", "12", Duration.ofSeconds(12)),
        ErrorCase.of(
            "500 api error",
            500,
            body("api_error", "Internal server error"),
            Kind.RETRYABLE,
            "anthropic 500 api_error: Internal server error"),
        ErrorCase.of(
            "504 timeout",
            504,
            body("timeout_error", "Request timed out"),
            Kind.RETRYABLE,
            "anthropic 504 timeout_error"),
        ErrorCase.of(
                "529 overloaded",
                529,
                body("overloaded_error", "Overloaded"),
                Kind.RETRYABLE,
                "anthropic 529 overloaded_error: Overloaded")
            .withHeader("x-should-retry", "true", null));
  }

  @Override
  protected String unauthorizedBodyEchoing(String key) {
    return body("authentication_error", "invalid x-api-key: " + key);
  }

  @Override
  protected String keyRejectedMessage() {
    return "anthropic rejected the API key in ANTHROPIC_API_KEY (401): invalid x-api-key: ***";
  }
}
