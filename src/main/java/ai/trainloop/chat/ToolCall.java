package ai.trainloop.chat;

import java.util.Objects;

/**
 * A tool call, as an assistant turn of a recorded request holds it and as a reply makes it: the
 * vendor's call id, the function's name and its arguments as JSON text.
 *
 * @param id the vendor's call id ({@code call_…}, {@code toolu_…}); Gemini gives none, so it may be
 *     empty but never null
 * @param name the function's name
 * @param argumentsJson the arguments as a JSON object's text ({@code {}} when there are none)
 */
public record ToolCall(String id, String name, String argumentsJson) {
  public ToolCall {
    id = id == null ? "" : id;
    Objects.requireNonNull(name, "name");
    argumentsJson = argumentsJson == null || argumentsJson.isBlank() ? "{}" : argumentsJson;
  }
}
