package ai.trainloop.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLocatorTest {
  @TempDir Path root;
  private Path cwd;
  private final ConfigLocator locator = new ConfigLocator();

  @BeforeEach
  void setUp() throws IOException {
    cwd = Files.createDirectories(root.resolve("project/src/app"));
  }

  private Path touch(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "trainloop:\n");
  }

  @Test
  void should_prefer_the_config_option_over_everything_else() throws IOException {
    Path explicit = touch(root.resolve("custom-benchmark.yaml"));
    Path fromEnv = touch(root.resolve("env.yaml"));
    touch(cwd.resolve("trainloop/trainloop.config.yaml"));

    Path found =
        locator.locate(
            Path.of("../../../custom-benchmark.yaml"),
            Map.of(ConfigLocator.ENV_VAR, fromEnv.toString()),
            cwd);

    assertThat(found).isEqualTo(explicit.toAbsolutePath().normalize());
  }

  @Test
  void should_use_the_variable_naming_a_file_before_searching() throws IOException {
    Path fromEnv = touch(root.resolve("elsewhere/my.yaml"));
    touch(cwd.resolve("trainloop/trainloop.config.yaml"));

    assertThat(locator.locate(null, Map.of(ConfigLocator.ENV_VAR, fromEnv.toString()), cwd))
        .isEqualTo(fromEnv);
  }

  @Test
  void should_accept_a_folder_in_the_variable() throws IOException {
    Path inside = touch(root.resolve("elsewhere/trainloop.config.yaml"));

    assertThat(
            locator.locate(null, Map.of(ConfigLocator.ENV_VAR, inside.getParent().toString()), cwd))
        .isEqualTo(inside);
  }

  @Test
  void should_look_in_the_trainloop_folder_before_walking_up() throws IOException {
    Path nested = touch(cwd.resolve("trainloop/trainloop.config.yaml"));
    touch(cwd.resolve("trainloop.config.yaml"));

    assertThat(locator.locate(null, Map.of(), cwd)).isEqualTo(nested);
  }

  @Test
  void should_find_the_nearest_config_walking_up_from_the_working_directory() throws IOException {
    Path nearest = touch(root.resolve("project/src/trainloop.config.yaml"));
    touch(root.resolve("project/trainloop.config.yaml"));

    assertThat(locator.locate(null, Map.of(), cwd)).isEqualTo(nearest);
  }

  @Test
  void should_ignore_a_blank_variable() throws IOException {
    Path here = touch(cwd.resolve("trainloop.config.yaml"));

    assertThat(locator.locate(null, Map.of(ConfigLocator.ENV_VAR, "  "), cwd)).isEqualTo(here);
  }

  @Test
  void should_fail_when_the_named_file_is_missing_without_looking_further() throws IOException {
    touch(cwd.resolve("trainloop.config.yaml"));

    ConfigException option =
        catchThrowableOfType(
            ConfigException.class, () -> locator.locate(Path.of("nope.yaml"), Map.of(), cwd));
    ConfigException variable =
        catchThrowableOfType(
            ConfigException.class,
            () -> locator.locate(null, Map.of(ConfigLocator.ENV_VAR, "missing"), cwd));

    assertThat(option.getMessage())
        .isEqualTo("--config: " + cwd.resolve("nope.yaml") + " does not exist");
    assertThat(variable.getMessage())
        .isEqualTo("TRAINLOOP_CONFIG_PATH: " + cwd.resolve("missing") + " does not exist");
  }

  @Test
  void should_fail_for_a_named_folder_without_a_config() throws IOException {
    Path empty = Files.createDirectories(root.resolve("empty"));

    ConfigException e =
        catchThrowableOfType(
            ConfigException.class,
            () -> locator.locate(null, Map.of(ConfigLocator.ENV_VAR, empty.toString()), cwd));

    assertThat(e.getMessage())
        .isEqualTo(
            "TRAINLOOP_CONFIG_PATH: "
                + empty
                + " is a folder without a "
                + "trainloop.config.yaml");
  }

  @Test
  void should_say_where_it_looked_when_nothing_is_found() {
    ConfigException e =
        catchThrowableOfType(ConfigException.class, () -> locator.locate(null, Map.of(), cwd));

    assertThat(e.getMessage())
        .contains("no trainloop.config.yaml found")
        .contains("--config (not given)")
        .contains("TRAINLOOP_CONFIG_PATH (not set)")
        .contains(cwd.resolve("trainloop/trainloop.config.yaml").toString())
        .contains("in " + cwd + " and every folder above it");
  }
}
