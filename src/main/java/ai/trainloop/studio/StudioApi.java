package ai.trainloop.studio;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON API behind the studio pages, over one data folder:
 *
 * <pre>
 * GET /api/runs                         every run, newest first (rows of the runs page)
 * GET /api/runs/{id}                    report.json without results[] (summary first, fast on big runs)
 * GET /api/runs/{id}/latency            per-model latency histograms
 * GET /api/runs/{id}/samples?tag=&amp;model=&amp;metric=&amp;failed=1&amp;disagree=1&amp;q=&amp;offset=&amp;limit=
 * GET /api/history?tag=                 score, cost per sample and p95 per model across runs; unreadable runs
 *                                       listed apart with their problem
 * </pre>
 */
final class StudioApi {
  /** A status code and the JSON body to send. */
  record Reply(int status, JsonNode body) {}

  private final RunStore store;

  StudioApi(RunStore store) {
    this.store = store;
  }

  /**
   * Answers one request.
   *
   * @param segments the path after {@code /api/}, split on '/' and percent-decoded
   * @param rawQuery the raw query string, or null
   */
  Reply handle(List<String> segments, String rawQuery) throws IOException {
    Map<String, String> params = query(rawQuery);
    if (segments.equals(List.of("runs"))) {
      ArrayNode rows = StudioJson.MAPPER.createArrayNode();
      for (String id : store.runIds()) {
        rows.add(row(id));
      }
      return ok(StudioJson.MAPPER.createObjectNode().set("runs", rows));
    }
    if (segments.equals(List.of("history"))) {
      return ok(RunHistory.of(store, store.runIds(), params.get("tag")));
    }
    if (segments.size() >= 2 && segments.size() <= 3 && segments.get(0).equals("runs")) {
      String runId = segments.get(1);
      String part = segments.size() == 3 ? segments.get(2) : "";
      switch (part) {
        case "" -> {
          return store
              .report(runId)
              .map(r -> ok(r.json()))
              .orElseGet(() -> notFound("no run " + runId));
        }
        case "latency" -> {
          return store
              .index(runId)
              .map(i -> ok(LatencyHistogram.of(i)))
              .orElseGet(() -> notFound(runId));
        }
        case "samples" -> {
          Optional<RunIndex> index = store.index(runId);
          return index
              .map(i -> ok(SamplePages.page(i, SampleQuery.of(params))))
              .orElseGet(() -> notFound("no run " + runId));
        }
        default -> {
          return notFound("unknown path");
        }
      }
    }
    return notFound("unknown path");
  }

  /**
   * Reads the newest run's samples ahead of the first request, so opening it does not wait for
   * results.jsonl. A failure here is not reported: the request that needs the index reads it again
   * and reports the error then.
   */
  void prefetchNewest() {
    try {
      List<String> ids = store.runIds();
      if (!ids.isEmpty()) {
        store.index(ids.get(0));
      }
    } catch (IOException | RuntimeException e) {
      // left for the page's own request to report (see above)
    }
  }

  private ObjectNode row(String id) {
    try {
      return store.report(id).map(r -> RunSummaries.row(id, r)).orElseThrow();
    } catch (IOException | RuntimeException e) {
      // One unreadable report must not hide the other runs: list it with the reason.
      ObjectNode broken = StudioJson.MAPPER.createObjectNode();
      broken.put("run_id", id).put("complete", false).put("error", store.problem(e));
      return broken;
    }
  }

  static Map<String, String> query(String rawQuery) {
    Map<String, String> params = new HashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return params;
    }
    for (String pair : rawQuery.split("&", -1)) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      try {
        params.putIfAbsent(
            URLDecoder.decode(key, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        // a malformed escape: ignore that parameter, as if it were absent
      }
    }
    return params;
  }

  private static Reply ok(JsonNode body) {
    return new Reply(200, body);
  }

  static Reply notFound(String message) {
    return new Reply(404, StudioJson.MAPPER.createObjectNode().put("error", message));
  }
}
