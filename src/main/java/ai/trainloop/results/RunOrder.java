package ai.trainloop.results;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one order of runs, oldest first, for {@code latest}/{@code previous}, {@code trainloop
 * history} and the Studio's run list: by {@code started_at} (an instant, so UTC) from report.json,
 * not by folder name, which is the start time in the local time of the machine that ran it (another
 * time zone, or a daylight-saving change, sorts it wrongly). A run without a readable started_at
 * sorts by the time its folder name reads as in this machine's zone, a folder whose name is not a
 * run id before all others; equal times fall back to {@link RunLocator#RUN_ID_ORDER}.
 */
public final class RunOrder {
  private static final Pattern RUN_ID =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2})(?:-\\d+)?");
  private static final DateTimeFormatter FOLDER =
      DateTimeFormatter.ofPattern("uuuu-MM-dd_HH-mm-ss");

  private RunOrder() {}

  /**
   * {@code started_at} as written (ISO-8601 with {@code Z} or an offset) as an instant; empty when
   * not a time.
   */
  public static Optional<Instant> parse(String startedAt) {
    if (startedAt == null || startedAt.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(startedAt.strip()).toInstant());
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Orders runs oldest first.
   *
   * @param runId a run's folder name
   * @param startedAt a run's started_at, or null when its report has none or cannot be read
   * @param zone the zone a folder name is read in when there is no started_at
   */
  public static <T> Comparator<T> oldestFirst(
      Function<T, String> runId, Function<T, Instant> startedAt, ZoneId zone) {
    Comparator<T> byTime =
        Comparator.comparing(run -> key(runId.apply(run), startedAt.apply(run), zone));
    return byTime.thenComparing(runId, RunLocator.RUN_ID_ORDER);
  }

  private static Instant key(String runId, Instant startedAt, ZoneId zone) {
    if (startedAt != null) {
      return startedAt;
    }
    Matcher m = RUN_ID.matcher(runId);
    if (!m.matches()) {
      return Instant.MIN;
    }
    try {
      return LocalDateTime.parse(m.group(1), FOLDER).atZone(zone).toInstant();
    } catch (DateTimeException e) {
      return Instant.MIN;
    }
  }
}
