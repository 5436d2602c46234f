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
  STOPPED;

  /** The lower-case name used in JSON and in the tables' notes. */
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }
}
