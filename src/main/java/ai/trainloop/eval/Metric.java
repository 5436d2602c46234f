package ai.trainloop.eval;

/**
 * A user metric: scores one model reply to one recorded prompt.
 *
 * <p>Put a class implementing this interface in {@code eval/metrics/} beside the config file;
 * trainloop compiles it on each run. Its name in tables and suites is the class name in snake_case
 * ({@code HasGreetingWord} is {@code has_greeting_word}). A public no-argument constructor is
 * required.
 *
 * <p>Return 1 for a pass, 0 for a fail, and a value in between for partial credit. An exception
 * (any {@code Throwable}), a return value that is NaN, infinite or outside [0, 1], or a call longer
 * than {@code eval.metric_timeout} fails that evaluation: it is not a 0, it is counted as the
 * metric's error and left out of its average, and its reason is kept in the results; it never ends
 * the run.
 *
 * <p>trainloop creates one instance of each metric class and calls it from many threads at once:
 * keep metric classes stateless, or make them thread-safe.
 */
@FunctionalInterface
public interface Metric {
  double score(Sample sample) throws Exception;
}
