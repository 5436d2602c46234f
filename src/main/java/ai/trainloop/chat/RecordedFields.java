package ai.trainloop.chat;

import java.util.List;
import java.util.Set;

/**
 * How each field of a recorded call's {@code modelParams} is replayed. README's mapping table says
 * the same: keep them in step.
 */
public final class RecordedFields {

  /** Fields read into {@link RequestParams} (or, {@code system}, into the messages). */
  public static final Set<String> MODELLED =
      Set.of(
          "temperature",
          "max_tokens",
          "max_completion_tokens",
          "top_p",
          "top_k",
          "stop",
          "stop_sequences",
          "seed",
          "presence_penalty",
          "frequency_penalty",
          "reasoning_effort",
          "response_format",
          "tools",
          "tool_choice",
          "parallel_tool_calls",
          "stream",
          "system");

  /**
   * Fields that do not change what the model is asked (who asked, what is logged or stored, how the
   * reply is delivered or billed): left out for every vendor, with one warning per field and model,
   * and listed in report.json's {@code models[].dropped_params}.
   */
  public static final List<String> DROPPED =
      List.of(
          "user",
          "metadata",
          "logprobs",
          "top_logprobs",
          "store",
          "service_tier",
          "stream_options",
          "n",
          "prediction",
          "prompt_cache_key",
          "safety_identifier",
          "timeout",
          "extra_headers",
          "extra_query",
          "extra_body");

  /** Fields that repeat what the line says elsewhere: read nowhere, never warned about. */
  public static final Set<String> IGNORED = Set.of("model", "messages");

  private RecordedFields() {}
}
