package ai.trainloop.cost;

import static ai.trainloop.cost.BudgetTest.PRICED;
import static ai.trainloop.cost.BudgetTest.sample;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trainloop.config.RetryConfig;
import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.ChatProvider;
import ai.trainloop.provider.ChatResponse;
import ai.trainloop.provider.Usage;
import ai.trainloop.run.CallResult;
import ai.trainloop.run.ModelTarget;
import ai.trainloop.run.RunControl;
import ai.trainloop.run.RunOptions;
import ai.trainloop.run.Runner;
import ai.trainloop.run.Ticker;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The budget under concurrent callers: it never admits past the budget, and overshoot is bounded by
 * what flies.
 */
class BudgetConcurrencyTest {

  private static final BigDecimal ESTIMATE = new BigDecimal("0.09");

  private static final int CALLERS = 8;

  /**
   * Eight callers take samples until refused; each call costs {@code factor} × its estimate. A
   * caller has at most one call admitted and not settled, so at most eight calls are in flight.
   */
  private static int simulate(Budget budget, BigDecimal factor) throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    AtomicInteger admitted = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(CALLERS);
    CountDownLatch start = new CountDownLatch(1);
    for (int t = 0; t < CALLERS; t++) {
      pool.execute(
          () -> {
            try {
              start.await();
              while (true) {
                RecordedCall s = sample(next.incrementAndGet());
                if (budget.refuse(PRICED, s) != null) {
                  return;
                }
                admitted.incrementAndGet();
                Thread.sleep(1 + (s.id().hashCode() & 3));
                budget.settle(PRICED.id(), s.id(), ESTIMATE.multiply(factor));
              }
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
          });
    }
    start.countDown();
    pool.shutdown();
    assertThat(pool.awaitTermination(20, TimeUnit.SECONDS)).isTrue();
    return admitted.get();
  }

  @Test
  void should_never_pass_the_budget_when_calls_cost_what_was_estimated() throws Exception {
    Budget budget = BudgetTest.budget("1.00", new ArrayList<>());

    int admitted = simulate(budget, BigDecimal.ONE);

    // eleven calls of $0.09 fit in $1.00, a twelfth does not, however the callers interleave
    assertThat(admitted).isEqualTo(11);
    assertThat(budget.spent()).isEqualByComparingTo("0.99");
    assertThat(budget.inFlight()).isEqualByComparingTo("0");
    assertThat(budget.reached()).isTrue();
  }

  @Test
  void
      should_pass_the_budget_by_no_more_than_the_calls_in_flight_when_calls_cost_more_than_estimated()
          throws Exception {
    Budget budget = BudgetTest.budget("1.00", new ArrayList<>());

    // every call costs twice its estimate: $0.18, $0.09 more than admitted
    int admitted = simulate(budget, new BigDecimal("2"));

    // after the last admission, spent + estimates in flight <= $1.00; each of the (at most 8) calls
    // then in flight
    // adds $0.09 beyond its estimate
    BigDecimal bound =
        new BigDecimal("1.00").add(new BigDecimal("0.09").multiply(BigDecimal.valueOf(CALLERS)));
    assertThat(budget.spent()).isGreaterThan(new BigDecimal("1.00")).isLessThanOrEqualTo(bound);
    assertThat(budget.spent())
        .isEqualByComparingTo(new BigDecimal("0.18").multiply(BigDecimal.valueOf(admitted)));
    assertThat(budget.inFlight()).isEqualByComparingTo("0");
  }

  @Test
  void should_stop_the_runner_and_let_calls_in_flight_finish() throws Exception {
    // given a provider that bills what was estimated (8 input and 1 output token at a cent each)
    // and 30 samples
    AtomicInteger sent = new AtomicInteger();
    ChatProvider provider =
        new ChatProvider() {
          @Override
          public ChatResponse complete(ai.trainloop.provider.ChatRequest request) {
            sent.incrementAndGet();
            try {
              Thread.sleep(5);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return new ChatResponse("abcd", Usage.of(8, 1), "stop");
          }

          @Override
          public String name() {
            return "openai-compatible";
          }
        };
    ModelTarget target = new ModelTarget(PRICED.entry(), provider, "local");
    ModelPrice price =
        new PriceResolver(PriceTable.bundled(), java.util.Map.of())
            .resolve(PRICED.entry())
            .orElseThrow();
    Budget budget = BudgetTest.budget("1.00", new ArrayList<>());
    List<CallResult> results = new CopyOnWriteArrayList<>();
    Runner runner =
        new Runner(
            new RunOptions(4, Duration.ZERO, RetryConfig.DEFAULT, null, 1),
            Ticker.SYSTEM,
            result -> {
              results.add(result);
              budget.settle(
                  result.modelId(),
                  result.sampleId(),
                  result.ok() ? CostCalculator.cost(result.usage(), price) : null);
            },
            budget);
    List<RecordedCall> samples = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      samples.add(sample(i));
    }
    RunControl control = new RunControl();

    // when
    runner.run(samples, List.of(target), s -> List.of(), control, Duration.ofSeconds(5));

    // then
    assertThat(control.reason()).startsWith("budget of $1.00 reached");
    // 11 calls of $0.09 fit under $1.00; an admitted call still waiting for a slot when the 12th is
    // refused is
    // not sent (a stopped run sends nothing new), so 10 or 11 go out, and every one sent is
    // finished and paid
    assertThat(sent.get()).isBetween(10, 11);
    assertThat(results).hasSize(sent.get()).allMatch(CallResult::ok);
    assertThat(budget.spent())
        .isEqualByComparingTo(
            new java.math.BigDecimal("0.09").multiply(java.math.BigDecimal.valueOf(sent.get())));
  }
}
