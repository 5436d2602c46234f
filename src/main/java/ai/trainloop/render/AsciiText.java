package ai.trainloop.render;

import java.text.Normalizer;
import java.util.Map;

/**
 * Plain-ASCII stand-ins for the characters trainloop prints, for {@code --ascii} and terminals that
 * are not UTF-8: {@code ±} as {@code +/-}, {@code ×} as {@code x}, {@code ·} as {@code |}, {@code
 * …} as {@code ...}, {@code —} as {@code --}, {@code →} as {@code ->}, {@code ✓} as {@code ok},
 * {@code ✗} as {@code [x]}, box drawing as {@code +-|=}, blocks as {@code #}; emoji are left out,
 * accented letters lose their accents and anything else becomes {@code ?}. The result has only
 * characters below 128.
 */
public final class AsciiText {
  private static final Map<Integer, String> FALLBACKS =
      Map.ofEntries(
          Map.entry((int) '±', "+/-"),
          Map.entry((int) '×', "x"),
          Map.entry((int) '·', "|"),
          Map.entry((int) '•', "*"),
          Map.entry((int) '…', "..."),
          Map.entry((int) '—', "--"),
          Map.entry((int) '–', "-"),
          Map.entry((int) '−', "-"),
          Map.entry((int) '÷', "/"),
          Map.entry((int) '→', "->"),
          Map.entry((int) '←', "<-"),
          Map.entry((int) '↑', "^"),
          Map.entry((int) '↓', "v"),
          Map.entry((int) '✓', "ok"),
          Map.entry((int) '✔', "ok"),
          Map.entry((int) '✗', "[x]"),
          Map.entry((int) '✘', "[x]"),
          Map.entry((int) '≈', "~"),
          Map.entry((int) '≤', "<="),
          Map.entry((int) '≥', ">="),
          Map.entry((int) '≠', "!="),
          Map.entry((int) 'µ', "u"),
          Map.entry((int) 'μ', "u"),
          Map.entry((int) '‘', "'"),
          Map.entry((int) '’', "'"),
          Map.entry((int) '“', "\""),
          Map.entry((int) '”', "\""),
          Map.entry((int) '\u00a0', " "),
          Map.entry((int) '█', "#"),
          Map.entry((int) '▓', "#"),
          Map.entry((int) '▒', "#"),
          Map.entry((int) '░', "-"));

  private AsciiText() {}

  /**
   * {@code text} in plain ASCII, an emoji left out with the space after it ({@code "📊 Results"}
   * reads {@code "Results"}); text already ASCII is returned as it is.
   */
  public static String of(String text) {
    if (text.chars().allMatch(c -> c < 128)) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 8);
    boolean afterEmoji = false;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (afterEmoji && cp == ' ') {
        afterEmoji = false;
        continue;
      }
      String ascii = of(cp);
      afterEmoji = ascii.isEmpty();
      b.append(ascii);
    }
    return b.toString();
  }

  /** The stand-in for one code point: itself when ASCII, empty for an emoji. */
  public static String of(int cp) {
    if (cp < 128) {
      return Character.toString(cp);
    }
    String fallback = FALLBACKS.get(cp);
    if (fallback != null) {
      return fallback;
    }
    if (cp >= 0x2500 && cp <= 0x257f) {
      return box(cp);
    }
    if (emoji(cp)) {
      return "";
    }
    String stripped =
        Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return !stripped.isEmpty() && stripped.chars().allMatch(c -> c < 128) ? stripped : "?";
  }

  /** Box drawing (U+2500..U+257F): lines as {@code -}, {@code =} or {@code |}, joints as +. */
  private static String box(int cp) {
    return switch (cp) {
      case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254c, 0x254d, 0x2574, 0x2576 -> "-";
      case 0x2550 -> "=";
      case 0x2502, 0x2503, 0x2506, 0x2507, 0x250a, 0x250b, 0x254e, 0x254f, 0x2551, 0x2575, 0x2577 ->
          "|";
      default -> "+";
    };
  }

  /** Pictographs, dingbats and their modifiers, which have no ASCII form worth printing. */
  private static boolean emoji(int cp) {
    return cp >= 0x1f000
        || (cp >= 0x2600 && cp <= 0x27bf)
        || (cp >= 0xfe00 && cp <= 0xfe0f)
        || cp == 0x200d;
  }
}
