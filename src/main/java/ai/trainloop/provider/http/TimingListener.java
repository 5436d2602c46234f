package ai.trainloop.provider.http;

import ai.trainloop.provider.CallTiming;
import ai.trainloop.provider.CallTrace;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.function.LongSupplier;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.Handshake;
import okhttp3.Protocol;
import okhttp3.Response;

/**
 * Turns OkHttp's events of one call into its {@link CallTiming}, written into the {@link CallTrace}
 * its request carries as a tag once the reply's last byte is read. Connection set-up (DNS, connect,
 * TLS) is timed apart; the latency runs from the request's first byte written to the reply's last
 * byte read. One listener per call, made by {@link #factory}; synchronized, as OkHttp may race two
 * connection attempts on other threads (fast fallback).
 */
final class TimingListener extends EventListener {
  private final CallTrace trace;
  private final LongSupplier nanos;
  private long setupStart = -1;
  private long setupEnd = -1;
  private long requestStart = -1;
  private long headersEnd = -1;

  TimingListener(CallTrace trace, LongSupplier nanos) {
    this.trace = trace;
    this.nanos = nanos;
  }

  /**
   * Listeners for calls whose request carries a {@link CallTrace} tag; other calls get none.
   *
   * @param nanos monotonic time, {@link System#nanoTime} outside tests
   */
  static EventListener.Factory factory(LongSupplier nanos) {
    return call -> {
      CallTrace trace = call.request().tag(CallTrace.class);
      return trace == null ? EventListener.NONE : new TimingListener(trace, nanos);
    };
  }

  @Override
  public synchronized void dnsStart(Call call, String domainName) {
    setupStarted();
  }

  @Override
  public synchronized void connectStart(
      Call call, InetSocketAddress inetSocketAddress, Proxy proxy) {
    setupStarted();
  }

  @Override
  public synchronized void secureConnectEnd(Call call, Handshake handshake) {
    setupEnd = nanos.getAsLong();
  }

  @Override
  public synchronized void connectEnd(
      Call call, InetSocketAddress inetSocketAddress, Proxy proxy, Protocol protocol) {
    setupEnd = nanos.getAsLong();
  }

  @Override
  public synchronized void connectFailed(
      Call call,
      InetSocketAddress inetSocketAddress,
      Proxy proxy,
      Protocol protocol,
      IOException ioe) {
    setupEnd = nanos.getAsLong();
  }

  @Override
  public synchronized void requestHeadersStart(Call call) {
    // written again when a request is sent again on another route: the last one is the one
    // answered
    requestStart = nanos.getAsLong();
  }

  @Override
  public synchronized void responseHeadersEnd(Call call, Response response) {
    headersEnd = nanos.getAsLong();
  }

  @Override
  public synchronized void responseBodyEnd(Call call, long byteCount) {
    long end = nanos.getAsLong();
    if (requestStart < 0 || end < requestStart) {
      return;
    }
    Duration setup =
        setupStart >= 0 && setupEnd >= setupStart && setupEnd <= requestStart
            ? Duration.ofNanos(setupEnd - setupStart)
            : null;
    Duration toHeaders =
        headersEnd >= requestStart ? Duration.ofNanos(headersEnd - requestStart) : null;
    trace.timing(
        new CallTiming(setup, toHeaders, Duration.ofNanos(end - requestStart), null), requestStart);
  }

  private void setupStarted() {
    if (setupStart < 0) {
      setupStart = nanos.getAsLong();
    }
  }
}
