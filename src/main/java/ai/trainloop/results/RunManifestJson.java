package ai.trainloop.results;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads {@code run.json} ({@link RunManifest}). A write goes to a temporary file that is
 * forced to disk before it replaces run.json, so after a crash the file is the old one or the new
 * one, whole.
 */
public final class RunManifestJson {
  /** The version of run.json's layout. */
  public static final int VERSION = 1;

  private RunManifestJson() {}

  /** Writes {@code manifest} to {@code dir/run.json}, durably. */
  public static void write(Path dir, RunManifest manifest) throws IOException {
    ObjectNode root = ReportJson.MAPPER.createObjectNode();
    root.put("schema_version", VERSION);
    root.put("run_id", manifest.runId());
    root.put(
        "started_at",
        manifest.startedAt() == null ? null : ReportJson.instant(manifest.startedAt()));
    ObjectNode command = root.putObject("command");
    command.put("config_file", manifest.configFile());
    command.set("flags", manifest.flags());
    root.set("fingerprint", manifest.fingerprint());
    ArrayNode resumed = root.putArray("resumed");
    for (ResumeEntry e : manifest.resumed()) {
      resumed.add(entry(e));
    }
    byte[] bytes =
        (ReportJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    DurableFiles.replace(dir.resolve(RunManifest.FILE_NAME), bytes);
  }

  /** The entry as report.json and run.json write it. */
  public static ObjectNode entry(ResumeEntry e) {
    ObjectNode n = ReportJson.MAPPER.createObjectNode();
    n.put("at", ReportJson.instant(e.at()));
    n.put("pairs_sent", e.pairsSent());
    n.put("errors_retried", e.errorsRetried());
    ArrayNode forced = n.putArray("forced");
    e.forced().forEach(forced::add);
    return n;
  }

  /** Reads {@code file}; a missing or unreadable one is a {@link ReportFormatException}. */
  public static RunManifest read(Path file) {
    String source = file.toString();
    JsonNode root;
    try {
      root = ReportJson.MAPPER.readTree(file.toFile());
    } catch (JacksonException e) {
      throw new ReportFormatException(source, "not valid JSON: " + e.getOriginalMessage(), e);
    } catch (NoSuchFileException | java.io.FileNotFoundException e) {
      throw new ReportFormatException(source, "no such file", e);
    } catch (IOException e) {
      throw new ReportFormatException(source, "cannot read: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject() || !root.path("run_id").isTextual()) {
      throw new ReportFormatException(source, "not a trainloop run.json (expected run_id)");
    }
    if (root.path("schema_version").asInt(-1) != VERSION) {
      throw new ReportFormatException(
          source, "schema_version: expected " + VERSION + ", found " + root.get("schema_version"));
    }
    List<ResumeEntry> resumed = new ArrayList<>();
    for (JsonNode e : root.path("resumed")) {
      List<String> forced = new ArrayList<>();
      e.path("forced").forEach(f -> forced.add(f.asText()));
      resumed.add(
          new ResumeEntry(
              instant(e.path("at"), source + ": resumed[].at"),
              e.path("pairs_sent").asLong(),
              e.path("errors_retried").asLong(),
              forced));
    }
    return new RunManifest(
        root.get("run_id").asText(),
        root.path("started_at").isTextual() ? instant(root.get("started_at"), source) : null,
        root.path("command").path("config_file").asText(null),
        root.path("command").path("flags"),
        root.path("fingerprint"),
        resumed);
  }

  private static Instant instant(JsonNode node, String source) {
    return RunOrder.parse(node.asText(null))
        .orElseThrow(
            () -> new ReportFormatException(source, "not a timestamp: " + node.asText(null)));
  }
}
