package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitCommandTest {
  @TempDir Path dir;

  @Test
  void should_write_a_project_that_benchmark_runs_right_away() throws Exception {
    CliHarness cli = new CliHarness(dir);

    assertThat(cli.run("init")).isZero();

    Path project = dir.resolve("trainloop");
    for (ProjectTemplate.Entry e : ProjectTemplate.FILES) {
      assertThat(project.resolve(e.path())).isNotEmptyFile();
    }
    assertThat(cli.out).contains("Next steps:").contains("trainloop benchmark");
    assertThat(Files.readString(project.resolve(".gitignore"))).contains(".env\n");
    // benchmark finds trainloop/trainloop.config.yaml from the folder init ran in
    assertThat(cli.run("benchmark")).as(cli.err).isZero();
    assertThat(cli.out).contains("recorded");
    assertThat(cli.err)
        .contains("OPENAI_API_KEY")
        .contains("ANTHROPIC_API_KEY")
        .contains("8 samples");
  }

  @Test
  void should_change_nothing_and_exit_2_when_a_file_of_the_template_exists() throws Exception {
    CliHarness cli = new CliHarness(dir).file("p/trainloop.config.yaml", "mine\n");

    assertThat(cli.run("init", "p")).isEqualTo(ExitCodes.USAGE);

    assertThat(cli.err).contains("already has trainloop.config.yaml").contains("--force");
    assertThat(Files.readString(dir.resolve("p/trainloop.config.yaml"))).isEqualTo("mine\n");
    assertThat(dir.resolve("p/.env.example")).doesNotExist();
    assertThat(dir.resolve("p/data")).doesNotExist();
  }

  @Test
  void should_overwrite_with_force_and_name_the_config_when_it_is_not_found_from_here()
      throws Exception {
    CliHarness cli = new CliHarness(dir).file("p/trainloop.config.yaml", "mine\n");

    assertThat(cli.run("init", "p", "--force")).isZero();

    assertThat(Files.readString(dir.resolve("p/trainloop.config.yaml")))
        .contains("provider: recorded");
    assertThat(cli.out).contains("trainloop benchmark --config p/trainloop.config.yaml");
  }

  @Test
  void should_exit_2_when_the_folder_is_a_file() throws Exception {
    CliHarness cli = new CliHarness(dir).file("taken", "x");

    assertThat(cli.run("init", "taken")).isEqualTo(ExitCodes.USAGE);

    assertThat(cli.err).contains("is not a folder");
  }
}
