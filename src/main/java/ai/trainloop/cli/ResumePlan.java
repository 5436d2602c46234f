package ai.trainloop.cli;

import ai.trainloop.aggregate.ResultCollector;
import ai.trainloop.config.ConfigException;
import ai.trainloop.events.RecordedCall;
import ai.trainloop.results.ResultRow;
import ai.trainloop.results.ResultsJournal;
import ai.trainloop.results.ResultsJsonlWriter;
import ai.trainloop.results.ResumeEntry;
import ai.trainloop.results.RunManifest;
import ai.trainloop.results.RunManifestJson;
import ai.trainloop.run.PairFilter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What a resumed run keeps and sends. The config must still send what the run recorded (else exit 2
 * saying what changed, unless {@code --force}); results.jsonl is read as the journal ({@link
 * ResultsJournal}); a result is kept unless it is an error and {@code --retry-errors} was given, or
 * its model or sample is no longer in the run, or its pair has a result already. Rows not kept are
 * removed from results.jsonl. The pairs sent are those without a kept result; run.json records the
 * resume before the first of them.
 */
final class ResumePlan {
  private final List<ResultRow> kept;
  private final Set<String> done;
  private final List<ResumeEntry> history;
  private final int repeats;

  private ResumePlan(
      List<ResultRow> kept, Set<String> done, List<ResumeEntry> history, int repeats) {
    this.kept = kept;
    this.done = done;
    this.history = history;
    this.repeats = repeats;
  }

  static ResumePlan prepare(
      ResumedRun run,
      Setup setup,
      List<PlannedModel> models,
      Instant now,
      Consumer<String> note,
      Consumer<String> warn)
      throws IOException {
    BenchmarkOptions o = run.options();
    RunManifest manifest = run.manifest();
    ObjectNode fingerprint = RunFingerprint.of(setup, o.tags, o.temperature);
    List<String> changes = FingerprintDiff.changes(manifest.fingerprint(), fingerprint);
    if (!changes.isEmpty() && !o.force) {
      throw new ConfigException(
          null,
          null,
          "the config changed what run "
              + manifest.runId()
              + " sends: "
              + String.join("; ", changes)
              + " (start a new run, or --force to resume anyway: results of models or samples "
              + "no longer in the run are dropped)");
    }
    changes.forEach(c -> warn.accept("--force: resuming although " + c));
    Path file = run.folder().dir().resolve(ResultsJsonlWriter.FILE_NAME);
    ResultsJournal.Read journal = ResultsJournal.read(file);
    if (journal.cutBytes() > 0) {
      warn.accept(
          file
              + ": cut off a torn last line ("
              + journal.cutBytes()
              + " bytes, the process was killed while writing it): that pair is sent again");
    }
    Set<String> wanted = new HashSet<>();
    int repeats = setup.repeats();
    for (RecordedCall sample : setup.samples()) {
      for (PlannedModel m : models) {
        for (int r = 0; r < repeats; r++) {
          wanted.add(key(m.id(), sample.id(), r));
        }
      }
    }
    Keep first = new Keep(wanted, o.retryErrors);
    List<ResultRow> kept = journal.rows().stream().filter(first).toList();
    if (first.retried + first.strays + first.duplicates > 0) {
      ResultsJournal.keepOnly(file, new Keep(wanted, o.retryErrors));
    }
    if (first.strays > 0) {
      warn.accept(
          first.strays
              + " result"
              + (first.strays == 1 ? "" : "s")
              + " of models or samples no longer in the run removed from "
              + file);
    }
    long toSend = 0;
    for (PlannedModel m : models) {
      if (m.runs()) {
        for (RecordedCall sample : setup.samples()) {
          for (int r = 0; r < repeats; r++) {
            toSend += first.done.contains(key(m.id(), sample.id(), r)) ? 0 : 1;
          }
        }
      }
    }
    ResumeEntry entry = new ResumeEntry(now, toSend, first.retried, changes);
    // the paths of the options resumed with are absolute already
    RunManifest updated =
        manifest.resumedWith(entry, RecordedFlags.of(o, run.folder().dir()), fingerprint);
    RunManifestJson.write(run.folder().dir(), updated);
    note.accept(
        toSend == 0
            ? "resuming run "
                + manifest.runId()
                + ": nothing missing; rebuilding its report from "
                + kept.size()
                + " results"
            : "resuming run "
                + manifest.runId()
                + ": "
                + kept.size()
                + " results kept"
                + (first.retried > 0 ? ", " + first.retried + " errors to retry" : "")
                + ", sending "
                + toSend
                + (toSend == 1 ? " pair" : " pairs"));
    return new ResumePlan(kept, first.done, updated.resumed(), repeats);
  }

  /** Whether anything is left to send. */
  boolean nothingToSend(List<PlannedModel> models, Iterable<RecordedCall> samples) {
    for (PlannedModel m : models) {
      if (m.runs()) {
        for (RecordedCall s : samples) {
          for (int r = 0; r < repeats; r++) {
            if (!done.contains(key(m.id(), s.id(), r))) {
              return false;
            }
          }
        }
      }
    }
    return true;
  }

  /** Sends the pairs (each repeat on its own) without a kept result. */
  PairFilter pairs() {
    return (model, sample, repeat) -> !done.contains(key(model.id(), sample.id(), repeat));
  }

  /** Hands the kept results to the run's collector, as if they had just arrived. */
  void replayInto(ResultCollector collector) {
    kept.forEach(collector::replay);
  }

  /** Every resume of the run, this one last. */
  List<ResumeEntry> history() {
    return history;
  }

  /** The pair of a result and its repeat (a run without repeats has only repeat 0). */
  static String key(String modelId, String sampleId, int repeat) {
    return modelId + '\n' + sampleId + '\n' + repeat;
  }

  /** Decides, row by row in file order, which results are kept. */
  private static final class Keep implements Predicate<ResultRow> {
    private final Set<String> wanted;
    private final boolean retryErrors;
    final Set<String> done = new HashSet<>();
    long retried;
    long strays;
    long duplicates;

    Keep(Set<String> wanted, boolean retryErrors) {
      this.wanted = wanted;
      this.retryErrors = retryErrors;
    }

    @Override
    public boolean test(ResultRow row) {
      String key = key(row.modelId(), row.sampleId(), row.repeatIndex());
      if (!wanted.contains(key)) {
        strays++;
        return false;
      }
      if (done.contains(key)) {
        duplicates++;
        return false;
      }
      if (retryErrors && !row.ok()) {
        retried++;
        return false;
      }
      done.add(key);
      return true;
    }
  }
}
