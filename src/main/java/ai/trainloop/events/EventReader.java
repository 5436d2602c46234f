package ai.trainloop.events;

import ai.trainloop.config.ConfigException;
import ai.trainloop.config.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads the recorded calls of an events folder ({@code <data_folder>/events}): every {@code
 * *.jsonl} file in file-name order, line by line, so memory does not grow with the size of the
 * folder.
 *
 * <p>A malformed line (invalid JSON, not an object, a missing or invalid {@code input}) is skipped:
 * a warning {@code file:line: reason} goes to the injected sink and the line is counted; blank
 * lines are ignored silently. A missing events folder, or a folder without a single readable call,
 * is a {@link ConfigException} (exit 2).
 */
public final class EventReader {
  /** The name of the folder under the data folder that holds the recorded calls. */
  public static final String EVENTS_FOLDER = "events";

  private final Path folder;
  private final Consumer<String> warnings;
  private final EventLineParser parser = new EventLineParser();

  /**
   * @param eventsFolder the folder holding the {@code *.jsonl} files
   * @param warnings receives one {@code file:line: reason} message per skipped line
   */
  public EventReader(Path eventsFolder, Consumer<String> warnings) {
    this.folder = Objects.requireNonNull(eventsFolder, "eventsFolder");
    this.warnings = Objects.requireNonNull(warnings, "warnings");
  }

  /** A reader of {@code dataFolder/events}. */
  public static EventReader ofDataFolder(Path dataFolder, Consumer<String> warnings) {
    return new EventReader(dataFolder.resolve(EVENTS_FOLDER), warnings);
  }

  /** The events folder this reader reads. */
  public Path folder() {
    return folder;
  }

  /**
   * The {@code *.jsonl} files of the folder, sorted by file name.
   *
   * @throws ConfigException when the folder is missing, is not a folder, or cannot be listed
   */
  public List<Path> files() {
    if (!Files.isDirectory(folder)) {
      String problem = Files.exists(folder) ? "is not a folder" : "no events folder here";
      throw new ConfigException(
          SourceLocation.unknown(folder),
          null,
          problem
              + "; recorded calls are read from <data_folder>/events/*.jsonl (check data_folder in the config)");
    }
    try (Stream<Path> entries = Files.list(folder)) {
      return entries
          .filter(p -> p.getFileName().toString().endsWith(".jsonl") && Files.isRegularFile(p))
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      throw new ConfigException(
          SourceLocation.unknown(folder), null, "cannot list the events folder: " + e);
    }
  }

  /**
   * Every readable call, lazily, in file order. Close the stream (try-with-resources) to release
   * the open file when not reading to the end.
   *
   * @throws ConfigException when the folder is missing (see {@link #files()})
   */
  public Stream<RecordedCall> stream() {
    return stream(files(), warnings);
  }

  /**
   * Passes every readable call, in file order, to {@code action}.
   *
   * @return what was read
   * @throws ConfigException when the folder is missing or holds no readable call at all
   */
  public ReadStats forEach(Consumer<? super RecordedCall> action) {
    return forEach(files(), action);
  }

  /** {@link #forEach(Consumer)} over {@code files}, as listed earlier by {@link #files()}. */
  ReadStats forEach(List<Path> files, Consumer<? super RecordedCall> action) {
    try (EventCursor cursor = open(files, warnings)) {
      cursor.forEachRemaining(action);
      ReadStats stats =
          new ReadStats(files.size(), cursor.linesRead(), cursor.malformed(), cursor.calls());
      if (stats.calls() == 0) {
        throw new ConfigException(SourceLocation.unknown(folder), null, noCallsMessage(stats));
      }
      return stats;
    }
  }

  /** Every readable call of {@code files}, lazily; warnings go to {@code sink}. */
  Stream<RecordedCall> stream(List<Path> files, Consumer<String> sink) {
    EventCursor cursor = open(files, sink);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(cursor, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(cursor::close);
  }

  private EventCursor open(List<Path> files, Consumer<String> sink) {
    return new EventCursor(files, parser, sink);
  }

  private static String noCallsMessage(ReadStats stats) {
    if (stats.files() == 0) {
      return "no recorded calls: the events folder holds no *.jsonl files";
    }
    if (stats.linesRead() == 0) {
      return "no recorded calls: the " + stats.files() + " *.jsonl file(s) hold no lines";
    }
    return "no readable recorded call: all "
        + stats.linesRead()
        + " line(s) in "
        + stats.files()
        + " file(s) are malformed (each was reported as a warning)";
  }
}
