package ai.trainloop.eval;

import java.util.Objects;

/**
 * One message of a recorded request: a role ({@code system}, {@code user}, {@code assistant}, ...)
 * and its text.
 */
public record Message(String role, String content) {
  public Message {
    Objects.requireNonNull(role, "role");
    content = content == null ? "" : content;
  }
}
