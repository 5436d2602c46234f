package ai.trainloop.eval.javac;

import static ai.trainloop.eval.javac.MetricSources.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.config.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A metric whose source ends the process (System.exit, Runtime exit or halt) is a compile error,
 * file:line.
 */
class ExitCallCheckTest {
  @TempDir Path project;

  private Path metricsDir() {
    return project.resolve("eval").resolve("metrics");
  }

  private ConfigException compileFails() {
    return catchThrowableOfType(
        ConfigException.class,
        () ->
            new JavaMetricCompiler()
                .compile(metricsDir(), List.of(api()), project.resolve("cache")));
  }

  private static Path api() throws Exception {
    return Path.of(
        ai.trainloop.eval.Metric.class.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  private static String metric(String name, String imports, String body) {
    return imports
        + """
        import ai.trainloop.eval.Metric;
        import ai.trainloop.eval.Sample;

        public class %s implements Metric {
          @Override
          public double score(Sample sample) {
        %s
            return 1;
          }
        }
        """
            .formatted(name, body.indent(4));
  }

  @Test
  void should_refuse_system_exit_runtime_exit_and_halt_naming_file_and_line() throws Exception {
    Path quits = write(metricsDir(), "Quits.java", metric("Quits", "", "System.exit(0);"));
    Path halts =
        write(
            metricsDir(),
            "Halts.java",
            metric(
                "Halts",
                "",
                "Runtime r = Runtime.getRuntime();\nif (sample.output().isEmpty()) {\n  r.halt(0);\n}"));
    Path imported =
        write(
            metricsDir(),
            "Imported.java",
            metric(
                "Imported",
                "import static java.lang.System.exit;\n",
                "Runtime.getRuntime().exit(1);\nexit(2);"));

    ConfigException e = compileFails();

    assertThat(e).isNotNull();
    assertThat(e.getMessage())
        .contains("4 errors")
        .contains(quits + ":7:")
        .contains("System.exit")
        .contains(halts + ":9:")
        .contains("Runtime.halt")
        .contains(imported + ":8:")
        .contains("Runtime.exit")
        .contains(imported + ":9:")
        .contains("a metric must not end the process");
    assertThat(project.resolve("cache"))
        .as("nothing cached")
        .satisfiesAnyOf(
            p -> assertThat(p).doesNotExist(),
            p -> {
              try (Stream<Path> files = Files.list(p)) {
                assertThat(files.filter(f -> !f.getFileName().toString().startsWith(".")))
                    .isEmpty();
              }
            });
  }

  @Test
  void should_accept_a_metric_whose_own_method_is_named_exit() throws Exception {
    write(
        metricsDir(),
        "OwnExit.java",
        """
        import ai.trainloop.eval.Metric;
        import ai.trainloop.eval.Sample;

        public class OwnExit implements Metric {
          static int exit(int code) { return code; }

          @Override
          public double score(Sample sample) {
            return exit(1);
          }
        }
        """);

    assertThat(
            new JavaMetricCompiler()
                .compile(metricsDir(), List.of(api()), project.resolve("cache")))
        .isPresent();
  }
}
