package ai.trainloop.results;

import ai.trainloop.config.ProviderEntry;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * One entry of report.json's {@code config.providers}: the settings of a model, never its key.
 *
 * @param id as the tables show it
 * @param provider provider name
 * @param model model id
 * @param temperature null when not set
 * @param maxTokens null when not set
 * @param baseUrl the endpoint, without any user-info or query string (where a secret could hide);
 *     null for the provider's default
 * @param label null when not set
 */
public record ProviderSummary(
    String id,
    String provider,
    String model,
    Double temperature,
    Integer maxTokens,
    String baseUrl,
    String label) {

  public static ProviderSummary of(ProviderEntry e) {
    return new ProviderSummary(
        e.id(),
        e.provider(),
        e.model(),
        e.temperature(),
        e.maxTokens(),
        withoutSecrets(e.baseUrl()),
        e.label());
  }

  /** {@code url} without user-info, query and fragment; an unparsable URL is left out (null). */
  static String withoutSecrets(String url) {
    if (url == null) {
      return null;
    }
    try {
      URI u = new URI(url.trim());
      return new URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), null, null)
          .toString();
    } catch (URISyntaxException | IllegalArgumentException e) {
      return null;
    }
  }
}
