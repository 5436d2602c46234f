package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.stub.StubProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiled Java metrics are cached beside the config; when that cannot be written, in the user's
 * cache folder ($XDG_CACHE_HOME/trainloop, else ~/.cache/trainloop) with a note. Tests run as root,
 * which ignores permission bits, so the config folder's cache is made unwritable by putting a
 * regular file where its folder goes.
 */
class MetricCacheFallbackEndToEndTest {
  private static final String METRIC =
      """
      import ai.trainloop.eval.Metric;
      import ai.trainloop.eval.Sample;

      public class SaysYesToo implements Metric {
        @Override
        public double score(Sample sample) {
          return sample.output().contains("yes") ? 1 : 0;
        }
      }
      """;

  @TempDir Path dir;
  private StubbedProject project;

  @BeforeEach
  void setUp() throws Exception {
    project = new StubbedProject(dir, call -> new StubProvider.Text("yes", 10, 1));
    project.config(3, List.of(StubbedProject.entry("openai", "gpt-4o-mini", "")), "");
    Path config = dir.resolve("trainloop.config.yaml");
    Files.writeString(
        config,
        Files.readString(config).replace("[says_yes, one_word]", "[says_yes, says_yes_too]"));
    project.cli.file("eval/metrics/SaysYesToo.java", METRIC);
    project.cli.env.put("HOME", dir.resolve("home").toString());
  }

  @AfterEach
  void tearDown() throws Exception {
    project.close();
  }

  private static boolean holdsCompiledMetric(Path cacheDir) throws Exception {
    if (!Files.isDirectory(cacheDir)) {
      return false;
    }
    try (Stream<Path> s = Files.walk(cacheDir)) {
      return s.anyMatch(p -> p.getFileName().toString().equals("SaysYesToo.class"));
    }
  }

  @Test
  void should_cache_beside_the_config_when_it_can_and_say_nothing() throws Exception {
    assertThat(project.cli.run("benchmark", "--quiet")).as(project.cli.err).isZero();
    assertThat(holdsCompiledMetric(dir.resolve(".trainloop-cache/metrics"))).isTrue();
    assertThat(project.cli.err).doesNotContain("cache");
  }

  @Test
  void should_fall_back_to_xdg_cache_home_with_a_note() throws Exception {
    Files.writeString(dir.resolve(".trainloop-cache"), "a file where the cache folder goes");
    Path xdg = dir.resolve("xdg");
    project.cli.env.put("XDG_CACHE_HOME", xdg.toString());

    assertThat(project.cli.run("benchmark", "--quiet")).as(project.cli.err).isZero();

    assertThat(holdsCompiledMetric(xdg.resolve("trainloop/metrics"))).isTrue();
    assertThat(project.cli.err)
        .contains("note: cannot write " + dir.resolve(".trainloop-cache/metrics"))
        .contains("compiled Java metrics are cached in " + xdg.resolve("trainloop/metrics"));
    assertThat(project.report().path("models").path(0).path("metrics").has("says_yes_too"))
        .isTrue();
  }

  @Test
  void should_fall_back_to_the_home_cache_without_xdg_cache_home() throws Exception {
    Files.writeString(dir.resolve(".trainloop-cache"), "a file where the cache folder goes");

    assertThat(project.cli.run("benchmark", "--quiet")).as(project.cli.err).isZero();

    assertThat(holdsCompiledMetric(dir.resolve("home/.cache/trainloop/metrics"))).isTrue();
  }

  @Test
  void should_exit_2_naming_both_places_when_neither_can_be_written() throws Exception {
    Files.writeString(dir.resolve(".trainloop-cache"), "a file where the cache folder goes");
    Files.writeString(dir.resolve("xdg"), "a file too");
    project.cli.env.put("XDG_CACHE_HOME", dir.resolve("xdg").toString());

    assertThat(project.cli.run("benchmark", "--quiet")).isEqualTo(ExitCodes.USAGE);

    assertThat(project.cli.err)
        .contains(dir.resolve(".trainloop-cache/metrics").toString())
        .contains(dir.resolve("xdg/trainloop/metrics").toString());
    assertThat(project.stub.requests.get()).isZero();
  }
}
