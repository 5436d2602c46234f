package ai.trainloop.cli;

import java.nio.file.Path;

/** Where the response cache lives: {@code <data_folder>/.cache/responses}. */
final class CacheFolder {
  private CacheFolder() {}

  static Path of(Path dataFolder) {
    return dataFolder.resolve(".cache").resolve("responses");
  }
}
