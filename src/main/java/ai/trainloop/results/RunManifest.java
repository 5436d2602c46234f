package ai.trainloop.results;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A run's {@code run.json}, written before its first call: which run, the command's settings, and a
 * fingerprint of what it sends, so that {@code --resume} can continue it with the same settings and
 * refuse when the config changed what would be sent. Never holds a key or an environment value.
 *
 * @param runId the run folder's name
 * @param startedAt when the run started
 * @param configFile the config file it read, absolute
 * @param flags the flags given that shape what is sent, as {@code "--flag": value} (a list for a
 *     repeatable flag, true for a switch)
 * @param fingerprint what would be sent: providers, metrics and suites, the sample selection, the
 *     temperature override, replay_params
 * @param resumed every resume so far, oldest first
 */
public record RunManifest(
    String runId,
    Instant startedAt,
    String configFile,
    JsonNode flags,
    JsonNode fingerprint,
    List<ResumeEntry> resumed) {

  /** The file name inside a run folder. */
  public static final String FILE_NAME = "run.json";

  public RunManifest {
    Objects.requireNonNull(runId, "runId");
    flags = flags == null ? ReportJson.MAPPER.createObjectNode() : flags.deepCopy();
    fingerprint =
        fingerprint == null ? ReportJson.MAPPER.createObjectNode() : fingerprint.deepCopy();
    resumed = resumed == null ? List.of() : List.copyOf(resumed);
  }

  /**
   * This manifest with one more resume, the flags it went on with (a new budget stays for the next
   * resume) and the fingerprint it resumed with.
   */
  public RunManifest resumedWith(ResumeEntry entry, JsonNode flagsNow, JsonNode fingerprintNow) {
    List<ResumeEntry> all = new ArrayList<>(resumed);
    all.add(entry);
    return new RunManifest(runId, startedAt, configFile, flagsNow, fingerprintNow, all);
  }
}
