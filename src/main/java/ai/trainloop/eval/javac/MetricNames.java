package ai.trainloop.eval.javac;

import java.util.Locale;

/**
 * The name of a Java metric: its simple class name in snake_case.
 *
 * <p>An underscore goes before an upper-case letter that follows a lower-case letter or a digit,
 * and before the last capital of an acronym when a lower-case letter follows it; then everything is
 * lower-cased. Digits stick to what precedes them. So {@code HasGreetingWord} is {@code
 * has_greeting_word}, {@code IsJSONValid} is {@code is_json_valid}, {@code XMLParser} is {@code
 * xml_parser}, {@code Gpt4Judge} is {@code gpt4_judge}, {@code MyURL} is {@code my_url}, and {@code
 * Already_Snake} is {@code already_snake} (no double underscore).
 */
public final class MetricNames {
  private MetricNames() {}

  /**
   * {@code className} (a simple name, or a binary name whose last segment is used) in snake_case.
   */
  public static String snakeCase(String className) {
    String simple =
        className.substring(Math.max(className.lastIndexOf('.'), className.lastIndexOf('$')) + 1);
    StringBuilder out = new StringBuilder(simple.length() + 4);
    for (int i = 0; i < simple.length(); i++) {
      char c = simple.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        char before = simple.charAt(i - 1);
        boolean afterLowerOrDigit = Character.isLowerCase(before) || Character.isDigit(before);
        boolean endsAcronym =
            Character.isUpperCase(before)
                && i + 1 < simple.length()
                && Character.isLowerCase(simple.charAt(i + 1));
        if (afterLowerOrDigit || endsAcronym) {
          out.append('_');
        }
      }
      out.append(c);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
