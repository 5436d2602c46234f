package ai.trainloop.provider.gemini;

import ai.trainloop.provider.http.StreamAssembler;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * A streamed {@code streamGenerateContent?alt=sse} reply (one {@code GenerateContentResponse} a
 * chunk) built back into the one response {@code generateContent} answers: the first candidate's
 * parts in order, consecutive text parts joined (thoughts apart from the answer), other parts
 * ({@code functionCall}, ...) kept; the last {@code finishReason}, {@code usageMetadata} and {@code
 * promptFeedback}. The stream has no last event: it is complete when it ends after a chunk with a
 * finish reason, or with a blocked prompt. A chunk with an {@code error} is the call's error.
 */
final class GeminiStream implements StreamAssembler {

  private final ObjectMapper mapper;
  private final ArrayNode parts;
  private final ObjectNode candidate;
  private JsonNode usage;
  private JsonNode feedback;
  private boolean finished;
  private boolean anyCandidate;

  GeminiStream(ObjectMapper mapper) {
    this.mapper = mapper;
    this.parts = mapper.createArrayNode();
    this.candidate = mapper.createObjectNode();
  }

  @Override
  public Seen take(String event, String data) throws IOException, StreamError {
    JsonNode chunk = mapper.readTree(data);
    if (chunk == null || !chunk.isObject()) {
      throw new IOException("a chunk that is not a JSON object");
    }
    if (chunk.hasNonNull("error")) {
      JsonNode code = chunk.path("error").path("code");
      throw new StreamError(code.isInt() && code.asInt() >= 400 ? code.asInt() : 500, data);
    }
    if (chunk.hasNonNull("usageMetadata")) {
      usage = chunk.get("usageMetadata");
    }
    if (chunk.hasNonNull("promptFeedback")) {
      feedback = chunk.get("promptFeedback");
      finished |= feedback.hasNonNull("blockReason");
    }
    JsonNode first = chunk.path("candidates").path(0);
    if (!first.isObject()) {
      return Seen.OTHER;
    }
    anyCandidate = true;
    for (String f : new String[] {"finishReason", "finishMessage"}) {
      if (first.hasNonNull(f)) {
        candidate.set(f, first.get(f));
      }
    }
    finished |= first.hasNonNull("finishReason");
    boolean fresh = false;
    for (JsonNode part : first.path("content").path("parts")) {
      fresh |= add(part);
    }
    return fresh ? Seen.CONTENT : Seen.OTHER;
  }

  /** Adds one part; true when it is answer text or a function call. */
  private boolean add(JsonNode part) {
    if (!part.isObject()) {
      return false;
    }
    boolean thought = part.path("thought").asBoolean(false);
    if (part.has("text") && part.size() == (part.has("thought") ? 2 : 1)) {
      String text = part.get("text").asText("");
      JsonNode last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
      if (last != null
          && last.has("text")
          && last.size() == (last.has("thought") ? 2 : 1)
          && last.path("thought").asBoolean(false) == thought) {
        ((ObjectNode) last).put("text", last.get("text").asText("") + text);
      } else {
        parts.add(part.deepCopy());
      }
      return !thought && !text.isEmpty();
    }
    parts.add(part.deepCopy());
    return part.has("functionCall");
  }

  @Override
  public boolean completeAtEnd() {
    return finished;
  }

  @Override
  public JsonNode reply() {
    ObjectNode reply = mapper.createObjectNode();
    if (anyCandidate) {
      ObjectNode c = candidate.deepCopy();
      c.putObject("content").put("role", "model").set("parts", parts.deepCopy());
      reply.putArray("candidates").add(c);
    }
    if (feedback != null) {
      reply.set("promptFeedback", feedback);
    }
    if (usage != null) {
      reply.set("usageMetadata", usage);
    }
    return reply;
  }
}
