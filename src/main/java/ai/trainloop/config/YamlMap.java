package ai.trainloop.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A YAML mapping checked against its schema (known keys and the kind of each value), with typed
 * getters that report problems as {@link ConfigException}s at the value's position and key path. A
 * key whose value is null ({@code key:} or {@code key: ~}) counts as absent.
 */
final class YamlMap {
  private final Node node;
  private final String path;
  private final Path file;
  private final Map<String, NodeTuple> entries;

  private YamlMap(Node node, String path, Path file, Map<String, NodeTuple> entries) {
    this.node = node;
    this.path = path;
    this.file = file;
    this.entries = entries;
  }

  /** A mapping with no keys, standing for the null value at {@code at}. */
  static YamlMap empty(String path, Path file, Node at) {
    return new YamlMap(at, path, file, Map.of());
  }

  /**
   * Checks that {@code node} is a mapping whose keys are in {@code schema} (null: any key is
   * allowed) and whose non-null values have the kinds the schema names.
   */
  static YamlMap of(Node node, String path, Path file, Map<String, Kind> schema) {
    if (!(node instanceof MappingNode mapping)) {
      throw new ConfigException(
          Nodes.location(node, file), path, "expected a mapping, got " + Nodes.describe(node));
    }
    Map<String, NodeTuple> entries = Nodes.entries(mapping, path, file);
    if (schema != null) {
      for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
        Kind kind = schema.get(e.getKey());
        if (kind == null) {
          throw unknownKey(
              e.getKey(), e.getValue().getKeyNode(), Nodes.join(path, e.getKey()), file, schema);
        }
        Node value = e.getValue().getValueNode();
        if (!Nodes.isNull(value) && !kind.accepts(value)) {
          throw new ConfigException(
              Nodes.location(value, file),
              Nodes.join(path, e.getKey()),
              "expected " + kind.expected() + ", got " + Nodes.describe(value));
        }
      }
    }
    return new YamlMap(node, path, file, entries);
  }

  private static ConfigException unknownKey(
      String key, Node at, String keyPath, Path file, Map<String, Kind> schema) {
    TreeSet<String> keys = new TreeSet<>(schema.keySet());
    String hint = Suggestions.hint(key, keys, "expected one of: " + String.join(", ", keys));
    return new ConfigException(
        Nodes.location(at, file), keyPath, "unknown key '" + key + "'; " + hint);
  }

  /** Keys present, in file order (null values included). */
  List<String> keys() {
    return List.copyOf(entries.keySet());
  }

  boolean has(String key) {
    return !Nodes.isNull(value(key));
  }

  /** The value node, or null when the key is absent. */
  Node value(String key) {
    NodeTuple t = entries.get(key);
    return t == null ? null : t.getValueNode();
  }

  String path() {
    return path;
  }

  String path(String key) {
    return Nodes.join(path, key);
  }

  Path file() {
    return file;
  }

  /** Where the mapping starts. */
  SourceLocation location() {
    return Nodes.location(node, file);
  }

  /** Where the key's value starts (the mapping's start when the key is absent). */
  SourceLocation location(String key) {
    return has(key) ? Nodes.location(value(key), file) : location();
  }

  /** An error about the key's value, at its position. */
  ConfigException error(String key, String detail) {
    return new ConfigException(location(key), path(key), detail);
  }

  private ConfigException mismatch(String key, Kind kind) {
    return error(key, "expected " + kind.expected() + ", got " + Nodes.describe(value(key)));
  }

  /** The value's text, or null when absent; an empty or blank text is an error. */
  String text(String key) {
    if (!has(key)) {
      return null;
    }
    if (!(value(key) instanceof ScalarNode s)) {
      throw mismatch(key, Kind.STRING);
    }
    String v = s.getValue().trim();
    if (v.isEmpty()) {
      throw error(key, "must not be empty");
    }
    return v;
  }

  /** The exact decimal value, or null when absent. */
  BigDecimal decimal(String key, Bounds bounds) {
    if (!has(key)) {
      return null;
    }
    BigDecimal v = Nodes.decimal(value(key));
    if (v == null) {
      throw mismatch(key, Kind.NUMBER);
    }
    String problem = bounds.violation(v);
    if (problem != null) {
      throw error(key, problem);
    }
    return v;
  }

  Double number(String key, Bounds bounds) {
    BigDecimal v = decimal(key, bounds);
    return v == null ? null : v.doubleValue();
  }

  Integer integer(String key, Bounds bounds) {
    BigDecimal v = decimal(key, bounds);
    try {
      return v == null ? null : v.intValueExact();
    } catch (ArithmeticException e) {
      throw error(
          key, "expected an integer up to " + Integer.MAX_VALUE + ", got " + v.toPlainString());
    }
  }

  Boolean bool(String key) {
    if (!has(key)) {
      return null;
    }
    Boolean v = Nodes.bool(value(key));
    if (v == null) {
      throw mismatch(key, Kind.BOOLEAN);
    }
    return v;
  }

  /** The nested mapping checked against {@code schema}, or null when absent. */
  YamlMap map(String key, Map<String, Kind> schema) {
    return has(key) ? of(value(key), path(key), file, schema) : null;
  }

  /** The items of a list value (empty when absent). */
  List<Node> items(String key) {
    Node v = value(key);
    if (!Nodes.isNull(v) && !(v instanceof SequenceNode)) {
      throw mismatch(key, Kind.LIST);
    }
    return v instanceof SequenceNode s ? s.getValue() : List.of();
  }

  /** A list of non-empty strings (a single string counts as a list of one); empty when absent. */
  List<String> strings(String key) {
    Node v = value(key);
    if (v instanceof MappingNode) {
      throw mismatch(key, Kind.STRING_LIST);
    }
    List<Node> items =
        v instanceof SequenceNode s ? s.getValue() : Nodes.isNull(v) ? List.of() : List.of(v);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Node item = items.get(i);
      String at = v instanceof SequenceNode ? path(key) + "[" + i + "]" : path(key);
      if (!(item instanceof ScalarNode s) || Nodes.isNull(item) || s.getValue().isBlank()) {
        throw new ConfigException(
            Nodes.location(item, file), at, "expected a string, got " + Nodes.describe(item));
      }
      out.add(s.getValue().trim());
    }
    return out;
  }
}
