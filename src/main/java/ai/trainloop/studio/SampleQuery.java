package ai.trainloop.studio;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.results.ResultRow;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The samples page's filters. The same rules are implemented in page-samples.js for the offline
 * HTML report.
 *
 * <ul>
 *   <li>{@code tag}: the sample's tag.
 *   <li>{@code model}: only samples that model answered; failed-only and disagreement look at that
 *       model.
 *   <li>{@code metric}: only samples scored on that metric; failed-only and disagreement look at
 *       that metric.
 *   <li>{@code failedOnly}: a call failed, or a metric (or the chosen one) scored below 1 or threw.
 *   <li>{@code disagree}: two models that answered have different verdicts (pass / fail / partial /
 *       error) on a metric (or the chosen one); failed calls are not counted here.
 *   <li>{@code text}: case-insensitive substring of a prompt message, the recorded reply or any
 *       model's reply.
 * </ul>
 *
 * @param offset first matching sample to return
 * @param limit page size, 1 to 200
 */
record SampleQuery(
    String tag,
    String model,
    String metric,
    boolean failedOnly,
    boolean disagree,
    String text,
    int offset,
    int limit) {

  static final int DEFAULT_LIMIT = 50;

  SampleQuery {
    tag = blankToNull(tag);
    model = blankToNull(model);
    metric = blankToNull(metric);
    text = blankToNull(text);
    offset = Math.max(0, offset);
    limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, 200);
  }

  /** From URL query parameters; unknown or malformed numbers fall back to defaults. */
  static SampleQuery of(Map<String, String> params) {
    return new SampleQuery(
        params.get("tag"),
        params.get("model"),
        params.get("metric"),
        flag(params.get("failed")),
        flag(params.get("disagree")),
        params.get("q"),
        integer(params.get("offset"), 0),
        integer(params.get("limit"), DEFAULT_LIMIT));
  }

  boolean matches(RunIndex.Sample sample, List<String> models) {
    if (tag != null && !tag.equals(sample.tag())) {
      return false;
    }
    int only = model == null ? -1 : models.indexOf(model);
    if (model != null && (only < 0 || sample.results().get(only) == null)) {
      return false;
    }
    List<ResultRow> looked = only < 0 ? sample.results() : List.of(sample.results().get(only));
    if (metric != null && looked.stream().noneMatch(r -> r != null && scoredOn(r, metric))) {
      return false;
    }
    if (failedOnly && looked.stream().noneMatch(r -> r != null && failed(r))) {
      return false;
    }
    if (disagree && !disagree(sample.results())) {
      return false;
    }
    return text == null || contains(sample);
  }

  private boolean failed(ResultRow r) {
    if (!r.ok()) {
      return true;
    }
    if (metric != null) {
      return !"pass".equals(verdict(r, metric));
    }
    return (r.metricErrors() != null && !r.metricErrors().isEmpty())
        || (r.metrics() != null
            && r.metrics().values().stream().anyMatch(v -> v == null || v < 1.0));
  }

  private boolean disagree(List<ResultRow> results) {
    Set<String> verdicts = new HashSet<>();
    int answered = 0;
    for (ResultRow r : results) {
      if (r == null || !r.ok()) {
        continue;
      }
      answered++;
      verdicts.add(metric != null ? verdict(r, metric) : String.valueOf(allVerdicts(r)));
    }
    return answered > 1 && verdicts.size() > 1;
  }

  private static Map<String, String> allVerdicts(ResultRow r) {
    Map<String, String> out = new java.util.TreeMap<>();
    if (r.metrics() != null) {
      r.metrics().keySet().forEach(m -> out.put(m, verdict(r, m)));
    }
    if (r.metricErrors() != null) {
      r.metricErrors().keySet().forEach(m -> out.put(m, "error"));
    }
    return out;
  }

  /**
   * pass (score 1), fail (0), partial (between), error (the metric threw) or none (not scored on
   * it).
   */
  static String verdict(ResultRow r, String metric) {
    if (r.metricErrors() != null && r.metricErrors().containsKey(metric)) {
      return "error";
    }
    Double v = r.metrics() == null ? null : r.metrics().get(metric);
    return v == null ? "none" : v >= 1.0 ? "pass" : v <= 0.0 ? "fail" : "partial";
  }

  private static boolean scoredOn(ResultRow r, String metric) {
    return (r.metrics() != null && r.metrics().containsKey(metric))
        || (r.metricErrors() != null && r.metricErrors().containsKey(metric));
  }

  private boolean contains(RunIndex.Sample sample) {
    String needle = text.toLowerCase(Locale.ROOT);
    for (ChatMessage m : sample.input()) {
      if (has(m.content(), needle)) {
        return true;
      }
    }
    if (has(sample.recordedOutput(), needle)) {
      return true;
    }
    return sample.results().stream().anyMatch(r -> r != null && has(r.response(), needle));
  }

  private static boolean has(String haystack, String needle) {
    return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private static boolean flag(String s) {
    return s != null && (s.equals("1") || s.equalsIgnoreCase("true"));
  }

  private static int integer(String s, int fallback) {
    try {
      return s == null ? fallback : Integer.parseInt(s.trim());
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
