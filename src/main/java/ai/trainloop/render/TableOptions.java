package ai.trainloop.render;

/**
 * What {@link Tables} shows and how.
 *
 * @param ascii draw with {@code +-|} and leave out emoji (for {@code --ascii} or a terminal that is
 *     not UTF-8)
 * @param trackCosts show "Cost Analysis" ({@code track_costs}); false leaves it out entirely
 * @param detailed add one table per metric ({@code --detailed})
 * @param responseTimes show "Response Times" (the caller passes {@code track_response_times ||
 *     --detailed})
 */
public record TableOptions(
    boolean ascii, boolean trackCosts, boolean detailed, boolean responseTimes) {
  /** The default: box drawing, costs, no detail, no response times. */
  public static TableOptions defaults() {
    return new TableOptions(false, true, false, false);
  }

  /**
   * The options of a benchmark run: "Response Times" shows with {@code track_response_times} and
   * with {@code --detailed}.
   */
  public static TableOptions forRun(
      boolean ascii, boolean trackCosts, boolean detailed, boolean trackResponseTimes) {
    return new TableOptions(ascii, trackCosts, detailed, detailed || trackResponseTimes);
  }

  TextTable.Style style() {
    return ascii ? TextTable.Style.ASCII : TextTable.Style.BOX;
  }
}
