package ai.trainloop.run.batch;

import ai.trainloop.provider.ProviderException;
import ai.trainloop.run.Backoff;
import java.time.Duration;

/**
 * A batch API call (upload, create, poll, results, cancel) retried as a chat call is: a retryable
 * failure waits (what the server asked, else exponential backoff with jitter) and tries again, up
 * to {@code retries} times; other failures are thrown at once.
 */
final class BatchCalls {
  interface Call<T> {
    T run() throws ProviderException;
  }

  private final int retries;
  private final Backoff backoff;
  private final Sleeper sleeper;

  BatchCalls(int retries, Duration maxWait, Sleeper sleeper) {
    this.retries = retries;
    this.backoff = new Backoff(maxWait, 16L);
    this.sleeper = sleeper;
  }

  <T> T call(Call<T> call) throws ProviderException, InterruptedException {
    for (int attempt = 1; ; attempt++) {
      try {
        return call.run();
      } catch (ProviderException e) {
        if (e.kind() != ProviderException.Kind.RETRYABLE || attempt > retries) {
          throw e;
        }
        Duration wait = backoff.next(attempt, e.retryAfter());
        if (wait == null) {
          throw e;
        }
        sleeper.sleep(wait);
      }
    }
  }
}
