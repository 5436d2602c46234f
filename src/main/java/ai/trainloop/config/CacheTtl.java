package ai.trainloop.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A response cache's time to live as written in the config: whole seconds ({@code 3600}) or a whole
 * number with a unit, {@code s}, {@code m}, {@code h} or {@code d} ({@code 14d}).
 */
public final class CacheTtl {
  private static final Pattern FORM = Pattern.compile("(\\d{1,9})\\s*([smhd]?)");

  private CacheTtl() {}

  /** The duration, or null when {@code text} is not one of the forms or is 0. */
  public static Duration parse(String text) {
    Matcher m = FORM.matcher(text.strip().toLowerCase(java.util.Locale.ROOT));
    if (!m.matches()) {
      return null;
    }
    long n = Long.parseLong(m.group(1));
    if (n == 0) {
      return null;
    }
    return switch (m.group(2)) {
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      case "d" -> Duration.ofDays(n);
      default -> Duration.ofSeconds(n);
    };
  }
}
