package ai.trainloop.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.config.ConfigException;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.SourceLocation;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The factory: default base URLs and key variables per provider, missing keys, config errors.
 * Requests are caught by an interceptor that answers locally, so default hosts are checked without
 * leaving the machine.
 */
class ProvidersTest {

  private static final SourceLocation WHERE =
      new SourceLocation(Path.of("trainloop.config.yaml"), 21, 7);
  private static final String ANY_REPLY =
      """
      {"choices": [{"message": {"content": "ok"}}], "content": [{"type": "text", "text": "ok"}],
       "candidates": [{"content": {"parts": [{"text": "ok"}]}, "finishReason": "STOP"}]}""";

  private final List<Request> sent = new CopyOnWriteArrayList<>();
  private final List<String> warnings = new CopyOnWriteArrayList<>();
  private final OkHttpClient capturing =
      new OkHttpClient.Builder()
          .addInterceptor(
              chain -> {
                sent.add(chain.request());
                return new Response.Builder()
                    .request(chain.request())
                    .protocol(Protocol.HTTP_1_1)
                    .code(200)
                    .message("OK")
                    .body(ResponseBody.create(ANY_REPLY, MediaType.get("application/json")))
                    .build();
              })
          .build();

  private Resolution resolve(ProviderEntry entry, Map<String, String> env) {
    return new Providers(capturing, env, Clock.systemUTC(), warnings::add).resolve(entry, null);
  }

  private static ProviderEntry entry(
      String provider, String model, String baseUrl, String apiKeyEnv) {
    return ProviderEntry.builder()
        .provider(provider)
        .model(model)
        .baseUrl(baseUrl)
        .apiKeyEnv(apiKeyEnv)
        .location(WHERE)
        .build();
  }

