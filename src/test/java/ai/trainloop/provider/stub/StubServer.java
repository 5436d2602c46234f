package ai.trainloop.provider.stub;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAccumulator;
import javax.net.ServerSocketFactory;
import mockwebserver3.MockWebServer;

/**
 * The provider stub as a process, for the benchmark harness ({@code bench/run.sh}): serves {@link
 * StubProvider} under a {@link StubLoad} on loopback, prints {@code stub: <base URL>} on stdout,
 * and runs until killed; when stopped it prints {@code stub-stats: requests=R faults=F
 * max_fault_chain=K}, where K is the most 429s in a row any one call got before it was answered (so
 * the run could not end sooner than K × Retry-After).
 *
 * <p>Test tooling, not in the product jar: {@code bench/stub.sh} runs it from the test classes.
 *
 * <pre>
 * bench/stub.sh --port 0 --latency-ms 20 --jitter-ms 0 --fault-rate 0.2 --retry-after 1 --seed 1
 * bench/stub.sh --port 0 --latency-ms 20 --rate-limit-rpm 3000 --burst-seconds 1
 * </pre>
 *
 * With {@code --rate-limit-rpm} every model is limited as {@link StubRateLimit} says, and the stats
 * line ends with {@code rate_limited=N}, the requests answered 429 for it.
 */
public final class StubServer {
  private StubServer() {}

  public static void main(String... args) throws Exception {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Parses {@code args} and serves until the process is stopped; 2 for bad arguments (said on
   * {@code err}).
   */
  static int run(String[] args, PrintStream out, PrintStream err)
      throws IOException, InterruptedException {
    StubLoad load;
    StubRateLimit limit;
    int port;
    try {
      Args a = Args.parse(args);
      port = a.port;
      load = new StubLoad(a.latency, a.jitter, a.faultRate, a.retryAfter, a.seed);
      limit =
          a.rpm == 0
              ? null
              : new StubRateLimit(
                  load, a.rpm, a.burstSeconds, 10_000_000, System::nanoTime, Clock.systemUTC());
    } catch (IllegalArgumentException e) {
      err.println("stub: " + e.getMessage());
      err.println(
          "usage: StubServer [--port N] [--latency-ms N] [--jitter-ms N] [--fault-rate R] "
              + "[--retry-after S] [--seed N] [--rate-limit-rpm N] [--burst-seconds S]");
      return 2;
    }
    serve(limit != null ? limit : load, limit, port, out);
    return 0;
  }

  /**
   * Serves until the process is stopped, then prints the stats line to {@code out}.
   *
   * @param limit the rate limit {@code load} answers under, for its count of 429s; null for none
   */
  static void serve(StubProvider.Script load, StubRateLimit limit, int port, PrintStream out)
      throws IOException, InterruptedException {
    AtomicInteger faults = new AtomicInteger();
    LongAccumulator maxChain = new LongAccumulator(Math::max, 0);
    Map<String, Integer> faultsInARow = new ConcurrentHashMap<>();
    StubProvider stub =
        new StubProvider(
            call -> {
              StubProvider.Reply reply = load.answer(call);
              String key = call.format() + "|" + call.model() + "|" + call.prompt();
              if (reply instanceof StubProvider.Fault) {
                faults.incrementAndGet();
                faultsInARow.merge(key, 1, Integer::sum);
              } else {
                Integer chain = faultsInARow.remove(key);
                maxChain.accumulate(chain == null ? 0 : chain);
              }
              return reply;
            });
    MockWebServer server = new MockWebServer();
    server.setDispatcher(stub);
    server.setServerSocketFactory(new NoDelayServerSockets());
    InetAddress loopback = InetAddress.getLoopbackAddress();
    server.start(loopback, port);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  out.printf(
                      Locale.ROOT,
                      "stub-stats: requests=%d faults=%d max_fault_chain=%d rate_limited=%d%n",
                      stub.requests.get(),
                      faults.get(),
                      maxChain.get(),
                      limit == null ? 0 : limit.refused());
                  out.flush();
                  server.close();
                  stopped.countDown();
                }));
    out.println("stub: http://" + loopback.getHostAddress() + ":" + server.getPort());
    out.flush();
    // MockWebServer keeps every request for takeRequest(); drop them so a long run does not fill
    // the heap.
    while (stopped.getCount() > 0) {
      server.takeRequest();
    }
  }

  /**
   * Server sockets whose connections send each write at once (TCP_NODELAY). MockWebServer writes a
   * response's headers and body separately; with Nagle's algorithm the body then waits for the
   * client's delayed ACK, adding about 40 ms to every call that the real providers do not add.
   */
  private static final class NoDelayServerSockets extends ServerSocketFactory {
    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new NoDelayServerSocket();
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      ServerSocket s = new NoDelayServerSocket();
      s.bind(new InetSocketAddress(port));
      return s;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      ServerSocket s = new NoDelayServerSocket();
      s.bind(new InetSocketAddress(port), backlog);
      return s;
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
        throws IOException {
      ServerSocket s = new NoDelayServerSocket();
      s.bind(new InetSocketAddress(address, port), backlog);
      return s;
    }
  }

  private static final class NoDelayServerSocket extends ServerSocket {
    NoDelayServerSocket() throws IOException {
      super();
    }

    @Override
    public Socket accept() throws IOException {
      Socket socket = super.accept();
      socket.setTcpNoDelay(true);
      return socket;
    }
  }

  private record Args(
      int port,
      long latency,
      long jitter,
      double faultRate,
      long retryAfter,
      long seed,
      long rpm,
      double burstSeconds) {
    static Args parse(String... args) {
      int port = 0;
      long latency = 0;
      long jitter = 0;
      double faultRate = 0;
      long retryAfter = 1;
      long seed = 1;
      long rpm = 0;
      double burstSeconds = 1;
      for (int i = 0; i < args.length; i++) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException("missing value after " + args[i]);
        }
        String value = args[++i];
        try {
          switch (args[i - 1]) {
            case "--port" -> port = Integer.parseInt(value);
            case "--latency-ms" -> latency = Long.parseLong(value);
            case "--jitter-ms" -> jitter = Long.parseLong(value);
            case "--fault-rate" -> faultRate = Double.parseDouble(value);
            case "--retry-after" -> retryAfter = Long.parseLong(value);
            case "--seed" -> seed = Long.parseLong(value);
            case "--rate-limit-rpm" -> rpm = Long.parseLong(value);
            case "--burst-seconds" -> burstSeconds = Double.parseDouble(value);
            default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
          }
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException(args[i - 1] + ": not a number: " + value);
        }
      }
      if (rpm < 0 || !(burstSeconds > 0)) {
        throw new IllegalArgumentException("--rate-limit-rpm and --burst-seconds must be positive");
      }
      return new Args(port, latency, jitter, faultRate, retryAfter, seed, rpm, burstSeconds);
    }
  }
}
