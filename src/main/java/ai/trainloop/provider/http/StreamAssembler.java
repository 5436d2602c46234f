package ai.trainloop.provider.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * Builds one vendor's non-streamed reply from its streamed events, so a streamed reply is read by
 * the same parser as a whole one. {@link JsonHttp#stream} gives it every event in order; one per
 * call, not thread-safe.
 */
public interface StreamAssembler {

  /** What one event was. */
  enum Seen {
    /** Nothing of the answer (a role, a ping, usage, a block's start). */
    OTHER,
    /** Non-empty text or a tool call's part: the first one is the time to first token. */
    CONTENT,
    /** The vendor's last event ({@code [DONE]}, {@code message_stop}): the reply is complete. */
    END
  }

  /**
   * Takes one event.
   *
   * @param event its {@code event:} name; null when it had none
   * @param data its data
   * @throws IOException for data that is not the JSON the vendor documents (a stream cut off)
   * @throws StreamError for an error the vendor sent in the stream
   */
  Seen take(String event, String data) throws IOException, StreamError;

  /**
   * Whether the body may end here without an {@link Seen#END} event and be complete (Gemini's
   * stream ends with its last chunk, which carries the finish reason); false by default.
   */
  default boolean completeAtEnd() {
    return false;
  }

  /** The reply as the vendor's non-streamed call would have answered it, once complete. */
  JsonNode reply();

  /** An error the vendor sent inside a stream that began with 200, as its HTTP status would be. */
  final class StreamError extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final String body;

    /**
     * @param status the HTTP status the vendor gives this error when it is not streamed
     * @param body the error as the vendor's error body, for its {@link ApiError.Parser}
     */
    public StreamError(int status, String body) {
      super("stream error " + status);
      this.status = status;
      this.body = body;
    }

    public int status() {
      return status;
    }

    public String body() {
      return body;
    }
  }
}
