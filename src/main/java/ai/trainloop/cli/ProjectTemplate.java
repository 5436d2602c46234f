package ai.trainloop.cli;

import ai.trainloop.config.ConfigException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * The files {@code trainloop init} writes: a commented config with the tutorial's providers, one
 * Java metric, {@code .env.example}, a {@code .gitignore} and a few recorded calls, so that {@code
 * trainloop benchmark} runs right away. Nothing is overwritten unless asked: every file is checked
 * before the first is written.
 */
final class ProjectTemplate {
  /** A file of the template: the resource it comes from and where it goes in the project. */
  record Entry(String resource, String path) {}

  static final List<Entry> FILES =
      List.of(
          new Entry("trainloop.config.yaml", "trainloop.config.yaml"),
          new Entry("env.example", ".env.example"),
          new Entry("gitignore", ".gitignore"),
          new Entry("IsHelpfulResponse.java", "eval/metrics/IsHelpfulResponse.java"),
          new Entry("events.jsonl", "data/events/example.jsonl"));

  private ProjectTemplate() {}

  /**
   * Writes the template into {@code dir} (created when missing).
   *
   * @return the files written, relative to {@code dir}
   * @throws ConfigException when {@code dir} is not a folder, or a file exists and {@code force} is
   *     false (then nothing was written)
   */
  static List<String> write(Path dir, boolean force) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new ConfigException(
          null, "DIR", dir + " exists and is not a folder; nothing was written");
    }
    List<String> existing = new ArrayList<>();
    for (Entry e : FILES) {
      if (Files.exists(dir.resolve(e.path()))) {
        existing.add(e.path());
      }
    }
    if (!existing.isEmpty() && !force) {
      throw new ConfigException(
          null,
          null,
          "trainloop init: "
              + dir
              + " already has "
              + String.join(", ", existing)
              + "; nothing was written (--force overwrites them)");
    }
    List<String> written = new ArrayList<>();
    for (Entry e : FILES) {
      Path target = dir.resolve(e.path());
      Files.createDirectories(target.getParent());
      // each file appears whole or not at all: written beside, then moved into place
      Path part = Files.createTempFile(target.getParent(), ".init-", ".part");
      try (InputStream in = resource(e.resource())) {
        Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(part);
      }
      written.add(e.path());
    }
    return written;
  }

  private static InputStream resource(String name) {
    InputStream in = ProjectTemplate.class.getResourceAsStream("/ai/trainloop/init/" + name);
    if (in == null) {
      throw new UncheckedIOException(
          new IOException("the jar lacks the init template " + name + ": rebuild it"));
    }
    return in;
  }
}
