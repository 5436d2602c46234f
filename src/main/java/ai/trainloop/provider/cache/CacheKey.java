package ai.trainloop.provider.cache;

import ai.trainloop.provider.ChatRequest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The key of one cached reply: SHA-256 over a canonical JSON (properties and map entries sorted) of
 * the vendor, the base URL, the model, every field the request sends (messages with their parts,
 * parameters, tools, the stream flag) and the repeat index.
 */
public final class CacheKey {

  private static final ObjectMapper CANONICAL =
      JsonMapper.builder()
          .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .build();

  private CacheKey() {}

  /** The canonical JSON the key hashes. */
  public static String canonical(String vendor, String baseUrl, ChatRequest request, int repeat) {
    ObjectNode root = CANONICAL.createObjectNode();
    root.put("vendor", vendor);
    root.put("base_url", baseUrl);
    root.put("model", request.model());
    root.set("messages", CANONICAL.valueToTree(request.messages()));
    // the recorded reply list of fields left out is not sent: it is not part of the key
    JsonNode params = CANONICAL.valueToTree(request.params().toBuilder().dropped(null).build());
    root.set("params", params);
    root.put("stream", request.stream());
    root.put("repeat", repeat);
    try {
      return CANONICAL.writeValueAsString(CANONICAL.treeToValue(root, Object.class));
    } catch (java.io.IOException e) {
      throw new IllegalStateException("cannot write a cache key", e);
    }
  }

  /** The key: the hex SHA-256 of {@link #canonical}. */
  public static String of(String vendor, String baseUrl, ChatRequest request, int repeat) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] hash =
          sha.digest(canonical(vendor, baseUrl, request, repeat).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
