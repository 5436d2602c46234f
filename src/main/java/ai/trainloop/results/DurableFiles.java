package ai.trainloop.results;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replacing a run's file so that a crash at any moment leaves the old file or the new one, whole:
 * the new content goes to a hidden temporary file beside it, is forced to disk, and is moved over
 * the old one atomically.
 */
final class DurableFiles {
  private DurableFiles() {}

  /** A hidden temporary name beside {@code file}, unique to this process and moment. */
  static Path temporary(Path file) {
    return file.toAbsolutePath()
        .resolveSibling(
            "."
                + file.getFileName()
                + "."
                + ProcessHandle.current().pid()
                + "-"
                + System.nanoTime()
                + ".tmp");
  }

  /** Replaces {@code file} by {@code content}, durably. */
  static void replace(Path file, byte[] content) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = temporary(file);
    try {
      Files.write(tmp, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      moveOver(tmp, file);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Forces {@code tmp} to disk and moves it over {@code file}, atomically where it can. */
  static void moveOver(Path tmp, Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
    try (FileChannel dir = FileChannel.open(file.toAbsolutePath().getParent())) {
      dir.force(true);
    } catch (IOException | UnsupportedOperationException notOnThisSystem) {
      // a folder cannot be opened for syncing everywhere; the move itself is atomic
    }
  }
}
