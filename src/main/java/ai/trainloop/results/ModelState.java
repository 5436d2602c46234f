package ai.trainloop.results;

import java.util.Locale;

/** How a model's part of a run went, as report.json's {@code models[].status} says it. */
public enum ModelState {
  /** Benchmarked (some calls may still have failed). */
  OK,
  /** Never called, e.g. its API key variable is not set. */
  SKIPPED,
  /** Called but could not be benchmarked: its key was rejected, or every call failed. */
  FAILED,
  /** Stopped before the end: interrupted, or the budget was reached. */
  STOPPED,
  /**
   * Read from a report whose status word this version does not know (a newer trainloop may add
   * one); never given to a model of this run. Treated as neither skipped nor failed.
   */
  UNKNOWN;

  /** The lower-case name used in JSON and in the tables' notes. */
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The state a status word names, in any case; {@link #UNKNOWN} for any other word. */
  public static ModelState parse(String word) {
    for (ModelState s : values()) {
      if (s != UNKNOWN && s.json().equals(word.toLowerCase(Locale.ROOT))) {
        return s;
      }
    }
    return UNKNOWN;
  }
}
