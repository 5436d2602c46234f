package ai.trainloop.chat;

import java.util.Objects;

/**
 * One message of a recorded request, as samples, provider calls and stored runs share it: a role
 * ({@code system}, {@code user}, {@code assistant}, ...) and its text. Metrics see it as the public
 * API's {@code ai.trainloop.eval.Message}, made from this one where a reply is scored.
 */
public record ChatMessage(String role, String content) {
  public ChatMessage {
    Objects.requireNonNull(role, "role");
    content = content == null ? "" : content;
  }
}
