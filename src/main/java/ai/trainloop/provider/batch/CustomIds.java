package ai.trainloop.provider.batch;

import java.util.regex.Pattern;

/**
 * The custom id of a call in a batch: {@code s<sample index>-r<repeat index>}, the same for the
 * same call on every run, so a resumed run finds its calls in the results of batches submitted
 * before. It matches Anthropic's {@code ^[a-zA-Z0-9_-]{1,64}$} (OpenAI takes any unique string).
 */
public final class CustomIds {
  public static final Pattern VALID = Pattern.compile("^[a-zA-Z0-9_-]{1,64}$");

  private CustomIds() {}

  public static String of(int sample, int repeat) {
    if (sample < 0 || repeat < 0) {
      throw new IllegalArgumentException("negative index: s" + sample + "-r" + repeat);
    }
    return "s" + sample + "-r" + repeat;
  }

  static String check(String id) {
    if (id == null || !VALID.matcher(id).matches()) {
      throw new IllegalArgumentException("not a valid custom id: " + id);
    }
    return id;
  }
}
