package ai.trainloop.provider.gemini;

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
 * {@code provider: google} against the shared contract, with the recorded thinking reply and the
 * recorded 400 (bad key) and 404 bodies; the other error bodies follow Google's API error
 * documentation.
 */
class GeminiContractTest extends ProviderContract {

  @Override
  protected String key() {
    return "AIzaSyContractSECRET0123456789abcdefghi";
  }

  @Override
  protected Map<String, String> env(HttpUrl server) {
    return Map.of("GOOGLE_API_KEY", key());
  }

  @Override
  protected ProviderEntry entry(HttpUrl server) {
    return ProviderEntry.builder()
        .provider("google")
        .model("gemini-2.5-flash")
        .temperature(0.7)
        .maxTokens(50)
        .baseUrl(server.toString())
        .build();
  }

  @Override
  protected String model() {
    return "gemini-2.5-flash";
  }

  @Override
  protected String expectedTarget() {
    return "/v1beta/models/gemini-2.5-flash:generateContent";
  }

  @Override
  protected void assertAuthentication(Headers headers) {
    assertThat(headers.get("x-goog-api-key")).isEqualTo(key());
    assertThat(headers.get("Authorization")).isNull();
  }

  @Override
  protected String expectedBodyResource() {
    return "requests/gemini.json";
  }

  @Override
  protected String replyBody() throws IOException {
    return resource("fixtures/gemini/unary-success-thinking-reply-thought-summary.json");
  }

  @Override
  protected ChatResponse expectedReply() {
    // the thought part is skipped; thoughts are output tokens: 2 + 24
    return new ChatResponse("Mountain View", new Usage(14L, 26L, 0L, 0L, 24L), "STOP");
  }

  static String body(int code, String status, String message, String details) {
    return """
        {"error": {"code": %d, "message": "%s", "status": "%s", "details": [%s]}}"""
        .formatted(code, message, status, details);
  }

  @Override
  protected Stream<ErrorCase> errorCases() throws IOException {
    return Stream.of(
        ErrorCase.of(
            "400 API key not valid (recorded)",
            400,
            resource("fixtures/gemini/unary-failure-api-key.json"),
            Kind.MODEL_FATAL,
            "google rejected the API key in GOOGLE_API_KEY (400): API key not valid."),
        ErrorCase.of(
            "400 invalid argument",
            400,
            body(
                400,
                "INVALID_ARGUMENT",
                "* GenerateContentRequest.contents: contents is not specified",
                ""),
            Kind.SAMPLE_ERROR,
            "google 400 INVALID_ARGUMENT: * GenerateContentRequest.contents: contents is not specified"),
        ErrorCase.of(
            "403 permission denied",
            403,
            body(
                403,
                "PERMISSION_DENIED",
                "Method doesn't allow unregistered callers (callers without established identity).",
                ""),
            Kind.MODEL_FATAL,
            "google denied access to the key in GOOGLE_API_KEY (403): Method doesn't allow"),
        ErrorCase.of(
            "404 unknown model (recorded)",
            404,
            resource("fixtures/gemini/unary-failure-unknown-model.json"),
            Kind.SAMPLE_ERROR,
            "google 404 NOT_FOUND: models/gemini-5.0-flash is not found"),
        new ErrorCase(
            "429 quota with retryDelay",
            429,
            Headers.of(),
            body(
                429,
                "RESOURCE_EXHAUSTED",
                "You exceeded your current quota, please check your plan and billing details.",
                """
                {"@type": "type.googleapis.com/google.rpc.QuotaFailure", "violations": []},
                {"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "26s"}"""),
            Kind.RETRYABLE,
            Duration.ofSeconds(26),
            "google 429 RESOURCE_EXHAUSTED: You exceeded your current quota"),
        ErrorCase.of(
            "500 internal",
            500,
            body(
                500,
                "INTERNAL",
                "An internal error has occurred. Please retry or report in https://developers.generativeai.google/guide/troubleshooting",
                ""),
            Kind.RETRYABLE,
            "google 500 INTERNAL: An internal error has occurred."),
        new ErrorCase(
            "503 overloaded with retryDelay 1.5s",
            503,
            Headers.of(),
            body(
                503,
                "UNAVAILABLE",
                "The model is overloaded. Please try again later.",
                "{\"@type\": \"type.googleapis.com/google.rpc.RetryInfo\", \"retryDelay\": \"1.5s\"}"),
            Kind.RETRYABLE,
            Duration.ofMillis(1500),
            "google 503 UNAVAILABLE: The model is overloaded."),
        ErrorCase.of(
            "504 deadline exceeded",
            504,
            body(
                504,
                "DEADLINE_EXCEEDED",
                "Deadline expired before " + "operation could complete.",
                ""),
            Kind.RETRYABLE,
            "google 504 DEADLINE_EXCEEDED"));
  }

  @Override
  protected String unauthorizedBodyEchoing(String key) {
    return body(401, "UNAUTHENTICATED", "API key " + key + " is not valid for this request.", "");
  }

  @Override
  protected String keyRejectedMessage() {
    return "google rejected the API key in GOOGLE_API_KEY (401): API key *** is not valid";
  }
}
