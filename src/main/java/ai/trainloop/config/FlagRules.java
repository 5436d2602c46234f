package ai.trainloop.config;

import java.math.BigDecimal;

/**
 * The rules of the config keys that command-line flags override, applied to the flags: the same
 * ranges, with problems naming the flag ({@code --temperature: must be between 0 and 2, got 5})
 * rather than the config file. Each check returns its value unchanged, or null for an unset flag,
 * and throws {@link ConfigException} (exit 2).
 */
public final class FlagRules {
  private FlagRules() {}

  /** {@code --temperature}, as an entry's {@code temperature}: 0 to 2, finite. */
  public static Double temperature(Double v) {
    return checked("--temperature", v, Bounds.TEMPERATURE);
  }

  /** {@code --request-delay}, as {@code request_delay}: seconds, 0 to a day, finite. */
  public static Double requestDelay(Double v) {
    return checked("--request-delay", v, Bounds.REQUEST_DELAY);
  }

  /** {@code --max-cost}, as {@code max_cost}: USD, at least 0. */
  public static BigDecimal maxCost(BigDecimal v) {
    return checked("--max-cost", v, Bounds.NON_NEGATIVE);
  }

  /** {@code --max-samples}, as {@code max_samples}: at least 1. */
  public static Integer maxSamples(Integer v) {
    return checked("--max-samples", v, Bounds.AT_LEAST_ONE);
  }

  /** {@code --repeat}, as {@code repeats}: at least 1. */
  public static Integer repeat(Integer v) {
    return checked("--repeat", v, Bounds.AT_LEAST_ONE);
  }

  /** {@code --max-concurrent}, as {@code max_concurrent_requests}: at least 1. */
  public static Integer maxConcurrent(Integer v) {
    return checked("--max-concurrent", v, Bounds.AT_LEAST_ONE);
  }

  private static Double checked(String flag, Double v, Bounds bounds) {
    if (v != null && !Double.isFinite(v)) {
      throw new ConfigException(null, flag, "expected a number, got " + v);
    }
    check(flag, v == null ? null : BigDecimal.valueOf(v), bounds);
    return v;
  }

  private static Integer checked(String flag, Integer v, Bounds bounds) {
    check(flag, v == null ? null : BigDecimal.valueOf(v), bounds);
    return v;
  }

  private static BigDecimal checked(String flag, BigDecimal v, Bounds bounds) {
    check(flag, v, bounds);
    return v;
  }

  private static void check(String flag, BigDecimal v, Bounds bounds) {
    String problem = v == null ? null : bounds.violation(v.stripTrailingZeros());
    if (problem != null) {
      throw new ConfigException(null, flag, problem);
    }
  }
}
