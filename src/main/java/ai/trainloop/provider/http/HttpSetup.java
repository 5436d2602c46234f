package ai.trainloop.provider.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Clock;
import java.util.Objects;
import okhttp3.OkHttpClient;

/**
 * What every adapter needs to talk HTTP: the shared client (with this provider's call timeout
 * already applied), the shared JSON mapper, the clock for {@code retry-after} dates, the key, and
 * the largest reply body it reads ({@code maxReplyBytes}). Its toString never shows the key.
 */
public record HttpSetup(
    OkHttpClient client, ObjectMapper mapper, Clock clock, ApiKey key, long maxReplyBytes) {

  public HttpSetup {
    if (maxReplyBytes < 1) {
      throw new IllegalArgumentException("maxReplyBytes must be positive: " + maxReplyBytes);
    }
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(mapper, "mapper");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(key, "key");
  }

  /**
   * The mapper the wire records are written for: unknown reply fields are ignored (providers add
   * fields all the time) and null request fields are left out (an unset temperature is not sent).
   */
  public static ObjectMapper newMapper() {
    return JsonMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .defaultPropertyInclusion(
            JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.NON_NULL))
        .build();
  }
}
