package ai.trainloop.config;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.trainloop.provider.ProviderRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Test helpers: write a config into a folder and load it, or load one from
 * src/test/resources/config.
 */
final class ConfigFiles {
  private ConfigFiles() {}

  static Path write(Path dir, String yaml) {
    try {
      Path file = dir.resolve(ConfigLocator.FILE_NAME);
      Files.writeString(file, yaml);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TrainloopConfig load(Path dir, String yaml) {
    return new ConfigLoader(ProviderRegistry.builtIn()).load(write(dir, yaml));
  }

  static ConfigException loadError(Path dir, String yaml) {
    Path file = write(dir, yaml);
    return catchThrowableOfType(
        ConfigException.class, () -> new ConfigLoader(ProviderRegistry.builtIn()).load(file));
  }

  static Path resource(String name) {
    try {
      return Path.of(ConfigFiles.class.getResource("/config/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
