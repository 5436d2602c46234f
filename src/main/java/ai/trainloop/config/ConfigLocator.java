package ai.trainloop.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Finds {@code trainloop.config.yaml} the way TrainLoop does, first match wins:
 *
 * <ol>
 *   <li>{@code --config FILE} (a folder holding {@code trainloop.config.yaml} is accepted too);
 *   <li>the variable {@code TRAINLOOP_CONFIG_PATH}: a file, or a folder holding {@code
 *       trainloop.config.yaml};
 *   <li>{@code ./trainloop/trainloop.config.yaml};
 *   <li>the first {@code trainloop.config.yaml} in the working directory or one of its parents.
 * </ol>
 *
 * A path named by the first two that leads to no file is an error rather than a reason to look
 * further: the user asked for that file. {@code TRAINLOOP_CONFIG_PATH} comes from the process
 * environment only (never from a {@code .env} file, which is found relative to the config).
 * Relative paths resolve against {@code cwd}.
 */
public final class ConfigLocator {
  /** The config file's name. */
  public static final String FILE_NAME = "trainloop.config.yaml";

  /** The variable naming the config file or its folder. */
  public static final String ENV_VAR = "TRAINLOOP_CONFIG_PATH";

  /**
   * Finds the config file.
   *
   * @param explicitConfig the {@code --config} option, or null when not given
   * @param env the process environment
   * @param cwd the working directory
   * @return the config file, absolute and normalised
   * @throws ConfigException when a named file is missing or nothing is found; the message says
   *     where it looked
   */
  public Path locate(Path explicitConfig, Map<String, String> env, Path cwd) {
    Path dir = cwd.toAbsolutePath().normalize();
    if (explicitConfig != null) {
      return named(dir.resolve(explicitConfig).normalize(), "--config");
    }
    String fromEnv = env.get(ENV_VAR);
    if (fromEnv != null && !fromEnv.isBlank()) {
      return named(dir.resolve(fromEnv.trim()).normalize(), ENV_VAR);
    }
    Path nested = dir.resolve("trainloop").resolve(FILE_NAME);
    if (Files.isRegularFile(nested)) {
      return nested;
    }
    for (Path d = dir; d != null; d = d.getParent()) {
      Path candidate = d.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new ConfigException(
        null,
        null,
        "no "
            + FILE_NAME
            + " found; looked for --config (not given), "
            + ENV_VAR
            + " (not set), "
            + nested
            + ", and "
            + FILE_NAME
            + " in "
            + dir
            + " and every folder above it."
            + " Pass --config FILE or set "
            + ENV_VAR
            + ".");
  }

  private static Path named(Path path, String what) {
    if (Files.isDirectory(path)) {
      Path inside = path.resolve(FILE_NAME);
      if (Files.isRegularFile(inside)) {
        return inside;
      }
      throw new ConfigException(null, what, path + " is a folder without a " + FILE_NAME);
    }
    if (Files.isRegularFile(path)) {
      return path;
    }
    throw new ConfigException(null, what, path + " does not exist");
  }
}
