package ai.trainloop.compare;

/**
 * What a comparison row measures, and which {@code benchmark.compare.fail_on} entry makes it fail
 * the run.
 */
public enum ChangeKind {
  /** The overall per-sample score (mean of the sample's metric scores), shown as "Avg". */
  SCORE("score"),
  /** One metric's per-sample score. */
  METRIC("score"),
  /**
   * The overall per-sample score of the paired samples of one tag, shown as "tag:&lt;tag&gt;";
   * gates with {@code fail_on: [tag_score]}.
   */
  TAG_SCORE("tag_score"),
  /** Cost per sample in USD, over samples both runs answered with a known cost. */
  COST("cost"),
  /** Per-call latency in milliseconds. */
  LATENCY("latency");

  private final String failOnName;

  ChangeKind(String failOnName) {
    this.failOnName = failOnName;
  }

  /** The {@code fail_on} entry that makes a regression of this kind fail the run. */
  public String failOnName() {
    return failOnName;
  }

  /**
   * True for score, metric and tag rows, whose delta is absolute; cost and latency deltas are
   * relative.
   */
  public boolean quality() {
    return this == SCORE || this == METRIC || this == TAG_SCORE;
  }
}
