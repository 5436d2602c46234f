import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes N recorded calls in TrainLoop's events format (one JSON object a line, in files of at most
 * 10,000 lines) for the benchmark harness. Every prompt is distinct; tags cycle over greeting, qa
 * and summary.
 *
 * <pre>java bench/GenEvents.java EVENTS_FOLDER N [SEED]</pre>
 *
 * With {@code --csv FILE} instead of a folder it writes the same prompts as a CSV of {@code
 * system,user} for promptfoo's {@code tests}.
 */
public final class GenEvents {
  private static final String[] TAGS = {"greeting", "qa", "summary"};
  private static final String[] SYSTEM = {
    "You write short, warm greetings for a team chat app. One or two sentences.",
    "Answer the question with the answer only: a word, a name or a number.",
    "Summarise the text in one sentence for a busy reader."
  };
  private static final String[] WORDS = {
    "project",
    "release",
    "customer",
    "meeting",
    "budget",
    "roadmap",
    "design",
    "incident",
    "review",
    "launch",
    "contract",
    "sprint",
    "invoice",
    "report",
    "office",
    "training"
  };
  private static final int PER_FILE = 10_000;

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: java bench/GenEvents.java EVENTS_FOLDER N [SEED]");
      System.exit(2);
    }
    boolean csv = args[0].equals("--csv");
    int at = csv ? 1 : 0;
    Path folder = Path.of(args[at]);
    int n = Integer.parseInt(args[at + 1]);
    SplittableRandom random =
        new SplittableRandom(args.length > at + 2 ? Long.parseLong(args[at + 2]) : 7);
    if (csv) {
      writeCsv(folder, n, random);
      return;
    }
    Files.createDirectories(folder);
    long start = 1_764_300_000_000L;
    BufferedWriter out = null;
    for (int i = 0; i < n; i++) {
      if (i % PER_FILE == 0) {
        if (out != null) {
          out.close();
        }
        out =
            Files.newBufferedWriter(
                folder.resolve((start + i * 1000L) + ".jsonl"), StandardCharsets.UTF_8);
      }
      int t = i % TAGS.length;
      String user = user(i, random);
      String reply =
          "Hello! Here is a short answer about the " + WORDS[random.nextInt(WORDS.length)] + ".";
      long duration = 300 + random.nextInt(900);
      long begin = start + i * 1000L;
      out.write(
          "{\"durationMs\": "
              + duration
              + ", \"tag\": \""
              + TAGS[t]
              + "\", \"input\": [{\"role\": \"system\", "
              + "\"content\": \""
              + SYSTEM[t]
              + "\"}, {\"role\": \"user\", \"content\": \""
              + user
              + "\"}], "
              + "\"output\": {\"content\": \""
              + reply
              + "\"}, \"model\": \"gpt-4o-mini\", \"modelParams\": "
              + "{\"temperature\": 0.7, \"max_tokens\": 256}, \"startTimeMs\": "
              + begin
              + ", \"endTimeMs\": "
              + (begin + duration)
              + ", \"url\": \"https://api.openai.com/v1/chat/completions\", \"location\": "
              + "{\"file\": \"app/chat.py\", \"lineNumber\": \""
              + (40 + t)
              + "\"}}\n");
    }
    if (out != null) {
      out.close();
    }
  }

  private static String user(int i, SplittableRandom random) {
    return "Request "
        + i
        + ": tell me about the "
        + WORDS[random.nextInt(WORDS.length)]
        + " and the "
        + WORDS[random.nextInt(WORDS.length)]
        + " for team "
        + random.nextInt(1000)
        + ".";
  }

  /** The same prompts (same seed, same draws) as a promptfoo tests CSV. */
  private static void writeCsv(Path file, int n, SplittableRandom random) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("system,user\n");
      for (int i = 0; i < n; i++) {
        String user = user(i, random);
        random.nextInt(WORDS.length); // the reply's word, to stay in step with the events
        random.nextInt(900); // the duration
        out.write("\"" + SYSTEM[i % TAGS.length] + "\",\"" + user + "\"\n");
      }
    }
  }
}
