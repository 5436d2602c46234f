package ai.trainloop.eval.javac;

import static ai.trainloop.eval.javac.MetricSources.constant;
import static ai.trainloop.eval.javac.MetricSources.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.config.ConfigException;
import ai.trainloop.eval.Sample;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which classes become metrics, from sources and from {@code --metrics-classpath} jars, and the
 * errors.
 */
class MetricClassRulesTest {
  @TempDir Path project;

  private Path metricsDir() {
    return project.resolve("eval/metrics");
  }

  private JavaMetricLoader.Result load(List<Path> jars) {
    return new JavaMetricLoader(new JavaMetricCompiler())
        .load(metricsDir(), jars, project.resolve("cache"));
  }

  private ConfigException loadFails(List<Path> jars) {
    return catchThrowableOfType(ConfigException.class, () -> load(jars));
  }

  private Path jarOf(String relativePath, String source) throws Exception {
    Path src = project.resolve("jar-src");
    write(src, relativePath, source);
    return MetricSources.jar(src, project.resolve("lib.jar"));
  }

  private static Sample reply(String output) {
    return new Sample("s1", "t", List.of(), output, "m", "");
  }

  @Test
  void should_ignore_classes_that_are_not_usable_metrics() throws Exception {
    write(
        metricsDir(),
        "Helpers.java",
        """
        import ai.trainloop.eval.*;
        public abstract class Helpers implements Metric {
          public static class Nested implements Metric { public double score(Sample s) { return 1; } }
          public class Inner implements Metric { public double score(Sample s) { return 1; } }
        }
        class PackagePrivate implements Metric { public double score(Sample s) { return 1; } }
        interface Marker extends Metric {}
        """);
    write(
        metricsDir(),
        "Text.java",
        "public class Text { public static String lower(String s) { return s; } }");

    assertThat(load(List.of()).metrics()).containsOnlyKeys("nested");
  }

  @Test
  void should_name_the_class_whose_constructor_throws() throws Exception {
    write(
        metricsDir(),
        "NeedsKey.java",
        """
        public class NeedsKey implements ai.trainloop.eval.Metric {
          public NeedsKey() { throw new IllegalStateException("JUDGE_KEY is not set"); }
          public double score(ai.trainloop.eval.Sample s) { return 1; }
        }
        """);

    ConfigException e = loadFails(List.of());

    assertThat(e.location().file()).isEqualTo(metricsDir().resolve("NeedsKey.java"));
    assertThat(e.detail())
        .isEqualTo(
            "cannot create metric class NeedsKey: its constructor threw"
                + " java.lang.IllegalStateException: JUDGE_KEY is not set");
  }

  @Test
  void should_reject_a_source_metric_without_a_public_no_arg_constructor() throws Exception {
    write(
        metricsDir(),
        "MinLength.java",
        """
        public class MinLength implements ai.trainloop.eval.Metric {
          private final int n;
          public MinLength(int n) { this.n = n; }
          public double score(ai.trainloop.eval.Sample s) { return s.output().length() >= n ? 1 : 0; }
        }
        """);

    assertThat(loadFails(List.of()).detail())
        .isEqualTo("metric class MinLength needs a public constructor without parameters");
  }

  @Test
  void should_reject_two_classes_with_one_name_naming_both() throws Exception {
    write(metricsDir(), "a/IsJSONValid.java", constant("a", "IsJSONValid", 1));
    write(metricsDir(), "b/IsJsonValid.java", constant("b", "IsJsonValid", 1));

    ConfigException e = loadFails(List.of());

    assertThat(e.detail())
        .isEqualTo(
            "two Java metrics are named 'is_json_valid': a.IsJSONValid ("
                + metricsDir().resolve("a/IsJSONValid.java")
                + ") and b.IsJsonValid ("
                + metricsDir().resolve("b/IsJsonValid.java")
                + "); rename one of the classes");
  }

  @Test
  void should_find_metrics_in_a_metrics_classpath_jar() throws Exception {
    Path jar = jarOf("acme/IsPolite.java", constant("acme", "IsPolite", 0.75));
    write(
        project.resolve("jar-src"),
        "acme/KeywordMetric.java",
        """
        package acme;
        public class KeywordMetric implements ai.trainloop.eval.Metric {
          public KeywordMetric(String word) {}
          public double score(ai.trainloop.eval.Sample s) { return 1; }
        }
        """);
    MetricSources.jar(project.resolve("jar-src"), jar);

    JavaMetricLoader.Result result = load(List.of(jar));

    assertThat(result.metrics()).containsOnlyKeys("is_polite");
    assertThat(result.metrics().get("is_polite").score(reply("x"))).isEqualTo(0.75);
    assertThat(result.origins().get("is_polite")).isEqualTo("acme.IsPolite (" + jar + ")");
  }

  @Test
  void should_let_user_sources_use_classes_from_a_metrics_classpath_jar() throws Exception {
    Path jar =
        jarOf(
            "acme/Words.java",
            "package acme; public class Words { public static int count(String s) { return s.split(\" \").length; } }");
    write(
        metricsDir(),
        "TwoWords.java",
        """
        public class TwoWords implements ai.trainloop.eval.Metric {
          public double score(ai.trainloop.eval.Sample s) { return acme.Words.count(s.output()) == 2 ? 1 : 0; }
        }
        """);

    JavaMetricLoader.Result result = load(List.of(jar));

    assertThat(result.metrics()).containsOnlyKeys("two_words");
    assertThat(result.metrics().get("two_words").score(reply("hello world"))).isEqualTo(1.0);
  }

  @Test
  void should_reject_a_source_metric_named_like_a_jar_metric() throws Exception {
    Path jar = jarOf("acme/IsShort.java", constant("acme", "IsShort", 1));
    write(metricsDir(), "IsShort.java", constant("", "IsShort", 0));

    assertThat(loadFails(List.of(jar)).detail())
        .startsWith("two Java metrics are named 'is_short': IsShort (")
        .endsWith(" and acme.IsShort (" + jar + "); rename one of the classes");
  }

  @Test
  void should_reject_a_missing_metrics_classpath_entry() {
    ConfigException e = loadFails(List.of(project.resolve("missing.jar")));

    assertThat(e.keyPath()).isEqualTo("--metrics-classpath");
    assertThat(e.detail()).isEqualTo("no such jar or folder: " + project.resolve("missing.jar"));
  }
}
