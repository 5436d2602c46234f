package ai.trainloop.provider.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.ProviderException.Kind;
import java.time.Clock;
import java.util.Map;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

/**
 * The HTTP boundary itself: what leaves it when OkHttp throws something other than an IOException.
 */
class JsonHttpTest {

  private static final String KEY = "plain-secret-value-0123456789";

  @Test
  void should_never_pass_on_the_message_of_okhttps_header_check_which_quotes_the_key() {
    // given an OkHttp that refuses a header the way Headers does: quoting its value
    OkHttpClient client =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  throw new IllegalArgumentException(
                      "Unexpected char 0xe9 at 13 in x-api-key value: " + KEY);
                })
            .build();
    HttpSetup setup =
        new HttpSetup(
            client,
            HttpSetup.newMapper(),
            Clock.systemUTC(),
            new ApiKey("anthropic", "ANTHROPIC_API_KEY", KEY),
            HttpLimits.DEFAULT_MAX_REPLY_BYTES);
    JsonHttp http = new JsonHttp(setup, (mapper, body) -> null);
    // when
    ProviderException e =
        catchThrowableOfType(
            ProviderException.class,
            () ->
                http.post(
                    HttpUrl.get("http://127.0.0.1:9/v1/messages"),
                    Headers.of(),
                    Map.of("a", 1),
                    Map.class));
    // then
    assertThat(e).isNotNull();
    assertThat(e.kind()).isEqualTo(Kind.SAMPLE_ERROR);
    assertThat(e.getMessage()).contains("anthropic request could not be sent").doesNotContain(KEY);
    assertThat(e.toString()).doesNotContain(KEY);
    assertThat(e.getCause()).as("no cause that carries the value").isNull();
  }
}
