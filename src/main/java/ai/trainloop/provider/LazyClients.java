package ai.trainloop.provider;

import java.util.List;
import java.util.function.Function;
import okhttp3.ConnectionSpec;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * The clients of {@link Providers#withDefaultClients}: built from one builder, so they share its
 * connection pool and dispatcher, and each only when a base URL first needs it: plain HTTP only for
 * http URLs (it cannot be handed an https one), OkHttp's TLS and plain-HTTP specs for https URLs.
 * Thread-safe.
 */
final class LazyClients implements Function<HttpUrl, OkHttpClient> {
  private static final List<ConnectionSpec> TLS =
      List.of(ConnectionSpec.MODERN_TLS, ConnectionSpec.CLEARTEXT);
  private static final List<ConnectionSpec> PLAIN = List.of(ConnectionSpec.CLEARTEXT);

  private final OkHttpClient.Builder builder;
  private OkHttpClient plain;
  private OkHttpClient tls;

  LazyClients(OkHttpClient.Builder builder) {
    this.builder = builder;
  }

  @Override
  public synchronized OkHttpClient apply(HttpUrl url) {
    if (url.isHttps()) {
      if (tls == null) {
        tls = builder.connectionSpecs(TLS).build();
      }
      return tls;
    }
    if (plain == null) {
      plain = builder.connectionSpecs(PLAIN).build();
    }
    return plain;
  }
}
