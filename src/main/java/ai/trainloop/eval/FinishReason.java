package ai.trainloop.eval;

import java.util.Locale;
import java.util.Map;

/**
 * Why a reply ended, the same five words for every vendor ({@code finish_reason} in results.jsonl;
 * the vendor's own word is kept beside it as {@code finish_reason_raw}).
 *
 * <p>From the vendors' words: OpenAI {@code stop}, {@code length}, {@code tool_calls} / {@code
 * function_call}, {@code content_filter}; Anthropic {@code end_turn} / {@code stop_sequence},
 * {@code max_tokens} / {@code model_context_window_exceeded}, {@code tool_use}, {@code refusal},
 * {@code pause_turn} (other); Gemini {@code STOP}, {@code MAX_TOKENS}, {@code SAFETY} / {@code
 * RECITATION} / {@code BLOCKLIST} / {@code PROHIBITED_CONTENT} / {@code SPII} / {@code
 * IMAGE_SAFETY} (content filter), {@code MALFORMED_FUNCTION_CALL}, {@code OTHER} and anything else
 * (other). A reply that ended normally but made tool calls (Gemini always says {@code STOP} then,
 * OpenAI does when a tool is forced) is {@link #TOOL_CALLS}.
 */
public enum FinishReason {
  /** The model finished its answer (or hit a stop sequence). */
  STOP,
  /** Cut at the token limit: the reply is truncated. */
  LENGTH,
  /** The model stopped to call tools. */
  TOOL_CALLS,
  /** The vendor's safety or policy filter stopped or refused the reply. */
  CONTENT_FILTER,
  /** Any other reason, or one this version does not know. */
  OTHER;

  private static final Map<String, FinishReason> VENDOR_WORDS =
      Map.ofEntries(
          Map.entry("stop", STOP),
          Map.entry("end_turn", STOP),
          Map.entry("stop_sequence", STOP),
          Map.entry("length", LENGTH),
          Map.entry("max_tokens", LENGTH),
          Map.entry("model_context_window_exceeded", LENGTH),
          Map.entry("tool_calls", TOOL_CALLS),
          Map.entry("function_call", TOOL_CALLS),
          Map.entry("tool_use", TOOL_CALLS),
          Map.entry("content_filter", CONTENT_FILTER),
          Map.entry("refusal", CONTENT_FILTER),
          Map.entry("safety", CONTENT_FILTER),
          Map.entry("recitation", CONTENT_FILTER),
          Map.entry("blocklist", CONTENT_FILTER),
          Map.entry("prohibited_content", CONTENT_FILTER),
          Map.entry("spii", CONTENT_FILTER),
          Map.entry("image_safety", CONTENT_FILTER));

  /** The word written to results.jsonl: {@code stop}, {@code length}, {@code tool_calls}, ... */
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True when the reply was cut at the token limit. */
  public boolean truncated() {
    return this == LENGTH;
  }

  /** Reads {@link #json()} back; null for null, {@link #OTHER} for a word this version lacks. */
  public static FinishReason parse(String json) {
    if (json == null) {
      return null;
    }
    for (FinishReason r : values()) {
      if (r.json().equals(json)) {
        return r;
      }
    }
    return OTHER;
  }

  /**
   * Normalises a vendor's finish or stop reason (any vendor's, case-insensitive).
   *
   * @param raw the vendor's word; null when the reply said none
   * @param madeToolCalls whether the reply made tool calls
   * @return null when {@code raw} is null and the reply made no tool call
   */
  public static FinishReason fromVendor(String raw, boolean madeToolCalls) {
    if (raw == null || raw.isBlank()) {
      return madeToolCalls ? TOOL_CALLS : null;
    }
    FinishReason r = VENDOR_WORDS.getOrDefault(raw.strip().toLowerCase(Locale.ROOT), OTHER);
    return r == STOP && madeToolCalls ? TOOL_CALLS : r;
  }
}
