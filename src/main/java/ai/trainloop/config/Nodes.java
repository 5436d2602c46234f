package ai.trainloop.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reading SnakeYAML nodes as values: numbers from their exact text, booleans, positions, plain Java
 * values.
 */
final class Nodes {
  private static final Pattern DECIMAL =
      Pattern.compile("[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?");
  private static final Set<String> TRUE = Set.of("true", "yes", "on");
  private static final Set<String> FALSE = Set.of("false", "no", "off");

  private Nodes() {}

  static boolean isNull(Node node) {
    return node == null || (node instanceof ScalarNode && Tag.NULL.equals(node.getTag()));
  }

  /**
   * The mapping's entries by key, in file order: duplicate keys are an error, and YAML merge keys
   * ({@code <<: *defaults}) are applied, keys written in the mapping itself winning over merged
   * ones.
   */
  static Map<String, NodeTuple> entries(MappingNode mapping, String path, Path file) {
    return entries(mapping, path, file, identitySet());
  }

  private static Map<String, NodeTuple> entries(
      MappingNode mapping, String path, Path file, Set<Node> merging) {
    if (!merging.add(mapping)) {
      throw new ConfigException(location(mapping, file), path, "'<<' merges a mapping into itself");
    }
    Map<String, NodeTuple> own = new LinkedHashMap<>();
    List<Node> merged = new ArrayList<>();
    for (NodeTuple t : mapping.getValue()) {
      Node k = t.getKeyNode();
      if (!(k instanceof ScalarNode key) || isNull(k)) {
        throw new ConfigException(
            location(k, file), path, "keys must be plain names, got " + describe(k));
      }
      if (Tag.MERGE.equals(key.getTag())) {
        Node v = t.getValueNode();
        merged.addAll(v instanceof SequenceNode s ? s.getValue() : List.of(v));
        continue;
      }
      NodeTuple first = own.putIfAbsent(key.getValue(), t);
      if (first != null) {
        throw new ConfigException(
            location(k, file),
            join(path, key.getValue()),
            "duplicate key '"
                + key.getValue()
                + "' (first at line "
                + location(first.getKeyNode(), file).line()
                + ")");
      }
    }
    for (Node m : merged) {
      if (!(m instanceof MappingNode source)) {
        throw new ConfigException(
            location(m, file), path, "'<<' must merge a mapping, got " + describe(m));
      }
      entries(source, path, file, merging).forEach(own::putIfAbsent);
    }
    merging.remove(mapping);
    return own;
  }

  static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  /** Where the node starts, 1-based. */
  static SourceLocation location(Node node, Path file) {
    return new SourceLocation(
        file, node.getStartMark().getLine() + 1, node.getStartMark().getColumn() + 1);
  }

  /**
   * The node as an error message names it: {@code 'five'}, {@code a list}, {@code a mapping},
   * {@code nothing}.
   */
  static String describe(Node node) {
    if (isNull(node)) {
      return "nothing";
    }
    if (node instanceof ScalarNode s) {
      String v = s.getValue();
      return "'" + (v.length() > 60 ? v.substring(0, 57) + "..." : v) + "'";
    }
    return node instanceof SequenceNode ? "a list" : "a mapping";
  }

  /**
   * The scalar's exact value as a decimal (quoted numerals too), or null when it is not a finite
   * number.
   */
  static BigDecimal decimal(Node node) {
    if (isNull(node) || !(node instanceof ScalarNode s)) {
      return null;
    }
    String t = s.getValue().trim();
    if (t.startsWith("0x") || t.startsWith("0o")) {
      try {
        return new BigDecimal(new BigInteger(t.substring(2), t.startsWith("0x") ? 16 : 8));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return DECIMAL.matcher(t).matches() ? new BigDecimal(t) : null;
  }

  /**
   * The scalar as a whole number, or null when it is not one ({@code 5.0} counts, {@code 5.5} does
   * not).
   */
  static BigInteger integer(Node node) {
    BigDecimal d = decimal(node);
    if (d == null || (d.signum() != 0 && d.stripTrailingZeros().scale() > 0)) {
      return null;
    }
    return d.toBigInteger();
  }

  /**
   * The scalar as a boolean: true/false, and YAML 1.1's yes/no/on/off for compatibility; else null.
   */
  static Boolean bool(Node node) {
    if (isNull(node) || !(node instanceof ScalarNode s)) {
      return null;
    }
    String t = s.getValue().trim().toLowerCase(Locale.ROOT);
    return TRUE.contains(t) ? Boolean.TRUE : FALSE.contains(t) ? Boolean.FALSE : null;
  }

  /**
   * The node as plain Java: String, Long (BigDecimal when too large), Double, Boolean, null, List
   * and (insertion-ordered) Map, all unmodifiable.
   */
  static Object plain(Node node, String path, Path file) {
    return plain(node, path, file, identitySet());
  }

  private static Object plain(Node node, String path, Path file, Set<Node> ancestors) {
    if (isNull(node)) {
      return null;
    }
    if (node instanceof ScalarNode s) {
      return scalar(s);
    }
    if (!ancestors.add(node)) {
      throw new ConfigException(
          location(node, file), path, "an alias refers to a value that contains it");
    }
    Object out;
    if (node instanceof SequenceNode seq) {
      List<Object> list = new ArrayList<>();
      for (int i = 0; i < seq.getValue().size(); i++) {
        list.add(plain(seq.getValue().get(i), path + "[" + i + "]", file, ancestors));
      }
      out = Collections.unmodifiableList(list);
    } else {
      Map<String, Object> map = new LinkedHashMap<>();
      entries((MappingNode) node, path, file)
          .forEach((k, v) -> map.put(k, plain(v.getValueNode(), path + "." + k, file, ancestors)));
      out = Collections.unmodifiableMap(map);
    }
    ancestors.remove(node);
    return out;
  }

  private static Set<Node> identitySet() {
    return Collections.newSetFromMap(new IdentityHashMap<>());
  }

  private static Object scalar(ScalarNode s) {
    if (Tag.BOOL.equals(s.getTag())) {
      return bool(s);
    }
    if (Tag.INT.equals(s.getTag())) {
      BigInteger i = integer(s);
      return i.bitLength() < 64 ? (Object) i.longValue() : new BigDecimal(i);
    }
    if (Tag.FLOAT.equals(s.getTag())) {
      String t = s.getValue().toLowerCase(Locale.ROOT);
      if (t.endsWith(".nan")) {
        return Double.NaN;
      }
      if (t.endsWith(".inf")) {
        return t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      }
      return Double.parseDouble(s.getValue());
    }
    return s.getValue();
  }
}
