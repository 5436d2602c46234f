package ai.trainloop.provider.openai;

import ai.trainloop.provider.ProviderContract.ErrorCase;
import ai.trainloop.provider.ProviderException.Kind;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * OpenAI's error bodies (the shape and messages of its API error documentation), shared by every
 * adapter that speaks Chat Completions: OpenAI, OpenAI-compatible servers and Azure.
 */
final class OpenAiErrorCases {

  private OpenAiErrorCases() {}

  static String body(String message, String type, String code) {
    String c = code == null ? "null" : "\"" + code + "\"";
    return """
        {"error": {"message": "%s", "type": "%s", "param": null, "code": %s}}"""
        .formatted(message, type, c);
  }

  /** The table for a provider named {@code provider} whose key is in {@code keyVariable}. */
  static Stream<ErrorCase> cases(String provider, String keyVariable) {
    return Stream.of(
        ErrorCase.of(
            "400 unsupported parameter",
            400,
            body(
                "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.",
                "invalid_request_error",
                "unsupported_parameter"),
            Kind.SAMPLE_ERROR,
            provider + " 400 unsupported_parameter: Unsupported parameter: 'max_tokens'"),
        ErrorCase.of(
            "401 invalid key",
            401,
            body(
                "Incorrect API key provided: sk-proj-****************************abcd. You can find your API key at "
                    + "https://platform.openai.com/account/api-keys.",
                "invalid_request_error",
                "invalid_api_key"),
            Kind.MODEL_FATAL,
            provider + " rejected the API key in " + keyVariable + " (401): Incorrect API key"),
        ErrorCase.of(
            "403 unsupported region",
            403,
            body(
                "Country, region, or territory not supported",
                "request_forbidden",
                "unsupported_country_region_territory"),
            Kind.MODEL_FATAL,
            provider
                + " denied access to the key in "
                + keyVariable
                + " (403): Country, region, or territory"),
        ErrorCase.of(
            "404 unknown model",
            404,
            body(
                "The model `gpt-5o` does not exist or you do not have access to it.",
                "invalid_request_error",
                "model_not_found"),
            Kind.SAMPLE_ERROR,
            "404 model_not_found: The model `gpt-5o` does not exist"),
        ErrorCase.of(
            "408 request timeout",
            408,
            body("Request timed out.", "timeout", null),
            Kind.RETRYABLE,
            "408 timeout: Request timed out."),
        ErrorCase.of(
            "409 conflict", 409, body("Conflict", "conflict", null), Kind.RETRYABLE, "409"),
        ErrorCase.of(
            "422 unprocessable",
            422,
            body("Invalid 'messages[0].role'", "invalid_request_error", null),
            Kind.SAMPLE_ERROR,
            "422 invalid_request_error: Invalid 'messages[0].role'"),
        ErrorCase.of(
                "429 rate limit",
                429,
                body(
                    "Rate limit reached for gpt-4o in organization org-abc on tokens "
                        + "per min (TPM): Limit 30000, Used 29000, Requested 2000. Please try again in 2s.",
                    "tokens",
                    "rate_limit_exceeded"),
                Kind.RETRYABLE,
                "429 rate_limit_exceeded: Rate limit reached")
            .withHeader("retry-after-ms", "1500", Duration.ofMillis(1500)),
        ErrorCase.of(
            "429 insufficient quota",
            429,
            body(
                "You exceeded your current quota, please check your plan " + "and billing details.",
                "insufficient_quota",
                "insufficient_quota"),
            Kind.MODEL_FATAL,
            provider + " cannot bill the account"),
        ErrorCase.of(
            "500 server error",
            500,
            body(
                "The server had an error while processing your request. Sorry " + "about that!",
                "server_error",
                null),
            Kind.RETRYABLE,
            "500 server_error: The server had an error"),
        ErrorCase.of(
            "502 html from the proxy",
            502,
            "<html><head><title>502 Bad Gateway</title></head></html>",
            Kind.RETRYABLE,
            provider + " HTTP 502: 502 Bad Gateway"),
        ErrorCase.of(
                "503 overloaded",
                503,
                body(
                    "The engine is currently overloaded, please try again later.",
                    "server_error",
                    null),
                Kind.RETRYABLE,
                "503 server_error: The engine is currently overloaded")
            .withHeader("retry-after", "7", Duration.ofSeconds(7)),
        ErrorCase.of("504 gateway timeout", 504, "", Kind.RETRYABLE, "504: (empty body)"),
        ErrorCase.of(
            "529 overloaded",
            529,
            body("Overloaded", "server_error", null),
            Kind.RETRYABLE,
            "529"));
  }

  static String unauthorizedEchoing(String key) {
    return body(
        "Incorrect API key provided: "
            + key
            + ". You can find your API key at "
            + "https://platform.openai.com/account/api-keys.",
        "invalid_request_error",
        "invalid_api_key");
  }
}
