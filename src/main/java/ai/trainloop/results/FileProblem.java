package ai.trainloop.results;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Failed reads and writes told with the file they were about ("No space left on device" alone names
 * nothing).
 */
public final class FileProblem {
  private FileProblem() {}

  /**
   * {@code e} with a message that starts with {@code file}; {@code e} itself when it names the file
   * already.
   */
  public static IOException at(Path file, IOException e) {
    String message = e.getMessage();
    if (message != null && message.contains(file.toString())) {
      return e;
    }
    return new IOException(file + ": " + reason(e), e);
  }

  /** Why {@code e} happened, without the path a {@link FileSystemException} repeats. */
  public static String reason(IOException e) {
    if (e instanceof FileSystemException fs) {
      if (fs.getReason() != null) {
        return fs.getReason();
      }
      if (e instanceof NoSuchFileException) {
        return "no such file or folder";
      }
      if (e instanceof AccessDeniedException) {
        return "permission denied";
      }
      return e.getClass().getSimpleName();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
