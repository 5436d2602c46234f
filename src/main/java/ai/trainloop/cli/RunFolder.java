package ai.trainloop.cli;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * A run's folder, {@code <data_folder>/benchmarks/<YYYY-MM-DD_HH-MM-SS>}, with a -2, -3… suffix if
 * it exists.
 */
record RunFolder(String runId, Path dir) {
  static final DateTimeFormatter RUN_ID = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss");

  static RunFolder create(Path dataFolder, LocalDateTime startedLocal) throws IOException {
    Path benchmarks = dataFolder.resolve("benchmarks");
    Files.createDirectories(benchmarks);
    String base = RUN_ID.format(startedLocal);
    for (int n = 1; ; n++) {
      String id = n == 1 ? base : base + "-" + n;
      try {
        return new RunFolder(id, Files.createDirectory(benchmarks.resolve(id)));
      } catch (FileAlreadyExistsException taken) {
        // another run started in the same second: take the next suffix
      }
    }
  }

  Path report() {
    return dir.resolve("report.json");
  }
}
