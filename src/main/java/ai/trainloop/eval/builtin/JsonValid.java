package ai.trainloop.eval.builtin;

import ai.trainloop.eval.Metric;
import ai.trainloop.eval.Sample;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code json_valid}: 1 when the reply is one JSON text (RFC 8259, strict: no comments, no trailing
 * commas, nothing after the value), else 0. A reply that is exactly one fenced code block, {@code
 * ```json ... ```} or a bare {@code ``` ... ```}, is judged by the block's content; prose around a
 * block fails. Leading and trailing whitespace is ignored. Any JSON value passes, a bare number or
 * string included. Takes no parameters; thread-safe.
 */
final class JsonValid implements Metric {
  private static final Pattern FENCED =
      Pattern.compile(
          "```[ \\t]*(?:json)?[ \\t]*\\R?(.*?)\\R?[ \\t]*```",
          Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

  /** Thread-safe once built; shared by every instance. */
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  static Metric create(Params p) {
    return new JsonValid();
  }

  @Override
  public double score(Sample sample) {
    return isJson(unfence(sample.output().strip())) ? 1.0 : 0.0;
  }

  /** The content of a reply that is exactly one fenced block, else the reply itself. */
  static String unfence(String reply) {
    Matcher m = FENCED.matcher(reply);
    return m.matches() ? m.group(1) : reply;
  }

  static boolean isJson(String text) {
    if (text.isBlank()) {
      return false;
    }
    try {
      JsonNode node = JSON.readTree(text);
      return node != null && !node.isMissingNode();
    } catch (JacksonException e) {
      return false;
    }
  }
}
