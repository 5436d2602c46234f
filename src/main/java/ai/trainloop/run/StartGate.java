package ai.trainloop.run;

import java.time.Duration;

/**
 * Paces call starts: a least spacing between two starts ({@code --request-delay}, {@code rpm}) and
 * a tokens-per-minute bucket ({@code tpm}). Thread-safe; waits happen outside the lock.
 */
final class StartGate {
  private final long spacingNanos;
  private final Ticker ticker;
  private final Integer tpm;
  private long nextStartNanos;
  private double tokensAvailable;
  private long lastRefill;

  StartGate(Duration spacing, Integer tpm, Ticker ticker) {
    this.spacingNanos = spacing.toNanos();
    this.tpm = tpm;
    this.ticker = ticker;
    this.nextStartNanos = ticker.nanos();
    this.lastRefill = nextStartNanos;
    this.tokensAvailable = tpm == null ? 0 : tpm;
  }

  static StartGate forRates(Duration requestDelay, Integer rpm, Integer tpm, Ticker ticker) {
    long rpmSpacing = rpm == null ? 0 : 60_000_000_000L / rpm;
    return new StartGate(
        Duration.ofNanos(Math.max(requestDelay.toNanos(), rpmSpacing)), tpm, ticker);
  }

  boolean inactive() {
    return spacingNanos <= 0 && tpm == null;
  }

  /** Waits until a call of about {@code estimatedTokens} tokens may start. */
  void await(long estimatedTokens) throws InterruptedException {
    if (spacingNanos > 0) {
      long startAt;
      synchronized (this) {
        startAt = Math.max(ticker.nanos(), nextStartNanos);
        nextStartNanos = startAt + spacingNanos;
      }
      sleepUntil(startAt);
    }
    if (tpm != null) {
      takeTokens((double) Math.min(tpm, Math.max(1, estimatedTokens)));
    }
  }

  private void takeTokens(double need) throws InterruptedException {
    double perNano = tpm / 60e9;
    while (true) {
      long waitNanos;
      synchronized (this) {
        long now = ticker.nanos();
        tokensAvailable = Math.min(tpm, tokensAvailable + (now - lastRefill) * perNano);
        lastRefill = now;
        if (tokensAvailable >= need) {
          tokensAvailable -= need;
          return;
        }
        waitNanos = (long) Math.ceil((need - tokensAvailable) / perNano);
      }
      ticker.sleep(Duration.ofNanos(waitNanos));
    }
  }

  private void sleepUntil(long nanos) throws InterruptedException {
    long wait = nanos - ticker.nanos();
    if (wait > 0) {
      ticker.sleep(Duration.ofNanos(wait));
    }
  }
}
