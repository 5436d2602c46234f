package ai.trainloop.eval.javac;

import static ai.trainloop.eval.javac.MetricSources.HAS_GREETING_WORD;
import static ai.trainloop.eval.javac.MetricSources.constant;
import static ai.trainloop.eval.javac.MetricSources.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.config.ConfigException;
import ai.trainloop.eval.Sample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaMetricLoaderTest {
  @TempDir Path project;

  private Path metricsDir() {
    return project.resolve("eval").resolve("metrics");
  }

  private Path cacheDir() {
    return project.resolve(".trainloop-cache").resolve("metrics");
  }

  private JavaMetricLoader.Result load(List<Path> jars) {
    return new JavaMetricLoader(new JavaMetricCompiler()).load(metricsDir(), jars, cacheDir());
  }

  private ConfigException loadFails(List<Path> jars) {
    return catchThrowableOfType(ConfigException.class, () -> load(jars));
  }

  private static Sample reply(String output) {
    return new Sample("s1", "greeting-generation", List.of(), output, "openai/gpt-4o", "");
  }

  @Test
  void should_compile_a_metric_from_eval_metrics_and_score_with_it() throws Exception {
    write(metricsDir(), "HasGreetingWord.java", HAS_GREETING_WORD);

    JavaMetricLoader.Result result = load(List.of());

    assertThat(result.metrics()).containsOnlyKeys("has_greeting_word");
    assertThat(result.compiled()).isTrue();
    assertThat(result.metrics().get("has_greeting_word").score(reply("Hello there!")))
        .isEqualTo(1.0);
    assertThat(result.metrics().get("has_greeting_word").score(reply("Good morning.")))
        .isEqualTo(0.0);
    assertThat(result.origins().get("has_greeting_word"))
        .isEqualTo("HasGreetingWord (" + metricsDir().resolve("HasGreetingWord.java") + ")");
  }

  @Test
  void should_load_a_metric_declared_in_a_package_in_a_subfolder() throws Exception {
    write(metricsDir(), "acme/quality/IsPolite.java", constant("acme.quality", "IsPolite", 0.5));
    write(metricsDir(), "IsShort.java", constant("", "IsShort", 1));

    JavaMetricLoader.Result result = load(List.of());

    assertThat(result.metrics()).containsOnlyKeys("is_polite", "is_short");
    assertThat(result.metrics().get("is_polite").score(reply("x"))).isEqualTo(0.5);
    assertThat(result.origins().get("is_polite"))
        .startsWith("acme.quality.IsPolite (")
        .endsWith("IsPolite.java)");
  }

  @Test
  void should_reuse_the_compiled_classes_when_nothing_changed() throws Exception {
    write(metricsDir(), "HasGreetingWord.java", HAS_GREETING_WORD);
    assertThat(load(List.of()).compiled()).isTrue();
    Path classFile = classFile("HasGreetingWord.class");
    Files.setLastModifiedTime(classFile, FileTime.fromMillis(1_000_000_000_000L));

    JavaMetricLoader.Result second = load(List.of());

    assertThat(second.compiled()).as("compiled again").isFalse();
    assertThat(Files.getLastModifiedTime(classFile).toMillis()).isEqualTo(1_000_000_000_000L);
    assertThat(second.metrics().get("has_greeting_word").score(reply("hello"))).isEqualTo(1.0);
  }

  @Test
  void should_recompile_when_a_source_changes() throws Exception {
    write(metricsDir(), "IsShort.java", constant("", "IsShort", 1));
    assertThat(load(List.of()).metrics().get("is_short").score(reply("x"))).isEqualTo(1.0);

    write(metricsDir(), "IsShort.java", constant("", "IsShort", 0.25));
    JavaMetricLoader.Result second = load(List.of());

    assertThat(second.compiled()).isTrue();
    assertThat(second.metrics().get("is_short").score(reply("x"))).isEqualTo(0.25);
  }

  @Test
  void should_report_every_compile_error_with_file_and_line() throws Exception {
    Path broken =
        write(
            metricsDir(),
            "HasGreetingWord.java",
            """
        import ai.trainloop.eval.Metric;
        import ai.trainloop.eval.Sample;

        public class HasGreetingWord implements Metric {
          public double score(Sample sample) {
            return sample.outptu().length();
          }
        }
        """);
    Path alsoBroken =
        write(metricsDir(), "util/Other.java", "public class Other { int x = \"text\"; }\n");

    ConfigException e = loadFails(List.of());

    assertThat(e.location().file()).isEqualTo(metricsDir());
    assertThat(e.detail())
        .startsWith("2 errors compiling the Java metrics:\n")
        .contains(broken + ":6:18: cannot find symbol")
        .contains("symbol:   method outptu()")
        .contains(
            alsoBroken + ":1:30: incompatible types: java.lang.String cannot be converted to int");
  }

  @Test
  void should_explain_that_a_jre_cannot_compile_metrics() throws Exception {
    write(metricsDir(), "HasGreetingWord.java", HAS_GREETING_WORD);

    ConfigException e =
        catchThrowableOfType(
            ConfigException.class,
            () ->
                new JavaMetricLoader(new JavaMetricCompiler(() -> null))
                    .load(metricsDir(), List.of(), cacheDir()));

    assertThat(e.detail())
        .contains("need a Java compiler")
        .contains("it is a JRE")
        .contains("JDK 17 or newer");
  }

  @Test
  void should_need_no_compiler_when_there_are_no_java_metrics() {
    JavaMetricLoader.Result result =
        new JavaMetricLoader(new JavaMetricCompiler(() -> null))
            .load(metricsDir(), List.of(), cacheDir());

    assertThat(result.metrics()).isEmpty();
    assertThat(result.compiled()).isFalse();
    assertThat(cacheDir()).doesNotExist();
  }

  private Path classFile(String name) throws IOException {
    try (Stream<Path> s = Files.walk(cacheDir())) {
      return s.filter(p -> p.getFileName().toString().equals(name)).findFirst().orElseThrow();
    }
  }
}
