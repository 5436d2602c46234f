package ai.trainloop.studio;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Writes a run of {@code samples × 5 models} results (with replies) in the run-folder format, for
 * scale tests.
 */
final class LargeRunFixture {
  static final String RUN_ID = "2026-11-29_08-00-00";
  static final String[] MODELS = {
    "openai/gpt-4o",
    "openai/gpt-4o-mini",
    "anthropic/claude-3-5-haiku",
    "gemini/gemini-2.0-flash",
    "openai-compatible/llama-3.1-70b"
  };

  private LargeRunFixture() {}

  /**
   * Writes a run of {@code samples} samples for every model under {@code dataFolder}.
   *
   * @return the run folder
   */
  static Path write(Path dataFolder, int samples) throws IOException {
    Path run = Files.createDirectories(dataFolder.resolve("benchmarks").resolve(RUN_ID));
    Random random = new Random(7);
    StringBuilder reportResults = new StringBuilder();
    try (BufferedWriter s = Files.newBufferedWriter(run.resolve("samples.jsonl"));
        BufferedWriter r = Files.newBufferedWriter(run.resolve("results.jsonl"))) {
      for (int i = 0; i < samples; i++) {
        String id = String.format("%016x", 0x1000000L + i);
        String tag = i % 3 == 0 ? "simple-qa" : "greeting-generation";
        s.write(
            "{\"sample_id\":\""
                + id
                + "\",\"tag\":\""
                + tag
                + "\",\"input\":[{\"role\":\"user\",\"content\":"
                + "\"Prompt number "
                + i
                + ": write a friendly greeting for a new colleague named Sam.\"}],"
                + "\"recorded_output\":\"Hello Sam, welcome!\",\"recorded_model\":\"gpt-4o-mini\"}\n");
        for (String model : MODELS) {
          boolean failed = random.nextInt(200) == 0;
          double a = random.nextDouble() < 0.85 ? 1.0 : 0.0;
          double b = random.nextDouble() < 0.7 ? 1.0 : 0.0;
          long latency = 200 + (long) Math.abs(random.nextGaussian() * 300 + 400);
          BigDecimal cost =
              new BigDecimal("0.0000825").add(BigDecimal.valueOf(random.nextInt(1000), 9));
          String common =
              "\"sample_id\":\""
                  + id
                  + "\",\"tag\":\""
                  + tag
                  + "\",\"model_id\":\""
                  + model
                  + "\",";
          String row =
              failed
                  ? common
                      + "\"score\":null,\"metrics\":{},\"metric_errors\":{},\"latency_ms\":null,"
                      + "\"input_tokens\":null,\"output_tokens\":null,\"cost_usd\":null,\"error\":\"HTTP 500\","
                      + "\"attempts\":3,\"wait_ms\":1200"
                  : common
                      + "\"score\":"
                      + (a + b) / 2
                      + ",\"metrics\":{\"has_greeting_word\":"
                      + a
                      + ",\"is_short\":"
                      + b
                      + "},\"metric_errors\":{},\"latency_ms\":"
                      + latency
                      + ",\"input_tokens\":25,\"output_tokens\":40,\"cost_usd\":"
                      + cost.toPlainString()
                      + ",\"error\":null,\"attempts\":1,\"wait_ms\":0";
          r.write(
              "{"
                  + row
                  + ",\"response\":\"Hi Sam! Welcome to the team, we are glad to have you here. Reply "
                  + i
                  + " from "
                  + model
                  + ": let me know if you need anything at all during your first week.\"}\n");
          reportResults
              .append(reportResults.length() == 0 ? "" : ",\n")
              .append("{")
              .append(row)
              .append(",\"response\":null}");
        }
      }
    }
    StringBuilder models = new StringBuilder();
    for (String model : MODELS) {
      models
          .append(models.length() == 0 ? "" : ",")
          .append("{\"id\":\"")
          .append(model)
          .append("\",\"status\":\"ok\",\"samples\":")
          .append(samples)
          .append(",\"errors\":0,")
          .append("\"score\":{\"mean\":0.77,\"min\":0.0,\"max\":1.0},")
          .append(
              "\"metrics\":{\"has_greeting_word\":{\"score\":0.85,\"pass_rate\":0.85,\"samples\":")
          .append(samples)
          .append("},\"is_short\":{\"score\":0.7,\"pass_rate\":0.7,\"samples\":")
          .append(samples)
          .append("}},\"cost\":{\"total_usd\":")
          .append(samples * 0.0000830)
          .append("},\"latency_ms\":{\"mean\":650,\"p50\":600,\"p95\":1100,\"max\":2000}}");
    }
    Files.writeString(
        run.resolve("report.json"),
        "{\"schema_version\":1,\"run_id\":\""
            + RUN_ID
            + "\",\"started_at\":\"2026-11-29T08:00:00Z\",\"complete\":true,\"tags\":[\"greeting-generation\","
            + "\"simple-qa\"],\"samples\":{\"total\":"
            + samples
            + "},\"models\":["
            + models
            + "],\"results\":["
            + reportResults
            + "]}");
    return run;
  }
}
