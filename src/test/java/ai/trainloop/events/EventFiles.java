package ai.trainloop.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Test helper: writes recorded-call lines in the SDKs' format and finds the fixture folders. */
final class EventFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  private EventFiles() {}

  /** The events folder of a fixture under {@code src/test/resources/events/<name>}. */
  static Path fixture(String name) {
    try {
      return Path.of(EventFiles.class.getResource("/events/" + name + "/events").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One line: a call tagged {@code tag} whose single user message is {@code prompt}. */
  static String line(String tag, String prompt, String output) {
    try {
      return JSON.writeValueAsString(
          Map.of(
              "durationMs",
              100,
              "tag",
              tag,
              "input",
              List.of(Map.of("role", "user", "content", prompt)),
              "output",
              Map.of("content", output),
              "model",
              "gpt-4o-mini",
              "modelParams",
              Map.of("temperature", 0.7)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes {@code lines} to {@code folder/fileName}, creating the folder, and returns the folder.
   */
  static Path write(Path folder, String fileName, List<String> lines) {
    try {
      Files.createDirectories(folder);
      try (BufferedWriter out =
          Files.newBufferedWriter(folder.resolve(fileName), StandardCharsets.UTF_8)) {
        for (String line : lines) {
          out.write(line);
          out.newLine();
        }
      }
      return folder;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
