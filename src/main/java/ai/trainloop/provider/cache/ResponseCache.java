package ai.trainloop.provider.cache;

import ai.trainloop.chat.ToolCall;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.Usage;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Replies on disk, one JSON file per {@link CacheKey} in a folder ({@code
 * <data_folder>/.cache/responses/}). Each entry is written to a temporary file in the same folder
 * and moved into place atomically, so two runs sharing the folder never read a half-written entry;
 * the last writer of a key wins with an equal reply. An entry that cannot be read is a miss, told
 * once to {@code warnings}.
 */
public final class ResponseCache {

  /** The default {@code benchmark.cache_ttl}. */
  public static final Duration DEFAULT_TTL = Duration.ofDays(14);

  private final Path folder;
  private final Duration ttl;
  private final Clock clock;
  private final Consumer<String> warnings;
  private final ObjectMapper mapper = new ObjectMapper();
  private final Set<String> warned = ConcurrentHashMap.newKeySet();

  public ResponseCache(Path folder, Duration ttl, Clock clock, Consumer<String> warnings) {
    this.folder = Objects.requireNonNull(folder, "folder");
    this.ttl = Objects.requireNonNull(ttl, "ttl");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.warnings = Objects.requireNonNull(warnings, "warnings");
  }

  /** The folder the entries are in. */
  public Path folder() {
    return folder;
  }

  /** The entry for {@code key} stored less than the ttl ago; empty on a miss. */
  public Optional<CachedReply> get(String key) {
    Path file = folder.resolve(key + ".json");
    JsonNode node;
    try {
      node = mapper.readTree(Files.readAllBytes(file));
      CachedReply reply = parse(node);
      if (reply.storedAt().plus(ttl).isBefore(clock.instant())) {
        return Optional.empty();
      }
      return Optional.of(reply);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      if (warned.add(key)) {
        warnings.accept(
            "cache: entry " + file + " is unreadable, sending the call: " + e.getMessage());
      }
      return Optional.empty();
    }
  }

  /** Stores {@code response} under {@code key}, its original latency beside it. */
  public void put(String key, ChatResponse response, Duration latency) {
    ObjectNode node = mapper.createObjectNode();
    node.put("stored_at", clock.instant().toString());
    if (latency != null) {
      node.put("latency_ms", latency.toMillis());
    }
    node.put("text", response.text());
    node.put("finish_reason", response.finishReason());
    ArrayNode calls = node.putArray("tool_calls");
    for (ToolCall c : response.toolCalls()) {
      calls.addObject().put("id", c.id()).put("name", c.name()).put("arguments", c.argumentsJson());
    }
    Usage u = response.usage() == null ? Usage.UNKNOWN : response.usage();
    ObjectNode usage = node.putObject("usage");
    usage.put("input_tokens", u.inputTokens());
    usage.put("output_tokens", u.outputTokens());
    usage.put("cached_input_tokens", u.cachedInputTokens());
    usage.put("cache_write_tokens", u.cacheWriteTokens());
    usage.put("reasoning_tokens", u.reasoningTokens());
    try {
      Files.createDirectories(folder);
      Path tmp = Files.createTempFile(folder, key + ".", ".tmp");
      try {
        Files.write(tmp, mapper.writeValueAsBytes(node));
        move(tmp, folder.resolve(key + ".json"));
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      if (warned.add("write")) {
        warnings.accept("cache: cannot write to " + folder + ": " + e.getMessage());
      }
    }
  }

  /** What the folder holds; nothing when it does not exist. */
  public CacheStats stats() throws IOException {
    long entries = 0;
    long bytes = 0;
    long expired = 0;
    long unreadable = 0;
    Instant oldest = null;
    Instant newest = null;
    for (Path file : entryFiles()) {
      bytes += Files.size(file);
      Instant at = storedAt(file);
      if (at == null) {
        unreadable++;
        continue;
      }
      entries++;
      oldest = oldest == null || at.isBefore(oldest) ? at : oldest;
      newest = newest == null || at.isAfter(newest) ? at : newest;
      if (expired(at)) {
        expired++;
      }
    }
    return new CacheStats(entries, bytes, oldest, newest, expired, unreadable);
  }

  /**
   * Deletes every entry, or with {@code expiredOnly} the expired and unreadable ones.
   *
   * @return how many were deleted
   */
  public long clear(boolean expiredOnly) throws IOException {
    long deleted = 0;
    for (Path file : entryFiles()) {
      Instant at = expiredOnly ? storedAt(file) : null;
      if ((!expiredOnly || at == null || expired(at)) && Files.deleteIfExists(file)) {
        deleted++;
      }
    }
    return deleted;
  }

  private boolean expired(Instant storedAt) {
    return storedAt.plus(ttl).isBefore(clock.instant());
  }

  private List<Path> entryFiles() throws IOException {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (var files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    }
  }

  private Instant storedAt(Path file) {
    try {
      return parse(mapper.readTree(Files.readAllBytes(file))).storedAt();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static CachedReply parse(JsonNode node) {
    Instant storedAt = Instant.parse(node.required("stored_at").asText());
    List<ToolCall> calls = new ArrayList<>();
    for (JsonNode c : node.path("tool_calls")) {
      calls.add(new ToolCall(text(c, "id"), text(c, "name"), text(c, "arguments")));
    }
    JsonNode u = node.required("usage");
    Usage usage =
        new Usage(
            number(u, "input_tokens"),
            number(u, "output_tokens"),
            number(u, "cached_input_tokens"),
            number(u, "cache_write_tokens"),
            number(u, "reasoning_tokens"));
    Long latencyMs = number(node, "latency_ms");
    ChatResponse response =
        new ChatResponse(
            node.required("text").asText(), usage, text(node, "finish_reason"), null, calls);
    return new CachedReply(
        response, storedAt, latencyMs == null ? null : Duration.ofMillis(latencyMs));
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static Long number(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.canConvertToLong()) {
      throw new IllegalArgumentException(field + " is not a number");
    }
    return v.asLong();
  }
}
