package ai.trainloop.cli;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.ConfigLoader;
import ai.trainloop.config.ConfigLocator;
import ai.trainloop.provider.ProviderRegistry;
import ai.trainloop.results.ResumeLocator;
import ai.trainloop.results.RunManifest;
import ai.trainloop.results.RunManifestJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The run {@code --resume} continues: its folder and run.json, found before anything else, and the
 * options it goes on with ({@link RecordedFlags}). What is left to send is its {@link ResumePlan}.
 */
final class ResumedRun {
  private final RunFolder folder;
  private final RunManifest manifest;
  private final BenchmarkOptions options;

  private ResumedRun(RunFolder folder, RunManifest manifest, BenchmarkOptions options) {
    this.folder = folder;
    this.manifest = manifest;
    this.options = options;
  }

  /** Finds the run {@code now.resume} names; exit 2 on a flag that cannot be given again. */
  static ResumedRun open(CliContext ctx, BenchmarkOptions now) {
    RecordedFlags.refuseOnResume(now);
    Path dir = locate(ctx, now);
    RunManifest manifest = RunManifestJson.read(dir.resolve(RunManifest.FILE_NAME));
    if (manifest.configFile() == null) {
      throw new ConfigException(
          null, null, dir.resolve(RunManifest.FILE_NAME) + ": command.config_file is missing");
    }
    Path recorded = Path.of(manifest.configFile());
    if (now.config != null && !sameFile(ctx.cwd().resolve(now.config), recorded)) {
      throw new ConfigException(
          null,
          "--config",
          "run "
              + manifest.runId()
              + " was made with "
              + recorded
              + "; --resume goes on with that file (leave --config out)");
    }
    if (!Files.isRegularFile(recorded)) {
      throw new ConfigException(
          null,
          null,
          "run " + manifest.runId() + " was made with " + recorded + ", which no longer exists");
    }
    return new ResumedRun(
        new RunFolder(manifest.runId(), dir),
        manifest,
        RecordedFlags.resumed(manifest.flags(), recorded, now));
  }

  /** A folder or a file in one is found as is; latest, previous and run ids in the data folder. */
  private static Path locate(CliContext ctx, BenchmarkOptions now) {
    String spec = now.resume;
    boolean named = spec.equals("latest") || spec.equals("previous");
    Path direct = ctx.cwd().resolve(spec).normalize();
    if (!named && (spec.contains("/") || Files.exists(direct)) && Files.exists(direct)) {
      return ResumeLocator.resolve(direct.toString(), direct, ctx.cwd());
    }
    Path file = new ConfigLocator().locate(now.config, ctx.env(), ctx.cwd());
    Path dataFolder = new ConfigLoader(ProviderRegistry.builtIn()).load(file).dataFolder();
    return ResumeLocator.resolve(spec, dataFolder, ctx.cwd());
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }

  RunFolder folder() {
    return folder;
  }

  RunManifest manifest() {
    return manifest;
  }

  BenchmarkOptions options() {
    return options;
  }

  /** When the run first started: report.json's started_at stays the original one. */
  Instant startedAt(Instant fallback) {
    return manifest.startedAt() == null ? fallback : manifest.startedAt();
  }
}
