package ai.trainloop.cli;

import ai.trainloop.config.ConfigException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A run folder held by the one process writing to it, so that {@code --resume} cannot continue a
 * run still going (or being resumed) elsewhere and send its pairs twice. The lock is the operating
 * system's on {@code <run>/.lock}: a process killed with SIGKILL lets go of it at once.
 */
final class RunLock implements AutoCloseable {
  static final String FILE_NAME = ".lock";

  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the run folder {@code dir}; exit 2 when another process holds it. */
  static RunLock acquire(Path dir, String runId) throws IOException {
    FileChannel ch =
        FileChannel.open(
            dir.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock held;
    try {
      held = ch.tryLock();
    } catch (OverlappingFileLockException sameProcess) {
      held = null;
    }
    if (held == null) {
      ch.close();
      throw new ConfigException(
          null,
          null,
          "run "
              + runId
              + " is in use by another trainloop process (still running, or being resumed): "
              + "wait for it to end, or stop it first");
    }
    return new RunLock(ch, held);
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
