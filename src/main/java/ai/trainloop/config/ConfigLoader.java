package ai.trainloop.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Reads and validates {@code trainloop.config.yaml}. The file is composed into SnakeYAML nodes
 * (which keep their positions) and walked against {@link ConfigSchema}; every problem is a {@link
 * ConfigException} naming {@code file:line:column}, the key path ({@code
 * trainloop.benchmark.providers[2].temperature}, list indexes from 0) and, for a mistyped key or
 * name, the nearest valid one. Values are read with YAML 1.2's core schema (only {@code
 * true}/{@code false} are booleans; see {@link CoreSchemaResolver}); a key with an empty value
 * counts as absent. Holds no state beyond the providers it is given: one instance may load many
 * files.
 */
public final class ConfigLoader {
  private final ProviderCatalog providers;

  /**
   * @param providers the providers an entry may name, with their rules (the provider registry)
   */
  public ConfigLoader(ProviderCatalog providers) {
    this.providers = Objects.requireNonNull(providers, "providers");
  }

  /**
   * Loads and validates a config file.
   *
   * @param file the config file; messages name it as given, the returned paths are absolute
   * @return the validated config, defaults filled in
   * @throws ConfigException for a missing or unreadable file, invalid YAML, or any invalid key or
   *     value
   */
  public TrainloopConfig load(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path baseDir = absolute.getParent();
    YamlMap t = trainloopSection(compose(file), file);
    YamlMap eval = t.map("eval", ConfigSchema.EVAL);
    t.strings("host_allowlist");
    String dataFolder = t.text("data_folder");
    return new TrainloopConfig(
        absolute,
        baseDir,
        baseDir.resolve(dataFolder == null ? "data" : dataFolder).normalize(),
        BenchmarkParser.parse(t.map("benchmark", ConfigSchema.BENCHMARK), baseDir, providers),
        EvalParser.metrics(eval),
        EvalParser.suites(eval),
        PricingParser.table(t),
        EvalParser.metricTimeout(eval),
        JudgeParser.parse(t.map("judge", ConfigSchema.JUDGE), baseDir, providers));
  }

  private static Node compose(Path file) {
    LoaderOptions options = new LoaderOptions();
    DumperOptions dumper = new DumperOptions();
    Yaml yaml =
        new Yaml(
            new SafeConstructor(options),
            new Representer(dumper),
            dumper,
            options,
            new CoreSchemaResolver());
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return yaml.compose(reader);
    } catch (MarkedYAMLException e) {
      Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      SourceLocation at =
          mark == null
              ? SourceLocation.unknown(file)
              : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
      String context =
          e.getContext() == null
              ? ""
              : " ("
                  + e.getContext().trim()
                  + (e.getContextMark() == null
                      ? ""
                      : " that starts at line " + (e.getContextMark().getLine() + 1))
                  + ")";
      String problem =
          e.getProblem() == null ? e.getClass().getSimpleName() : e.getProblem().trim();
      throw new ConfigException(at, null, "invalid YAML: " + problem + context);
    } catch (YAMLException e) {
      if (e.getCause() instanceof CharacterCodingException) {
        throw new ConfigException(SourceLocation.unknown(file), null, "not valid UTF-8 text");
      }
      throw new ConfigException(
          SourceLocation.unknown(file), null, "invalid YAML: " + e.getMessage());
    } catch (NoSuchFileException e) {
      throw new ConfigException(SourceLocation.unknown(file), null, "no such file");
    } catch (CharacterCodingException e) {
      throw new ConfigException(SourceLocation.unknown(file), null, "not valid UTF-8 text");
    } catch (IOException e) {
      throw new ConfigException(
          SourceLocation.unknown(file), null, "cannot read the file: " + e.getMessage());
    }
  }

  /**
   * The document must be a mapping with one key, {@code trainloop}; an empty {@code trainloop:}
   * means defaults.
   */
  private static YamlMap trainloopSection(Node root, Path file) {
    if (Nodes.isNull(root)) {
      throw new ConfigException(
          new SourceLocation(file, 1, 1),
          null,
          "the file is empty; it needs a top-level 'trainloop:' key with the settings under it");
    }
    if (!(root instanceof MappingNode mapping)) {
      throw new ConfigException(
          Nodes.location(root, file),
          null,
          "expected a mapping with a top-level 'trainloop:' key, got " + Nodes.describe(root));
    }
    if (!Nodes.entries(mapping, "", file).containsKey("trainloop")) {
      for (NodeTuple tuple : mapping.getValue()) {
        Node key = tuple.getKeyNode();
        if (key instanceof ScalarNode s && ConfigSchema.TRAINLOOP.containsKey(s.getValue())) {
          throw new ConfigException(
              Nodes.location(key, file),
              s.getValue(),
              "'" + s.getValue() + "' must be indented under a top-level 'trainloop:' key");
        }
      }
    }
    YamlMap top = YamlMap.of(root, "", file, ConfigSchema.ROOT);
    if (top.value("trainloop") == null) {
      throw new ConfigException(top.location(), null, "no top-level 'trainloop:' key");
    }
    Node t = top.value("trainloop");
    return Nodes.isNull(t)
        ? YamlMap.empty("trainloop", file, t)
        : YamlMap.of(t, "trainloop", file, ConfigSchema.TRAINLOOP);
  }
}
