package ai.trainloop.config;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Resolves plain scalars as YAML 1.2's core schema does rather than YAML 1.1's: only {@code
 * true}/{@code false} are booleans (so {@code any: [yes, no]} stays a list of words and {@code on:}
 * stays a key), and dates stay strings (so {@code api_version: 2024-10-21} is text). Numbers and
 * nulls are as in both versions.
 */
final class CoreSchemaResolver extends Resolver {
  static final Pattern CORE_BOOL = Pattern.compile("^(?:true|True|TRUE|false|False|FALSE)$");
  static final Pattern CORE_INT = Pattern.compile("^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$");
  static final Pattern CORE_FLOAT =
      Pattern.compile(
          "^(?:[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
  static final Pattern CORE_NULL = Pattern.compile("^(?:~|null|Null|NULL)$");

  @Override
  protected void addImplicitResolvers() {
    addImplicitResolver(Tag.BOOL, CORE_BOOL, "tTfF", 10);
    addImplicitResolver(Tag.INT, CORE_INT, "-+0123456789", 30);
    addImplicitResolver(Tag.FLOAT, CORE_FLOAT, "-+0123456789.", 60);
    addImplicitResolver(Tag.MERGE, Resolver.MERGE, "<", 10);
    addImplicitResolver(Tag.NULL, CORE_NULL, "~nN", 10);
    addImplicitResolver(Tag.NULL, Resolver.EMPTY, null, 10);
  }
}
