package ai.trainloop.compare;

/** The outcome of one row of a comparison with a baseline. */
public enum Verdict {
  /** Significantly better, by more than the tolerance. */
  IMPROVED("improved"),
  /** Significantly worse (after Holm), by more than the tolerance. */
  REGRESSED("regressed"),
  /** No significant change larger than the tolerance. */
  UNCHANGED("unchanged"),
  /** The model was in the baseline and has no results now. */
  COVERAGE_LOST("coverage lost"),
  /** Nothing to compare (no sample answered in both runs, or no costs / latencies known). */
  NOT_COMPARED("not compared");

  private final String label;

  Verdict(String label) {
    this.label = label;
  }

  /** The word shown in tables and JSON. */
  public String label() {
    return label;
  }
}
