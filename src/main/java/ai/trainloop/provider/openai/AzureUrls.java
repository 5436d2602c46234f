package ai.trainloop.provider.openai;

import java.util.List;
import okhttp3.HttpUrl;

/**
 * Azure OpenAI's chat URL: {@code
 * {resource}/openai/deployments/{deployment}/chat/completions?api-version=...}. The base URL may be
 * the resource ({@code https://r.openai.azure.com}) or already a deployment URL, with or without
 * {@code /chat/completions} and {@code api-version}, as copied from the Azure portal.
 */
public final class AzureUrls {

  /**
   * The latest generally available data-plane version when neither the entry nor the URL names one.
   */
  public static final String DEFAULT_API_VERSION = "2024-10-21";

  private AzureUrls() {}

  /**
   * The URL of one deployment's chat completions.
   *
   * @param apiVersion the entry's {@code api_version}, or null for the URL's own, else {@link
   *     #DEFAULT_API_VERSION}
   */
  public static HttpUrl chatCompletions(HttpUrl base, String deployment, String apiVersion) {
    List<String> segments = base.pathSegments();
    HttpUrl.Builder url = base.newBuilder().encodedPath("/");
    int at = deploymentsIndex(segments);
    if (at >= 0) {
      for (int i = 0; i <= at + 1; i++) {
        url.addPathSegment(segments.get(i));
      }
    } else {
      for (String segment : segments) {
        if (!segment.isEmpty()) {
          url.addPathSegment(segment);
        }
      }
      url.addPathSegment("openai").addPathSegment("deployments").addPathSegment(deployment);
    }
    String version = apiVersion != null ? apiVersion : base.queryParameter("api-version");
    return url.addPathSegments("chat/completions")
        .setQueryParameter("api-version", version != null ? version : DEFAULT_API_VERSION)
        .build();
  }

  /** Index of {@code deployments} in {@code .../openai/deployments/{name}}, or -1. */
  private static int deploymentsIndex(List<String> segments) {
    for (int i = 1; i + 1 < segments.size(); i++) {
      if (segments.get(i).equals("deployments")
          && segments.get(i - 1).equals("openai")
          && !segments.get(i + 1).isEmpty()) {
        return i;
      }
    }
    return -1;
  }
}
