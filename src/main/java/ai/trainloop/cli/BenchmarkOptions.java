package ai.trainloop.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Every option of {@code trainloop benchmark}; plain fields so the run can read them without
 * picocli.
 */
public final class BenchmarkOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description =
          "Config file (default: TRAINLOOP_CONFIG_PATH, "
              + "./trainloop/trainloop.config.yaml, or the first trainloop.config.yaml walking up).")
  Path config;

  @Option(
      names = "--tag",
      paramLabel = "TAG",
      description = "Benchmark only samples with this tag (repeatable).")
  List<String> tags = new ArrayList<>();

  @Option(
      names = "--models",
      paramLabel = "LIST",
      split = ",",
      description =
          "Keep only these configured models: ids as the tables show them (openai/gpt-4o), "
              + "bare names (gpt-4o-mini) or unique prefixes of dated ids (claude-3-haiku).")
  List<String> models = new ArrayList<>();

  @Option(
      names = "--max-samples",
      paramLabel = "N",
      description = "Draw N samples, stratified across tags " + "(overrides max_samples).")
  Integer maxSamples;

  @Option(
      names = "--repeat",
      paramLabel = "N",
      description =
          "Call each (sample, model) pair N times and reduce each sample's scores by"
              + " benchmark.repeat_reducer (overrides benchmark.repeats).")
  Integer repeat;

  @Option(
      names = "--seed",
      paramLabel = "N",
      description = "Seed for drawing samples (default: benchmark.seed, else 42).")
  Long seed;

  @Option(
      names = "--max-concurrent",
      paramLabel = "N",
      description = "Calls in flight in all " + "(overrides max_concurrent_requests).")
  Integer maxConcurrent;

  @Option(
      names = "--request-delay",
      paramLabel = "SECONDS",
      description = "Least time between two call starts to one provider.")
  Double requestDelay;

  @Option(
      names = "--temperature",
      paramLabel = "T",
      description = "Temperature for every model (overrides entries).")
  Double temperature;

  @Option(
      names = "--control",
      paramLabel = "ID",
      description =
          "A/B-test every other model against this one (an id as the tables show it, e.g."
              + " recorded or a label); overrides benchmark.control.")
  String control;

  @Option(
      names = "--detailed",
      description = "Add one table per metric, response times and pairwise comparisons.")
  boolean detailed;

  @Option(
      names = "--comprehensive",
      description =
          "Every sample (ignores max_samples and samples_per_tag) with --detailed tables.")
  boolean comprehensive;

  @Option(
      names = "--full-evaluation",
      description =
          "Like --comprehensive, for the quarterly review: every " + "sample, every table.")
  boolean fullEvaluation;

  @Option(names = "--output", paramLabel = "FILE", description = "Also write report.json to FILE.")
  Path output;

  @Option(
      names = "--compare-with",
      paramLabel = "FILE|latest|previous",
      description = "Compare with an earlier report; exit 1 on a significant regression.")
  String compareWith;

  @Option(
      names = "--stream",
      description =
          "Ask every model for its reply as a stream and report time to first token and output"
              + " tokens per second (as benchmark.stream: true; an entry's own stream comes first).")
  boolean stream;

  @Option(
      names = "--batch",
      description =
          "Send the calls of OpenAI and Anthropic models through their batch APIs, at the batch"
              + " price (as benchmark.batch: true; an entry's batch: false keeps it synchronous).")
  boolean batch;

  @Option(
      names = "--batch-poll",
      paramLabel = "SECONDS",
      description = "First wait between polls of running batches (default 5, doubling up to 60).")
  Long batchPoll;

  @Option(
      names = "--cancel-batches",
      description =
          "On Ctrl-C or TERM while batches run, cancel them (default: leave them running and print"
              + " the command that collects them).")
  boolean cancelBatches;

  @Option(
      names = "--cache",
      negatable = true,
      description =
          "Answer calls from the response cache in <data_folder>/.cache/responses and store new"
              + " replies (as benchmark.cache: true); --no-cache for one run without it.")
  Boolean cache;

  @Option(names = "--fail-on-gate", description = "Exit 1 when a model misses a threshold gate.")
  boolean failOnGate;

  @Option(
      names = "--max-cost",
      paramLabel = "USD",
      description =
          "Stop sending when the spend would pass this " + "budget (overrides benchmark.max_cost).")
  BigDecimal maxCost;

  @Option(
      names = "--dry-run",
      description = "Send nothing: print the plan, estimated tokens and cost.")
  boolean dryRun;

  @Option(
      names = "--resume",
      paramLabel = "RUN|latest|previous",
      description =
          "Continue a killed, interrupted or budget-stopped run in its own folder: send only the "
              + "pairs without a result (RUN: a run id or folder).")
  String resume;

  @Option(
      names = "--retry-errors",
      description = "With --resume: also send again the pairs whose result is an error.")
  boolean retryErrors;

  @Option(
      names = "--force",
      description = "With --resume: continue although the config changed what would be sent.")
  boolean force;

  @Mixin OutputOptions stdout = new OutputOptions();

  @Option(names = "--junit", paramLabel = "FILE", description = "Write a JUnit XML report for CI.")
  Path junit;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Write a self-contained HTML report.")
  Path html;

  @Option(
      names = "--metrics-classpath",
      paramLabel = "JARS",
      split = "${sys:path.separator}",
      description = "Jars searched for Metric classes too (separated by '${sys:path.separator}').")
  List<Path> metricsClasspath = new ArrayList<>();

  @Option(
      names = {"-v", "--verbose"},
      description =
          "Log each HTTP exchange on stderr: method, URL, status, attempt and time; -vv adds headers"
              + " and bodies. Keys are shown as [redacted].")
  boolean[] verbose = new boolean[0];

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress on stderr.")
  boolean quiet;

  /** Whether every sample is wanted regardless of max_samples. */
  boolean allSamples() {
    return comprehensive || fullEvaluation;
  }

  boolean detailedTables() {
    return detailed || comprehensive || fullEvaluation;
  }
}
