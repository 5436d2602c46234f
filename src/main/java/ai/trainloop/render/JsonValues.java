package ai.trainloop.render;

import ai.trainloop.stats.Interval;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Small helpers for the JSON renderings: NaN becomes null (JSON has no NaN), intervals become [lo,
 * hi].
 */
public final class JsonValues {
  /** The node factory used by every JSON rendering of these packages. */
  public static final JsonNodeFactory FACTORY = JsonNodeFactory.instance;

  private JsonValues() {}

  /** Puts {@code value}, or null when it is NaN or infinite. */
  public static void put(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, value);
    } else {
      node.putNull(key);
    }
  }

  /** Puts {@code [lo, hi]}, or null when the interval is unknown. */
  public static void put(ObjectNode node, String key, Interval interval) {
    if (interval == null || !interval.known()) {
      node.putNull(key);
    } else {
      node.putArray(key).add(interval.lo()).add(interval.hi());
    }
  }

  /** Puts an array of strings. */
  public static ArrayNode strings(ObjectNode node, String key, List<String> values) {
    ArrayNode array = node.putArray(key);
    values.forEach(array::add);
    return array;
  }
}
