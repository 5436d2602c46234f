package ai.trainloop.cli;

import ai.trainloop.config.ConfigException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The flags of {@code trainloop benchmark} that run.json records, and how {@code --resume} gives
 * them back: those that change what is sent (the sample selection, the models, the temperature, the
 * metrics) come from the run and are refused when given again; the budget and pacing ({@code
 * --max-cost}, {@code --max-concurrent}, {@code --request-delay}) come from the run unless given
 * again; output and verbosity flags are today's. {@code --stream} changes how replies are asked for
 * and timed, so it is recorded and refused like the selection.
 */
final class RecordedFlags {
  private RecordedFlags() {}

  /** The recorded flags of {@code o}: only those given; paths made absolute against {@code cwd}. */
  static ObjectNode of(BenchmarkOptions o, Path cwd) {
    ObjectNode f = RunFingerprint.JSON.createObjectNode();
    list(f, "--tag", o.tags);
    list(f, "--models", o.models);
    list(
        f,
        "--metrics-classpath",
        o.metricsClasspath.stream().map(p -> cwd.resolve(p).toString()).toList());
    if (o.maxSamples != null) {
      f.put("--max-samples", o.maxSamples);
    }
    if (o.seed != null) {
      f.put("--seed", o.seed);
    }
    if (o.repeat != null) {
      f.put("--repeat", o.repeat);
    }
    if (o.cache != null) {
      f.put(o.cache ? "--cache" : "--no-cache", true);
    }
    if (o.temperature != null) {
      f.put("--temperature", o.temperature);
    }
    if (o.comprehensive) {
      f.put("--comprehensive", true);
    }
    if (o.fullEvaluation) {
      f.put("--full-evaluation", true);
    }
    if (o.stream) {
      f.put("--stream", true);
    }
    if (o.batch) {
      f.put("--batch", true);
    }
    if (o.maxCost != null) {
      f.put("--max-cost", o.maxCost.toPlainString());
    }
    if (o.maxConcurrent != null) {
      f.put("--max-concurrent", o.maxConcurrent);
    }
    if (o.requestDelay != null) {
      f.put("--request-delay", o.requestDelay);
    }
    return f;
  }

  /** Exit 2 naming the first flag given with --resume that would change what is sent. */
  static void refuseOnResume(BenchmarkOptions now) {
    String given =
        !now.tags.isEmpty()
            ? "--tag"
            : !now.models.isEmpty()
                ? "--models"
                : !now.metricsClasspath.isEmpty()
                    ? "--metrics-classpath"
                    : now.maxSamples != null
                        ? "--max-samples"
                        : now.seed != null
                            ? "--seed"
                            : now.repeat != null
                                ? "--repeat"
                                : now.temperature != null
                                    ? "--temperature"
                                    : now.comprehensive
                                        ? "--comprehensive"
                                        : now.fullEvaluation
                                            ? "--full-evaluation"
                                            : now.stream
                                                ? "--stream"
                                                : now.batch ? "--batch" : null;
    if (given != null) {
      throw new ConfigException(
          null,
          given,
          "cannot be given with --resume: the run goes on with the settings it recorded in "
              + "run.json (start a new run to change what is sent)");
    }
    if (now.dryRun) {
      throw new ConfigException(null, "--dry-run", "cannot be given with --resume");
    }
  }

  /**
   * The options a resumed run goes on with: the recorded flags and config file, then the budget,
   * pacing and output flags given now.
   */
  static BenchmarkOptions resumed(JsonNode recorded, Path configFile, BenchmarkOptions now) {
    BenchmarkOptions o = new BenchmarkOptions();
    o.config = configFile;
    o.tags = texts(recorded.path("--tag"));
    o.models = texts(recorded.path("--models"));
    o.metricsClasspath =
        texts(recorded.path("--metrics-classpath")).stream().map(Path::of).toList();
    o.maxSamples = recorded.has("--max-samples") ? recorded.get("--max-samples").asInt() : null;
    o.seed = recorded.has("--seed") ? recorded.get("--seed").asLong() : null;
    o.repeat = recorded.has("--repeat") ? recorded.get("--repeat").asInt() : null;
    o.cache =
        now.cache != null
            ? now.cache
            : recorded.has("--cache") ? Boolean.TRUE : recorded.has("--no-cache") ? false : null;
    o.temperature = recorded.has("--temperature") ? recorded.get("--temperature").asDouble() : null;
    o.comprehensive = recorded.path("--comprehensive").asBoolean(false);
    o.fullEvaluation = recorded.path("--full-evaluation").asBoolean(false);
    o.stream = recorded.path("--stream").asBoolean(false);
    o.batch = recorded.path("--batch").asBoolean(false);
    o.batchPoll = now.batchPoll;
    o.cancelBatches = now.cancelBatches;
    o.maxCost =
        now.maxCost != null
            ? now.maxCost
            : recorded.has("--max-cost")
                ? new BigDecimal(recorded.get("--max-cost").asText())
                : null;
    o.maxConcurrent =
        now.maxConcurrent != null
            ? now.maxConcurrent
            : recorded.has("--max-concurrent") ? recorded.get("--max-concurrent").asInt() : null;
    o.requestDelay =
        now.requestDelay != null
            ? now.requestDelay
            : recorded.has("--request-delay") ? recorded.get("--request-delay").asDouble() : null;
    o.detailed = now.detailed;
    o.output = now.output;
    o.compareWith = now.compareWith;
    o.failOnGate = now.failOnGate;
    o.stdout = now.stdout;
    o.junit = now.junit;
    o.html = now.html;
    o.quiet = now.quiet;
    o.verbose = now.verbose;
    o.resume = now.resume;
    o.retryErrors = now.retryErrors;
    o.force = now.force;
    return o;
  }

  private static void list(ObjectNode f, String name, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode a = f.putArray(name);
      values.forEach(a::add);
    }
  }

  private static List<String> texts(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(v -> out.add(v.asText()));
    return out;
  }
}
