package ai.trainloop.studio;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Clients that open a connection and send half a request must not stop the studio from answering
 * others.
 */
class StudioSlowClientTest {
  private final List<Socket> sockets = new ArrayList<>();
  private StudioServer server;

  @AfterEach
  void stop() throws IOException {
    for (Socket socket : sockets) {
      socket.close();
    }
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void should_answer_others_while_a_few_clients_send_half_a_request() throws IOException {
    server = new StudioServer(StudioFixtures.dataFolder(), "127.0.0.1", 0).start();
    for (int i = 0; i < 5; i++) {
      halfRequest();
    }

    // The read timeout is the bound: a frozen server fails here.
    assertThat(request("/api/runs", 10_000)).startsWith("HTTP/1.1 200");
  }

  @Test
  void should_drop_clients_that_do_not_finish_their_request_in_time_and_then_serve_the_next()
      throws IOException {
    server =
        new StudioServer(StudioFixtures.dataFolder(), "127.0.0.1", 0, Duration.ofSeconds(1))
            .start();
    List<Socket> slow = new ArrayList<>();
    for (int i = 0; i < StudioServer.WORKERS + 1; i++) {
      slow.add(halfRequest());
    }

    assertThat(request("/api/runs", 20_000)).startsWith("HTTP/1.1 200");
    for (Socket socket : slow) {
      socket.setSoTimeout(20_000);
      assertThat(readToEnd(socket.getInputStream()))
          .as("the server closed the connection, sending nothing")
          .isEmpty();
    }
  }

  @Test
  void should_drop_a_client_that_drips_its_request_line_byte_by_byte() throws Exception {
    server =
        new StudioServer(StudioFixtures.dataFolder(), "127.0.0.1", 0, Duration.ofSeconds(1))
            .start();
    Socket socket = connect();
    OutputStream out = socket.getOutputStream();
    boolean closed = false;
    String line =
        "GET /api/runs/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    for (int i = 0; i < line.length() && !closed; i++) {
      try {
        out.write(line.charAt(i));
        out.flush();
        Thread.sleep(250);
      } catch (SocketException e) {
        closed = true; // the server closed it: writing fails with a reset
      }
    }
    socket.setSoTimeout(5_000);

    assertThat(closed || readToEnd(socket.getInputStream()).isEmpty()).isTrue();
  }

  private Socket connect() throws IOException {
    Socket socket =
        new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), server.url().getPort());
    sockets.add(socket);
    return socket;
  }

  private Socket halfRequest() throws IOException {
    Socket socket = connect();
    socket.getOutputStream().write("GET /api/ru".getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
    return socket;
  }

  private String request(String path, int timeoutMillis) throws IOException {
    Socket socket = connect();
    socket.setSoTimeout(timeoutMillis);
    OutputStream out = socket.getOutputStream();
    out.write(
        ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    out.flush();
    return readToEnd(socket.getInputStream());
  }

  private static String readToEnd(InputStream in) throws IOException {
    try {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (SocketException e) {
      return ""; // connection reset: closed without an answer
    }
  }
}
