package ai.trainloop.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvironmentTest {
  @TempDir Path root;

  private TrainloopConfig config(Path projectDir, String benchmarkYaml) throws IOException {
    Files.createDirectories(projectDir);
    return ConfigFiles.load(projectDir, "trainloop:\n  benchmark:\n" + benchmarkYaml.indent(4));
  }

  @Test
  void should_let_the_process_environment_win_over_every_file() throws IOException {
    Path project = root.resolve("project");
    TrainloopConfig cfg = config(project, "env_path: secrets.env");
    Files.writeString(project.resolve("secrets.env"), "OPENAI_API_KEY=from-env-path\n");
    Files.writeString(project.resolve(".env"), "OPENAI_API_KEY=from-config-dir\n");

    Environment env = Environment.load(Map.of("OPENAI_API_KEY", "from-process"), cfg, project);

    assertThat(env.get("OPENAI_API_KEY")).contains("from-process");
    assertThat(env.sourceOf("OPENAI_API_KEY")).isEqualTo(Environment.PROCESS);
  }

  @Test
  void should_rank_env_path_then_the_config_folder_then_the_working_directory() throws IOException {
    Path project = root.resolve("project");
    Path cwd = Files.createDirectories(root.resolve("elsewhere"));
    TrainloopConfig cfg = config(project, "env_path: ../shared/keys.env");
    Files.createDirectories(root.resolve("shared"));
    Files.writeString(root.resolve("shared/keys.env"), "A=env_path\n");
    Files.writeString(project.resolve(".env"), "A=config_dir\nB=config_dir\n");
    Files.writeString(cwd.resolve(".env"), "A=cwd\nB=cwd\nC=cwd\n");

    Environment env = Environment.load(Map.of(), cfg, cwd);

    assertThat(env.variables())
        .contains(entry("A", "env_path"), entry("B", "config_dir"), entry("C", "cwd"));
    assertThat(env.filesRead())
        .containsExactly(
            root.resolve("shared/keys.env"), project.resolve(".env"), cwd.resolve(".env"));
    assertThat(env.sourceOf("B")).isEqualTo(project.resolve(".env").toString());
    assertThat(Environment.resolve(Map.of(), cfg, cwd)).isEqualTo(env.variables());
  }

  @Test
  void should_read_a_shared_file_once_when_the_working_directory_is_the_config_folder()
      throws IOException {
    Path project = root.resolve("project");
    TrainloopConfig cfg = config(project, "max_samples: 3");
    Files.writeString(project.resolve(".env"), "A=1\n");

    Environment env = Environment.load(Map.of(), cfg, project);

    assertThat(env.filesRead()).containsExactly(project.resolve(".env"));
  }

  @Test
  void should_warn_when_env_path_is_missing_and_go_on() throws IOException {
    Path project = root.resolve("project");
    TrainloopConfig cfg = config(project, "env_path: missing.env");

    Environment env = Environment.load(Map.of("X", "1"), cfg, project);

    assertThat(env.variables()).containsExactly(entry("X", "1"));
    assertThat(env.warnings())
        .containsExactly(
            "benchmark.env_path names "
                + project.resolve("missing.env")
                + ", which does not exist; it was not read");
  }

  @Test
  void should_treat_a_blank_variable_as_unset_and_hide_values_in_its_string_form()
      throws IOException {
    Path project = root.resolve("project");
    TrainloopConfig cfg = config(project, "max_samples: 3");
    Files.writeString(project.resolve(".env"), "OPENAI_API_KEY=sk-secret\nEMPTY=\n");

    Environment env = Environment.load(Map.of(), cfg, project);

    assertThat(env.get("EMPTY")).isEmpty();
    assertThat(env.toString()).doesNotContain("sk-secret");
    assertThat(env.sources().toString()).doesNotContain("sk-secret");
  }
}
