package ai.trainloop.provider.batch;

/**
 * What a poll of a batch said.
 *
 * @param state the vendor's own word ({@code in_progress}, {@code ended}, {@code expired}, ...)
 * @param ended true once no request of it will change any more (results can be read)
 * @param total requests in it
 * @param done requests finished, well or not
 * @param failed requests that failed, expired or were cancelled
 * @param reason the vendor's reason when the batch as a whole failed, expired or was cancelled;
 *     null otherwise
 * @param results where its results are (an output file id, a results URL); null when none yet
 * @param errors where its failed requests are (OpenAI's error file id); null when none
 */
public record BatchStatus(
    String id,
    String state,
    boolean ended,
    long total,
    long done,
    long failed,
    String reason,
    String results,
    String errors) {

  /** A line for progress: state and counts. */
  public String summary() {
    return state + " " + done + "/" + total + (failed > 0 ? " (" + failed + " failed)" : "");
  }
}
