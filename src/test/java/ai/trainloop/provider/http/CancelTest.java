package ai.trainloop.provider.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.provider.CallCancel;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatRequest;
import ai.trainloop.provider.ProviderException;
import ai.trainloop.provider.Providers;
import ai.trainloop.provider.Resolution;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A provider call that another thread cancels closes its connection and fails at once, whatever the
 * server does.
 */
class CancelTest {

  @Test
  void should_close_the_connection_of_a_call_that_is_cancelled_while_the_server_never_answers()
      throws Exception {
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      CountDownLatch requestRead = new CountDownLatch(1);
      // a server that reads the request, never answers, and reports when the client closes the
      // connection
      CompletableFuture<Boolean> closedByClient =
          CompletableFuture.supplyAsync(
              () -> {
                try (Socket s = server.accept();
                    InputStream in = s.getInputStream()) {
                  byte[] buf = new byte[8192];
                  int n;
                  while ((n = in.read(buf)) >= 0) {
                    if (n > 0
                        && new String(buf, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1)
                            .contains("}")) {
                      requestRead.countDown();
                    }
                  }
                  return true;
                } catch (java.io.IOException e) {
                  return true; // a reset is a close too
                }
              });
      ProviderEntry entry =
          ProviderEntry.builder()
              .provider("openai")
              .model("gpt-4o")
              .maxTokens(50)
              .baseUrl("http://127.0.0.1:" + server.getLocalPort() + "/v1")
              .build();
      Resolution resolution =
          new Providers(
                  Providers.defaultClient(2),
                  Map.of("OPENAI_API_KEY", "sk-test-0123456789"),
                  Clock.systemUTC(),
                  w -> {})
              .resolve(entry, null);
      ChatProvider provider = ((Resolution.Ready) resolution).provider();
      CallCancel cancel = new CallCancel();

      CompletableFuture<ProviderException> failure =
          CompletableFuture.supplyAsync(
              () ->
                  catchThrowableOfType(
                      ProviderException.class,
                      () ->
                          provider.complete(
                              new ChatRequest(
                                  "gpt-4o",
                                  List.of(new ChatMessage("user", "hi")),
                                  null,
                                  null,
                                  null),
                              cancel)));
      assertThat(requestRead.await(10, TimeUnit.SECONDS))
          .as("the request reached the server")
          .isTrue();
      cancel.cancel();

      assertThat(failure.get(10, TimeUnit.SECONDS))
          .isNotNull()
          .satisfies(e -> assertThat(e.getMessage()).isEqualTo("cancelled"));
      assertThat(closedByClient.get(10, TimeUnit.SECONDS))
          .as("the server saw the connection closed")
          .isTrue();
    }
  }
}
