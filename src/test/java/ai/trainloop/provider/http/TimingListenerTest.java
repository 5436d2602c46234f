package ai.trainloop.provider.http;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.provider.CallTiming;
import ai.trainloop.provider.CallTrace;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/** The phases of one call, from OkHttp's events as a scripted clock sees them. */
class TimingListenerTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final CallTrace trace = new CallTrace();
  private final TimingListener listener = new TimingListener(trace, now::get);
  private final Call call =
      new OkHttpClient().newCall(new Request.Builder().url("http://127.0.0.1:9/").build());
  private final InetSocketAddress address = InetSocketAddress.createUnresolved("127.0.0.1", 9);

  private void after(long millis) {
    now.addAndGet(Duration.ofMillis(millis).toNanos());
  }

  @Test
  void should_time_from_the_first_request_byte_to_the_last_reply_byte_with_set_up_apart() {
    // given a call that opens a connection (DNS 5 ms, connect 10 ms, TLS 20 ms) and is answered
    listener.dnsStart(call, "api.example.com");
    after(5);
    listener.connectStart(call, address, Proxy.NO_PROXY);
    after(30);
    listener.secureConnectEnd(call, null);
    listener.connectEnd(call, address, Proxy.NO_PROXY, Protocol.HTTP_2);
    after(2); // acquiring the connection, writing nothing yet
    listener.requestHeadersStart(call);
    after(200);
    listener.responseHeadersEnd(call, null);
    after(7);
    // when the reply's last byte is read
    listener.responseBodyEnd(call, 120);
    // then
    CallTiming t = trace.timing();
    assertThat(t.setup()).isEqualTo(Duration.ofMillis(35));
    assertThat(t.toHeaders()).isEqualTo(Duration.ofMillis(200));
    assertThat(t.total()).isEqualTo(Duration.ofMillis(207));
    assertThat(t.firstToken()).isNull();
  }

  @Test
  void should_report_no_set_up_for_a_call_on_a_pooled_connection() {
    listener.requestHeadersStart(call);
    after(50);
    listener.responseHeadersEnd(call, null);
    listener.responseBodyEnd(call, 10);

    assertThat(trace.timing().setup()).isNull();
    assertThat(trace.timing().total()).isEqualTo(Duration.ofMillis(50));
  }

  @Test
  void should_time_the_last_sending_when_a_request_is_sent_again_on_another_route() {
    listener.requestHeadersStart(call);
    after(40);
    listener.requestHeadersStart(call); // sent again
    after(60);
    listener.responseBodyEnd(call, 10);

    assertThat(trace.timing().total()).isEqualTo(Duration.ofMillis(60));
  }

  @Test
  void should_record_nothing_for_a_call_whose_reply_was_never_read_to_its_end() {
    listener.requestHeadersStart(call);
    after(50);
    listener.responseHeadersEnd(call, null);
    listener.callFailed(call, new java.io.IOException("reset"));

    assertThat(trace.timing()).isNull();
  }

  @Test
  void should_ignore_events_out_of_order() {
    // a body end without a request start, and a clock that went backwards
    listener.responseBodyEnd(call, 10);
    assertThat(trace.timing()).isNull();
    listener.requestHeadersStart(call);
    now.addAndGet(-1_000_000);
    listener.responseBodyEnd(call, 10);
    assertThat(trace.timing()).isNull();
  }

  @Test
  void should_listen_only_to_calls_that_carry_a_trace() {
    EventListener.Factory factory = TimingListener.factory(now::get);
    Request traced =
        new Request.Builder().url("http://127.0.0.1:9/").tag(CallTrace.class, trace).build();

    assertThat(factory.create(call)).isSameAs(EventListener.NONE);
    assertThat(factory.create(new OkHttpClient().newCall(traced)))
        .isInstanceOf(TimingListener.class);
  }
}
