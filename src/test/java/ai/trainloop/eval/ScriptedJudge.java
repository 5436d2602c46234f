package ai.trainloop.eval;

import ai.trainloop.config.JudgeConfig;
import ai.trainloop.config.ProviderEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A judge client for tests: answers each query from a script keyed by judge model and claim, in
 * order, and keeps every query it was asked.
 */
final class ScriptedJudge implements JudgeClient {
  private final Function<JudgeQuery, JudgeReply> script;
  final List<JudgeQuery> asked = Collections.synchronizedList(new ArrayList<>());

  ScriptedJudge(Function<JudgeQuery, JudgeReply> script) {
    this.script = script;
  }

  /**
   * Answers about a prompt containing a key of {@code answers} with its replies in turn, per judge
   * model (key {@code judge|text}); {@code !...} is a failed call.
   */
  static ScriptedJudge answering(Map<String, List<String>> answers) {
    Map<String, Integer> next = new ConcurrentHashMap<>();
    return new ScriptedJudge(
        q -> {
          for (Map.Entry<String, List<String>> e : answers.entrySet()) {
            String[] key = e.getKey().split("\\|", 2);
            if (q.judgeId().equals(key[0]) && q.prompt().contains(key[1])) {
              int i = next.merge(e.getKey(), 1, Integer::sum) - 1;
              String text = e.getValue().get(i % e.getValue().size());
              return text.startsWith("!")
                  ? JudgeReply.failed(text.substring(1))
                  : JudgeReply.answer(text);
            }
          }
          throw new AssertionError("unscripted query: " + q);
        });
  }

  @Override
  public List<JudgeReply> ask(List<JudgeQuery> queries) {
    asked.addAll(queries);
    return queries.stream().map(script).toList();
  }

  static String result(String verdict) {
    return "<reasoning>I looked at it.</reasoning>\n<result>" + verdict + "</result>";
  }

  static JudgeConfig config(int k, String... judges) {
    List<ProviderEntry> models = new ArrayList<>();
    for (String j : judges) {
      String[] parts = j.split("/", 2);
      models.add(ProviderEntry.of(parts[0], parts[1]));
    }
    return new JudgeConfig(models, k, 0.7, null, JudgeConfig.DEFAULT_TEMPLATE, true);
  }

  static Sample sample(String output) {
    return new Sample(
        "s1", "t", List.of(new Message("user", "Say hi to Ann")), output, "m/x", "Hi Ann!");
  }
}
