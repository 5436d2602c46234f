package ai.trainloop.eval;

/**
 * A judgement that could not be made: every judge answer abstained or its call failed, or no judge
 * model is available. The evaluation fails with this message; it is never a silent 0.
 */
public final class JudgeException extends RuntimeException {
  public JudgeException(String message) {
    super(message);
  }
}
