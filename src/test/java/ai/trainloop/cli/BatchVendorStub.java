package ai.trainloop.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * OpenAI's Batch API and Anthropic's Message Batches on one local server: a batch is in progress on
 * its first poll and ended on the next; results come back in reverse order (so a client matching by
 * position or arrival would be wrong); prompt "q<i>" is answered "yes" when i is even, else "no",
 * with 100 input and 10 output tokens; the custom ids in {@link #failing} when a batch is created
 * are its error lines. Every request's method and path is kept, the synchronous chat endpoints' too
 * (OpenAI's answers the same way, for a model kept synchronous; Anthropic's answers 500).
 */
final class BatchVendorStub extends Dispatcher {
  private static final ObjectMapper JSON = new ObjectMapper();

  final List<String> calls = new CopyOnWriteArrayList<>();
  final Set<String> failing = ConcurrentHashMap.newKeySet();

  /** Batch id to the custom ids and prompts it was created with. */
  final Map<String, List<String[]>> batches = new ConcurrentHashMap<>();

  private final Map<String, List<String[]>> files = new ConcurrentHashMap<>();

  /** Batch id to the ids that fail in it: fixed when it is created, as a vendor's results are. */
  private final Map<String, Set<String>> failed = new ConcurrentHashMap<>();

  private final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  private MockWebServer server;

  /** Run at each poll; while {@link #neverEnd} is set, batches stay in progress. */
  volatile Runnable onPoll = () -> {};

  volatile boolean neverEnd;

  void serve(MockWebServer server) {
    this.server = server;
    server.setDispatcher(this);
  }

  /** How many batches were created (POSTs to a create endpoint). */
  long created() {
    return calls.stream()
        .filter(c -> c.equals("POST /v1/batches") || c.equals("POST /v1/messages/batches"))
        .count();
  }

  /** Whether any call went to a synchronous chat endpoint. */
  boolean anySynchronous() {
    return calls.stream()
        .anyMatch(c -> c.endsWith(" /v1/chat/completions") || c.endsWith(" /v1/messages"));
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String path = request.getUrl().encodedPath();
    String method = request.getMethod();
    calls.add(method + " " + path);
    try {
      if (method.equals("POST") && path.equals("/v1/files")) {
        String id = "file-" + ids.incrementAndGet();
        files.put(id, lines(request.getBody().utf8(), "body"));
        return json("{\"id\":\"" + id + "\",\"purpose\":\"batch\"}");
      }
      if (method.equals("POST") && path.equals("/v1/batches")) {
        String input = JSON.readTree(request.getBody().utf8()).path("input_file_id").asText();
        String id = "batch_" + ids.incrementAndGet();
        batches.put(id, files.get(input));
        failed.put(id, Set.copyOf(failing));
        return json("{\"id\":\"" + id + "\",\"status\":\"validating\"}");
      }
      if (method.equals("POST") && path.equals("/v1/messages/batches")) {
        List<String[]> reqs = new ArrayList<>();
        for (JsonNode r : JSON.readTree(request.getBody().utf8()).path("requests")) {
          reqs.add(new String[] {r.path("custom_id").asText(), prompt(r.path("params"))});
        }
        String id = "msgbatch_" + ids.incrementAndGet();
        batches.put(id, reqs);
        failed.put(id, Set.copyOf(failing));
        return json("{\"id\":\"" + id + "\",\"processing_status\":\"in_progress\"}");
      }
      if (method.equals("GET") && path.startsWith("/v1/batches/")) {
        String id = path.substring("/v1/batches/".length());
        int n = batches.get(id).size();
        onPoll.run();
        if (polls.computeIfAbsent(id, k -> new AtomicInteger()).incrementAndGet() == 1
            || neverEnd) {
          return json(
              "{\"id\":\""
                  + id
                  + "\",\"status\":\"in_progress\",\"request_counts\":"
                  + "{\"total\":"
                  + n
                  + ",\"completed\":0,\"failed\":0}}");
        }
        return json(
            "{\"id\":\""
                + id
                + "\",\"status\":\"completed\",\"output_file_id\":\"out-"
                + id
                + "\",\"error_file_id\":\"err-"
                + id
                + "\",\"request_counts\":{\"total\":"
                + n
                + ",\"completed\":"
                + n
                + ",\"failed\":0}}");
      }
      if (method.equals("GET") && path.startsWith("/v1/files/out-")) {
        return openAiResults(
            path.substring("/v1/files/out-".length()).replace("/content", ""), false);
      }
      if (method.equals("GET") && path.startsWith("/v1/files/err-")) {
        return openAiResults(
            path.substring("/v1/files/err-".length()).replace("/content", ""), true);
      }
      if (method.equals("GET") && path.startsWith("/v1/messages/batches/")) {
        String rest = path.substring("/v1/messages/batches/".length());
        if (rest.endsWith("/results")) {
          return anthropicResults(rest.substring(0, rest.length() - "/results".length()));
        }
        onPoll.run();
        if (polls.computeIfAbsent(rest, k -> new AtomicInteger()).incrementAndGet() == 1
            || neverEnd) {
          return json(
              "{\"id\":\""
                  + rest
                  + "\",\"processing_status\":\"in_progress\","
                  + "\"request_counts\":{\"processing\":"
                  + batches.get(rest).size()
                  + "}}");
        }
        return json(
            "{\"id\":\""
                + rest
                + "\",\"processing_status\":\"ended\",\"request_counts\":"
                + "{\"succeeded\":"
                + batches.get(rest).size()
                + "},\"results_url\":\""
                + server.url("/v1/messages/batches/" + rest + "/results")
                + "\"}");
      }
      if (method.equals("POST") && path.equals("/v1/chat/completions")) {
        String prompt = prompt(JSON.readTree(request.getBody().utf8()));
        return json(
            "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\""
                + answer(prompt)
                + "\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":100,"
                + "\"completion_tokens\":10}}");
      }
      if (method.equals("POST") && path.endsWith("/cancel")) {
        return json("{}");
      }
    } catch (Exception e) {
      return new MockResponse.Builder().code(500).body(e.toString()).build();
    }
    return new MockResponse.Builder().code(500).body("{\"error\":{\"message\":\"no\"}}").build();
  }

  private MockResponse openAiResults(String batch, boolean errors) {
    StringBuilder out = new StringBuilder();
    List<String[]> reqs = new ArrayList<>(batches.get(batch));
    Collections.reverse(reqs);
    for (String[] r : reqs) {
      boolean fails = failed.get(batch).contains(r[0]);
      if (fails != errors) {
        continue;
      }
      out.append("{\"custom_id\":\"").append(r[0]).append("\",\"response\":");
      if (fails) {
        out.append("{\"status_code\":400,\"body\":{\"error\":{\"message\":\"prompt refused\"}}}");
      } else {
        out.append("{\"status_code\":200,\"body\":{\"choices\":[{\"message\":{\"role\":")
            .append("\"assistant\",\"content\":\"")
            .append(answer(r[1]))
            .append("\"},\"finish_reason\":\"stop\"}],\"usage\":{\"prompt_tokens\":100,")
            .append("\"completion_tokens\":10}}}");
      }
      out.append("}\n");
    }
    return new MockResponse.Builder().code(200).body(out.toString()).build();
  }

  private MockResponse anthropicResults(String batch) {
    StringBuilder out = new StringBuilder();
    List<String[]> reqs = new ArrayList<>(batches.get(batch));
    Collections.reverse(reqs);
    for (String[] r : reqs) {
      out.append("{\"custom_id\":\"").append(r[0]).append("\",\"result\":");
      if (failed.get(batch).contains(r[0])) {
        out.append("{\"type\":\"expired\"}");
      } else {
        out.append("{\"type\":\"succeeded\",\"message\":{\"id\":\"msg\",\"type\":\"message\",")
            .append("\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"")
            .append(answer(r[1]))
            .append("\"}],\"stop_reason\":\"end_turn\",\"usage\":{\"input_tokens\":100,")
            .append("\"output_tokens\":10}}}");
      }
      out.append("}\n");
    }
    return new MockResponse.Builder().code(200).body(out.toString()).build();
  }

  /** The JSONL lines of an uploaded file (inside its multipart body): custom id and prompt. */
  private static List<String[]> lines(String multipart, String bodyField) throws Exception {
    List<String[]> out = new ArrayList<>();
    for (String line : multipart.split("\r?\n")) {
      if (line.startsWith("{\"custom_id\"")) {
        JsonNode n = JSON.readTree(line);
        out.add(new String[] {n.path("custom_id").asText(), prompt(n.path(bodyField))});
      }
    }
    return out;
  }

  private static String prompt(JsonNode body) {
    JsonNode messages = body.path("messages");
    JsonNode last = messages.path(messages.size() - 1).path("content");
    return last.isTextual() ? last.asText() : last.path(0).path("text").asText();
  }

  private static String answer(String prompt) {
    return Integer.parseInt(prompt.substring(1)) % 2 == 0 ? "yes" : "no";
  }

  private static MockResponse json(String body) {
    return new MockResponse.Builder()
        .code(200)
        .addHeader("Content-Type", "application/json")
        .body(body)
        .build();
  }
}
