package ai.trainloop.studio;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plain HTTP requests, written byte for byte so no client can normalise the path before the server
 * sees it.
 */
class StudioServerSafetyTest {
  @TempDir Path temp;
  private StudioServer server;

  @BeforeEach
  void start() throws IOException {
    Path data = StudioFixtures.copyTo(temp.resolve("data"));
    Files.writeString(temp.resolve("secret.txt"), "OPENAI_API_KEY=sk-should-never-leak");
    Files.writeString(data.resolve("benchmarks/secret.txt"), "sk-should-never-leak");
    server = new StudioServer(data, "127.0.0.1", 0).start();
  }

  @AfterEach
  void stop() {
    server.stop();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/assets/../../secret.txt",
        "/assets/..%2f..%2fsecret.txt",
        "/assets/%2e%2e/%2e%2e/secret.txt",
        "/api/runs/..%2f..%2fsecret.txt",
        "/api/runs/../../secret.txt/samples",
        "/api/runs/%2E%2E/samples",
        "/assets/..\\..\\secret.txt",
      })
  void should_refuse_paths_that_climb_out(String path) throws IOException {
    String response = request(path, "127.0.0.1");

    assertThat(response).startsWith("HTTP/1.1 400");
    assertThat(response).doesNotContain("sk-should-never-leak");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/secret.txt", "/benchmarks/secret.txt", "/api/runs/secret.txt",
            "/api/runs/secret.txt/samples",
        "/assets/secret.txt", "/api/runs/2026-11-27_14-30-00/results.jsonl", "/etc/passwd",
            "//etc/passwd",
      })
  void should_answer_404_for_files_that_are_not_the_studios(String path) throws IOException {
    String response = request(path, "127.0.0.1");

    assertThat(response).startsWith("HTTP/1.1 404");
    assertThat(response).doesNotContain("sk-should-never-leak");
  }

  @Test
  void should_refuse_a_run_folder_that_is_a_link_out_of_benchmarks() throws IOException {
    Path outside = Files.createDirectories(temp.resolve("elsewhere"));
    Files.writeString(outside.resolve("report.json"), "{\"run_id\":\"sk-should-never-leak\"}");
    Files.createSymbolicLink(temp.resolve("data/benchmarks/2026-12-01_00-00-00"), outside);

    assertThat(request("/api/runs/2026-12-01_00-00-00", "127.0.0.1"))
        .startsWith("HTTP/1.1 404")
        .doesNotContain("sk-should-never-leak");
  }

  @Test
  void should_refuse_a_foreign_host_name_on_loopback() throws IOException {
    assertThat(request("/api/runs", "evil.example:8888")).startsWith("HTTP/1.1 403");
    assertThat(request("/api/runs", "localhost:" + server.url().getPort()))
        .startsWith("HTTP/1.1 200");
  }

  @Test
  void should_mark_pages_and_data_so_browsers_do_not_guess_types() throws IOException {
    String page = request("/", "127.0.0.1");

    assertThat(page).containsIgnoringCase("X-Content-Type-Options: nosniff");
    assertThat(page)
        .containsIgnoringCase("Content-Security-Policy: default-src 'none'; script-src 'self'");
  }

  @Test
  void should_list_a_run_with_a_truncated_report_on_the_history_page_and_keep_the_others()
      throws Exception {
    truncateReport(StudioFixtures.FULL_RUN);

    for (String path : new String[] {"/api/history", "/api/history?tag=simple-qa"}) {
      String response = request(path, "127.0.0.1");

      assertThat(response).as(path).startsWith("HTTP/1.1 200");
      JsonNode history = StudioJson.MAPPER.readTree(body(response));
      assertThat(history.get("runs"))
          .extracting(r -> r.get("run_id").asText())
          .doesNotContain(StudioFixtures.FULL_RUN)
          .contains(StudioFixtures.OLD_RUN);
      assertThat(history.get("skipped")).hasSize(1);
      JsonNode skipped = history.get("skipped").get(0);
      assertThat(skipped.get("run_id").asText()).isEqualTo(StudioFixtures.FULL_RUN);
      assertThat(skipped.get("reason").asText())
          .startsWith(StudioFixtures.FULL_RUN + "/report.json: ")
          .doesNotContain(temp.toString());
    }
  }

  @Test
  void should_answer_500_with_the_problem_when_a_report_cannot_be_read() throws IOException {
    truncateReport(StudioFixtures.FULL_RUN);

    String response = request("/api/runs/" + StudioFixtures.FULL_RUN, "127.0.0.1");

    assertThat(response).startsWith("HTTP/1.1 500");
    assertThat(body(response))
        .contains(StudioFixtures.FULL_RUN + "/report.json")
        .doesNotContain(temp.toString());
    assertThat(response)
        .containsIgnoringCase("Content-Security-Policy: " + StudioServer.PAGE_POLICY);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/assets/app.js",
        "/assets/studio.css",
        "/assets/nothing.js",
        "/nothing",
        "/api/runs",
        "/api/runs/nothing",
        "/assets/../x"
      })
  void should_send_the_content_security_policy_with_every_response(String path) throws IOException {
    assertThat(request(path, "127.0.0.1"))
        .containsIgnoringCase("Content-Security-Policy: " + StudioServer.PAGE_POLICY);
    assertThat(request(path, "evil.example")) // 403, or 400 for a bad path
        .startsWith("HTTP/1.1 40")
        .containsIgnoringCase("Content-Security-Policy: " + StudioServer.PAGE_POLICY);
  }

  private void truncateReport(String runId) throws IOException {
    Path report = temp.resolve("data/benchmarks/" + runId + "/report.json");
    String text = Files.readString(report);
    Files.writeString(report, text.substring(0, text.length() / 3));
  }

  private static String body(String response) {
    return response.substring(response.indexOf("\r\n\r\n") + 4);
  }

  private String request(String path, String host) throws IOException {
    try (Socket socket =
        new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), server.url().getPort())) {
      socket.setSoTimeout(5000);
      OutputStream out = socket.getOutputStream();
      out.write(
          ("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
