package ai.trainloop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code trainloop studio}: where it listens, and what it says when it cannot. */
class StudioCommandTest {
  @TempDir Path dir;
  private CliHarness cli;

  @BeforeEach
  void setUp() throws IOException {
    cli = new CliHarness(dir).file("trainloop.config.yaml", "trainloop:\n  data_folder: data\n");
    cli.interrupts =
        onFirst -> {
          onFirst.accept(
              StopSignal
                  .INT); // Ctrl-C as soon as the studio is up: the command starts, prints, and
          // stops
          return () -> {};
        };
  }

  @Test
  void should_warn_that_runs_are_served_without_authentication_on_a_non_loopback_host() {
    assertThat(cli.run("studio", "--host", "0.0.0.0", "--port", "0")).as(cli.err).isZero();

    assertThat(cli.out).startsWith("trainloop studio: http://0.0.0.0:");
    assertThat(cli.err)
        .contains("warning: --host 0.0.0.0 is not a loopback address")
        .contains("every prompt and reply")
        .contains("without authentication");
  }

  @Test
  void should_not_warn_on_loopback() {
    assertThat(cli.run("studio", "--port", "0")).as(cli.err).isZero();

    assertThat(cli.out).startsWith("trainloop studio: http://127.0.0.1:");
    assertThat(cli.err).doesNotContain("warning");
  }

  @Test
  void should_exit_2_naming_a_port_that_is_in_use() throws IOException {
    try (ServerSocket taken =
        new ServerSocket(0, 1, InetAddress.getByAddress(new byte[] {127, 0, 0, 1}))) {
      int port = taken.getLocalPort();

      assertThat(cli.run("studio", "--port", String.valueOf(port)))
          .as(cli.err)
          .isEqualTo(ExitCodes.USAGE);

      assertThat(cli.err.strip())
          .isEqualTo(
              "error: --port: port "
                  + port
                  + " on 127.0.0.1 is already in use "
                  + "(stop what uses it, or pick another port; --port 0 picks a free one)");
      assertThat(cli.out).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"70000", "-1", "65536"})
  void should_exit_2_naming_a_port_that_is_not_one(String port) {
    assertThat(cli.run("studio", "--port", port)).as(cli.err).isEqualTo(ExitCodes.USAGE);

    assertThat(cli.err.strip())
        .isEqualTo(
            "error: --port: " + port + " is not a port: give 1..65535, or 0 for a " + "free one");
  }

  @Test
  void should_exit_2_naming_a_host_it_cannot_listen_on() {
    assertThat(cli.run("studio", "--host", "no-such-host.invalid", "--port", "0"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err.strip()).isEqualTo("error: --host: cannot resolve no-such-host.invalid");

    assertThat(cli.run("studio", "--host", "192.0.2.1", "--port", "0")).isEqualTo(ExitCodes.USAGE);
    assertThat(cli.err.strip())
        .startsWith("error: --host: cannot listen on 192.0.2.1 port 0: ")
        .doesNotContain("\n")
        .doesNotContain("Exception");
  }
}
