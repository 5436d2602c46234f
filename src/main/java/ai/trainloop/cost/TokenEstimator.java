package ai.trainloop.cost;

import ai.trainloop.chat.ChatMessage;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.events.RecordedCall;
import ai.trainloop.provider.Usage;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Token estimates for {@code --dry-run} and the budget check, before anything is sent.
 *
 * <p><b>OpenAI models</b> are counted with OpenAI's own tokenizer (jtokkit): {@code o200k_base} for
 * gpt-4o, gpt-4.1, gpt-4.5, gpt-5 and the o-series, {@code cl100k_base} for gpt-4 and gpt-3.5; the
 * model is recognised by its name (after any {@code vendor/} prefix), whichever provider serves it.
 * A chat request adds the OpenAI cookbook's overhead: 3 tokens per message plus its role's tokens,
 * and 3 tokens priming the reply.
 *
 * <p><b>Every other model</b> (Claude, Gemini, open models) is an <em>approximation</em>, not a
 * count: their tokenizers are not public or not bundled. Text is taken as {@code ceil(code points /
 * 4)} tokens (about four characters of English per token), with the same per-message overhead (3,
 * plus the role's approximated tokens) and 3 for the reply. Expect it to be off by tens of percent,
 * more for code and non-Latin scripts.
 *
 * <p>The output estimate is the recorded reply's length, counted the same way, capped at the
 * entry's {@code max_tokens} when it sets one. Instances are immutable and thread-safe; they share
 * one lazily built tokenizer registry.
 */
public final class TokenEstimator {

  /** The cookbook's per-message framing tokens (gpt-3.5-turbo-0613 and later, gpt-4, gpt-4o). */
  public static final int TOKENS_PER_MESSAGE = 3;

  /** Tokens priming the reply: {@code <|start|>assistant<|message|>}. */
  public static final int REPLY_PRIMING_TOKENS = 3;

  /** Characters per token assumed for models without a bundled tokenizer. */
  public static final int APPROX_CHARS_PER_TOKEN = 4;

  private static final Pattern O200K =
      Pattern.compile("(gpt-4o|chatgpt-4o|gpt-4\\.1|gpt-4\\.5|gpt-5(\\.\\d+)?|o\\d)(-.*)?");
  private static final Pattern CL100K = Pattern.compile("(gpt-4|gpt-3\\.5|gpt-35)(-.*)?");

  /**
   * Class initialisation builds the registry once, lazily and thread-safely; encodings load on
   * first use.
   */
  private static final class Registry {
    static final EncodingRegistry INSTANCE = Encodings.newLazyEncodingRegistry();
  }

  /** The jtokkit encoding for an OpenAI model name, or empty when the model is not OpenAI's. */
  public Optional<EncodingType> encodingFor(String model) {
    String name = model == null ? "" : model.strip().toLowerCase(Locale.ROOT);
    name = name.substring(name.lastIndexOf('/') + 1);
    if (O200K.matcher(name).matches()) {
      return Optional.of(EncodingType.O200K_BASE);
    }
    if (CL100K.matcher(name).matches()) {
      return Optional.of(EncodingType.CL100K_BASE);
    }
    return Optional.empty();
  }

  /**
   * Whether counts for this model come from a real tokenizer (true) or the approximation (false).
   */
  public boolean isExact(String model) {
    return encodingFor(model).isPresent();
  }

  /**
   * Tokens of a plain text (no chat framing): a real count for OpenAI models, else the
   * approximation.
   */
  public long countText(String model, String text) {
    String t = text == null ? "" : text;
    Optional<EncodingType> type = encodingFor(model);
    if (type.isPresent()) {
      Encoding encoding = Registry.INSTANCE.getEncoding(type.get());
      return encoding.countTokensOrdinary(t);
    }
    long chars = t.codePointCount(0, t.length());
    return (chars + APPROX_CHARS_PER_TOKEN - 1) / APPROX_CHARS_PER_TOKEN;
  }

  /**
   * Input tokens of a chat request: per message framing, role and content, plus the reply priming.
   */
  public long inputTokens(String model, List<ChatMessage> messages) {
    long total = REPLY_PRIMING_TOKENS;
    for (ChatMessage m : messages) {
      total += TOKENS_PER_MESSAGE + countText(model, m.role()) + countText(model, m.content());
    }
    return total;
  }

  /**
   * Output tokens expected from a recorded reply's length, capped at {@code maxTokens} when it is
   * not null.
   */
  public long outputTokens(String model, String recordedReply, Integer maxTokens) {
    long tokens = countText(model, recordedReply);
    return maxTokens == null ? tokens : Math.min(tokens, Math.max(0, maxTokens));
  }

  /**
   * The usage a call of this entry on this recorded prompt is expected to report (no cache hits
   * assumed).
   */
  public Usage estimateUsage(ProviderEntry entry, RecordedCall call) {
    return Usage.of(
        inputTokens(entry.model(), call.input()),
        outputTokens(entry.model(), call.output(), entry.maxTokens()));
  }

  /** The expected USD cost of that call at the given price, long-context tier included. */
  public BigDecimal estimateCost(ProviderEntry entry, RecordedCall call, ModelPrice price) {
    return CostCalculator.cost(estimateUsage(entry, call), price);
  }
}
