package ai.trainloop.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variables a run sees: the process environment and up to three {@code .env} files. Precedence,
 * highest first:
 *
 * <ol>
 *   <li>the process environment: a variable already set always wins (so CI secrets and {@code
 *       OPENAI_API_KEY=… trainloop benchmark} beat any file);
 *   <li>the file named by {@code benchmark.env_path} (relative to the config folder): the user
 *       named it, so it is the most deliberate choice; then the one named by {@code judge.env_path}
 *       (TrainLoop's place for the judges' keys);
 *   <li>{@code .env} beside the config file: the project's own settings;
 *   <li>{@code .env} in the working directory: the most incidental, e.g. a parent project's file.
 * </ol>
 *
 * A file is read once even when two of these name it. A missing {@code env_path} is a warning, not
 * an error (CI often provides the keys through the process environment instead); missing {@code
 * .env} files are silent. Values are secrets: {@link #toString()}, {@link #sources()} and {@link
 * #warnings()} never contain one.
 */
public final class Environment {
  /** What {@link #sourceOf} answers for a variable of the process environment. */
  public static final String PROCESS = "environment";

  private final Map<String, String> variables;
  private final Map<String, String> sources;
  private final List<Path> filesRead;
  private final List<String> warnings;

  private Environment(
      Map<String, String> variables,
      Map<String, String> sources,
      List<Path> filesRead,
      List<String> warnings) {
    this.variables = Collections.unmodifiableMap(variables);
    this.sources = Collections.unmodifiableMap(sources);
    this.filesRead = List.copyOf(filesRead);
    this.warnings = List.copyOf(warnings);
  }

  /** The effective variables (see the class comment for precedence). */
  public static Map<String, String> resolve(
      Map<String, String> processEnv, TrainloopConfig cfg, Path cwd) {
    return load(processEnv, cfg, cwd).variables();
  }

  /**
   * Builds the effective environment.
   *
   * @param processEnv the process environment ({@code System.getenv()} in production)
   * @param cfg the loaded config: gives {@code benchmark.env_path} and the config folder
   * @param cwd the working directory
   * @throws ConfigException when a {@code .env} file exists but cannot be read
   */
  public static Environment load(Map<String, String> processEnv, TrainloopConfig cfg, Path cwd) {
    Map<String, String> vars = new LinkedHashMap<>(processEnv);
    Map<String, String> sources = new LinkedHashMap<>();
    processEnv.keySet().forEach(k -> sources.put(k, PROCESS));
    List<Path> read = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Path envPath = cfg.benchmark().envPath();
    if (envPath != null && !Files.isRegularFile(envPath)) {
      warnings.add(
          "benchmark.env_path names " + envPath + ", which does not exist; it was not read");
    }
    List<Path> candidates = new ArrayList<>();
    if (envPath != null) {
      candidates.add(envPath);
    }
    Path judgeEnv = cfg.judge().envPath();
    if (judgeEnv != null && !Files.isRegularFile(judgeEnv)) {
      warnings.add("judge.env_path names " + judgeEnv + ", which does not exist; it was not read");
    } else if (judgeEnv != null) {
      candidates.add(judgeEnv);
    }
    candidates.add(cfg.baseDir().resolve(".env"));
    candidates.add(cwd.toAbsolutePath().resolve(".env"));
    for (Path candidate : candidates) {
      Path file = candidate.toAbsolutePath().normalize();
      if (!Files.isRegularFile(file) || read.contains(file)) {
        continue;
      }
      DotEnv dotEnv = DotEnv.read(file);
      read.add(file);
      warnings.addAll(dotEnv.warnings());
      dotEnv
          .variables()
          .forEach(
              (k, v) -> {
                if (vars.putIfAbsent(k, v) == null) {
                  sources.put(k, file.toString());
                }
              });
    }
    return new Environment(vars, sources, read, warnings);
  }

  /** Every variable, process environment and files merged. */
  public Map<String, String> variables() {
    return variables;
  }

  /** The value of {@code name}, when set and not blank. */
  public Optional<String> get(String name) {
    return Optional.ofNullable(variables.get(name)).filter(v -> !v.isBlank());
  }

  /**
   * Where {@code name} came from: {@link #PROCESS}, or the {@code .env} file's path; null when
   * unset.
   */
  public String sourceOf(String name) {
    return sources.get(name);
  }

  /** Variable name to source, for diagnostics; holds no values. */
  public Map<String, String> sources() {
    return sources;
  }

  /** The {@code .env} files read, highest precedence first. */
  public List<Path> filesRead() {
    return filesRead;
  }

  /** Lines skipped in {@code .env} files and a missing {@code env_path}, for stderr. */
  public List<String> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return "Environment" + filesRead + " (" + variables.size() + " variables)";
  }
}
