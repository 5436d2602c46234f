package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.results.FileProblem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A failed optional output is one warning naming its file; the caller goes on. */
class OptionalOutputsTest {
  private final StringWriter err = new StringWriter();
  private final OptionalOutputs outputs = new OptionalOutputs(new PrintWriter(err, true));

  @Test
  void should_name_the_file_a_full_disk_stopped() {
    boolean written =
        outputs.write(
            "--junit",
            Path.of("/ci/junit.xml"),
            () -> {
              throw new IOException("No space left on device");
            });
    assertThat(written).isFalse();
    assertThat(err.toString())
        .startsWith("warning: --junit: could not write /ci/junit.xml: No space left on device");
  }

  @Test
  void should_unwrap_a_writer_that_wraps_its_io_failure() {
    outputs.write(
        "--html",
        Path.of("/r.html"),
        () -> {
          throw new UncheckedIOException(
              new IOException(
                  "cannot write HTML: java.io.IOException: x",
                  new IOException("Read-only file system")));
        });
    assertThat(err.toString()).contains("--html: could not write /r.html: Read-only file system");
  }

  @Test
  void should_keep_the_name_of_the_file_inside_a_folder_output() {
    Path run = Path.of("/data/benchmarks/run1");
    outputs.write(
        "TrainLoop Studio",
        run,
        () -> {
          throw FileProblem.at(
              run.resolve("says_yes.jsonl"), new IOException("No space left on device"));
        });
    assertThat(err.toString())
        .contains(
            "TrainLoop Studio: could not write /data/benchmarks/run1/says_yes.jsonl: No space left on device");
  }

  @Test
  void should_report_a_runtime_failure_and_skip_an_unwanted_output() {
    assertThat(
            outputs.write(
                "--html",
                Path.of("/r.html"),
                () -> {
                  throw new IllegalStateException("broken template");
                }))
        .isFalse();
    assertThat(err.toString())
        .contains("/r.html: java.lang.IllegalStateException: broken template");
    assertThat(
            outputs.write(
                "--junit",
                null,
                () -> {
                  throw new AssertionError("not called");
                }))
        .isFalse();
    assertThat(outputs.write("--junit", Path.of("/ok.xml"), () -> {})).isTrue();
  }
}
