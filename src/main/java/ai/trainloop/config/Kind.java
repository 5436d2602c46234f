package ai.trainloop.config;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The type a config value must have: recognises a (non-null) node and names itself in error
 * messages.
 */
enum Kind {
  STRING("a string"),
  INTEGER("an integer"),
  NUMBER("a number"),
  BOOLEAN("true or false"),
  MAPPING("a mapping"),
  LIST("a list"),
  STRING_LIST("a string or a list of strings"),
  LIST_OR_MAPPING("a list or a mapping"),
  INTEGER_OR_MAPPING("an integer or a mapping of tag to integer"),
  SCALAR("a single value");

  private final String expected;

  Kind(String expected) {
    this.expected = expected;
  }

  /** How an error message names this kind: "expected {@code expected()}, got …". */
  String expected() {
    return expected;
  }

  boolean accepts(Node node) {
    return switch (this) {
      case STRING, SCALAR -> node instanceof ScalarNode;
      case INTEGER -> Nodes.integer(node) != null;
      case NUMBER -> Nodes.decimal(node) != null;
      case BOOLEAN -> Nodes.bool(node) != null;
      case MAPPING -> node instanceof MappingNode;
      case LIST -> node instanceof SequenceNode;
      case STRING_LIST -> node instanceof SequenceNode || node instanceof ScalarNode;
      case LIST_OR_MAPPING -> node instanceof SequenceNode || node instanceof MappingNode;
      case INTEGER_OR_MAPPING -> Nodes.integer(node) != null || node instanceof MappingNode;
    };
  }
}