  private Request callOnce(Resolution resolution) throws ProviderException {
    assertThat(resolution).isInstanceOf(Resolution.Ready.class);
    ChatProvider provider = ((Resolution.Ready) resolution).provider();
    provider.complete(
        new ChatRequest("m", List.of(new ChatMessage("user", "hi")), null, null, null));
    assertThat(sent).hasSize(1);
    return sent.get(0);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "openai, OPENAI_API_KEY, https://api.openai.com/v1/chat/completions, Authorization",
    "openrouter, OPENROUTER_API_KEY, https://openrouter.ai/api/v1/chat/completions, Authorization",
    "groq, GROQ_API_KEY, https://api.groq.com/openai/v1/chat/completions, Authorization",
    "together, TOGETHER_API_KEY, https://api.together.xyz/v1/chat/completions, Authorization",
    "anthropic, ANTHROPIC_API_KEY, https://api.anthropic.com/v1/messages, x-api-key",
    "google, GOOGLE_API_KEY, https://generativelanguage.googleapis.com/v1beta/models/m:generateContent, x-goog-api-key",
    "gemini, GEMINI_API_KEY, https://generativelanguage.googleapis.com/v1beta/models/m:generateContent, x-goog-api-key"
  })
  void should_call_the_default_base_url_with_the_default_key_variable(
      String provider, String variable, String url, String header) throws Exception {
    // when
    Request request =
        callOnce(resolve(entry(provider, "m", null, null), Map.of(variable, "k-123")));
    // then
    assertThat(request.url().toString()).isEqualTo(url);
    assertThat(request.header(header)).endsWith("k-123");
  }

  @Test
  void should_call_a_local_ollama_without_a_key() throws Exception {
    Request request = callOnce(resolve(entry("ollama", "llama3.1:8b", null, null), Map.of()));
    assertThat(request.url().toString()).isEqualTo("http://localhost:11434/v1/chat/completions");
    assertThat(request.header("Authorization")).isNull();
  }

  @Test
  void should_prefer_the_entrys_base_url_over_openai_base_url() throws Exception {
    Map<String, String> env =
        Map.of("OPENAI_API_KEY", "k", "OPENAI_BASE_URL", "http://env.example/v1");
    assertThat(
            callOnce(resolve(entry("openai", "gpt-4o", "http://entry.example/v1/", null), env))
                .url()
                .toString())
        .isEqualTo("http://entry.example/v1/chat/completions");
  }

  @Test
  void should_read_the_azure_endpoint_from_the_environment_when_base_url_is_unset()
      throws Exception {
    Map<String, String> env =
        Map.of(
            "AZURE_OPENAI_API_KEY",
            "k",
            "AZURE_OPENAI_ENDPOINT",
            "https://r.openai.azure.com",
            "OPENAI_API_VERSION",
            "2025-01-01-preview");
    assertThat(callOnce(resolve(entry("azure", "prod", null, null), env)).url().toString())
        .isEqualTo(
            "https://r.openai.azure.com/openai/deployments/prod/chat/completions?api-version=2025-01-01-preview");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "openai    | gpt-4o           | set OPENAI_API_KEY to benchmark openai/gpt-4o",
        "anthropic | claude-3-haiku   | set ANTHROPIC_API_KEY to benchmark anthropic/claude-3-haiku",
        "google    | gemini-pro       | set GOOGLE_API_KEY or GEMINI_API_KEY to benchmark google/gemini-pro",
        "groq      | llama-3.1-8b     | set GROQ_API_KEY to benchmark groq/llama-3.1-8b"
      })
  void should_skip_a_model_whose_key_is_unset_naming_the_variable(
      String provider, String model, String message) {
    Resolution resolution =
        resolve(entry(provider, model, null, null), Map.of("UNRELATED", "x", provider, ""));
    assertThat(resolution).isInstanceOf(Resolution.MissingKey.class);
    assertThat(((Resolution.MissingKey) resolution).message()).isEqualTo(message);
  }

  @Test
  void should_treat_a_blank_key_as_unset_and_honour_api_key_env() {
    Resolution resolution =
        resolve(
            entry("openai", "gpt-4o", null, "TEAM_OPENAI_KEY"),
            Map.of("OPENAI_API_KEY", "k", "TEAM_OPENAI_KEY", "  "));
    assertThat(resolution)
        .isEqualTo(new Resolution.MissingKey(List.of("TEAM_OPENAI_KEY"), "openai/gpt-4o"));
  }

  @Test
  void should_require_a_base_url_for_openai_compatible_with_the_entrys_location() {
    ConfigException e =
        catchThrowableOfType(
            ConfigException.class,
            () -> resolve(entry("openai-compatible", "qwen", null, null), Map.of()));
    assertThat(e.location()).isEqualTo(WHERE);
    assertThat(e.keyPath()).isEqualTo("base_url");
    assertThat(e.getMessage())
        .startsWith(
            "trainloop.config.yaml:21:7: base_url: provider openai-compatible needs a "
                + "base_url");
  }

  @Test
  void should_report_config_errors_before_a_missing_key() {
    ConfigException e =
        catchThrowableOfType(
            ConfigException.class, () -> resolve(entry("azure", "prod", null, null), Map.of()));
    assertThat(e.keyPath()).isEqualTo("base_url");
    assertThat(e.detail()).contains("AZURE_OPENAI_ENDPOINT");
  }

  @Test
  void should_reject_an_unknown_provider_and_a_base_url_that_is_not_http() {
    ConfigException unknown =
        catchThrowableOfType(
            ConfigException.class, () -> resolve(entry("mistral", "m", null, null), Map.of()));
    assertThat(unknown.keyPath()).isEqualTo("provider");
    assertThat(unknown.detail()).contains("unknown provider 'mistral'", "openai-compatible");
    ConfigException badUrl =
        catchThrowableOfType(
            ConfigException.class,
            () -> resolve(entry("ollama", "m", "localhost:11434", null), Map.of()));
    assertThat(badUrl.keyPath()).isEqualTo("base_url");
    assertThat(badUrl.detail()).contains("not an http(s) URL: localhost:11434");
  }

  @Test
  void should_build_the_shared_client_with_sane_timeouts_and_no_silent_retries() {
    OkHttpClient client = Providers.defaultClient(8);
    assertThat(client.connectTimeoutMillis()).isEqualTo(10_000);
    assertThat(client.readTimeoutMillis()).isEqualTo(120_000);
    assertThat(client.callTimeoutMillis()).isZero();
    assertThat(client.retryOnConnectionFailure()).isFalse();
    assertThat(client.followRedirects()).isFalse();
    assertThat(client.followSslRedirects()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "anthropic | ANTHROPIC_API_KEY | sk-ant-api03-caf\u00e9-0123 | 17 | U+00E9",
        "google    | GOOGLE_API_KEY    | AIza\u00a0SyABCDEF0123456789   | 5  | U+00A0",
        "azure     | AZURE_OPENAI_API_KEY | 0123\u007f4567             | 5  | U+007F",
        "openai    | OPENAI_API_KEY    | sk-proj-\ud83d\udd11-abc      | 9  | U+1F511"
      })
  void should_skip_a_model_whose_key_cannot_be_sent_naming_variable_and_position_never_the_key(
      String provider, String variable, String key, int position, String code) {
    // given a key with a character no header can carry (written as a Java escape above)
    Map<String, String> env =
        Map.of(variable, key, "AZURE_OPENAI_ENDPOINT", "https://r.openai.azure.com");
    // when
    Resolution resolution = resolve(entry(provider, "m", null, null), env);
    // then
    assertThat(resolution).isInstanceOf(Resolution.BadKey.class);
    Resolution.BadKey bad = (Resolution.BadKey) resolution;
    assertThat(bad.variable()).isEqualTo(variable);
    assertThat(bad.position()).isEqualTo(position);
    assertThat(bad.message())
        .startsWith(
            variable
                + " has a character that cannot be sent at position "
                + position
                + " ("
                + code
                + ")")
        .endsWith("to benchmark " + provider + "/m")
        .doesNotContain(key.strip())
        .doesNotContain(key.strip().substring(0, 4));
    assertThat(sent).isEmpty();
  }

  @Test
  void should_trim_whitespace_pasted_around_a_key() throws Exception {
    Request request =
        callOnce(
            resolve(
                entry("anthropic", "m", null, null),
                Map.of("ANTHROPIC_API_KEY", " \tsk-ant-k-123 \r\n")));
    assertThat(request.header("x-api-key")).isEqualTo("sk-ant-k-123");
  }

  @Test
  void should_report_the_key_variable_in_use_and_the_provider_name() {
    Resolution resolution =
        new Providers(capturing, Map.of("GROQ_API_KEY", "k"), Clock.systemUTC(), warnings::add)
            .resolve(entry("groq", "llama-3.1-8b", null, null), Duration.ofSeconds(5));
    ChatProvider provider = ((Resolution.Ready) resolution).provider();
    assertThat(provider.name()).isEqualTo("groq");
    assertThat(provider.keyVariable()).isEqualTo("GROQ_API_KEY");
  }
}
