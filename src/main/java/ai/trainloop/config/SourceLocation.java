package ai.trainloop.config;

import java.nio.file.Path;

/**
 * Where a value came from: a file, a 1-based line and column. Rendered as {@code file:line:column}.
 */
public record SourceLocation(Path file, int line, int column) {
  public static SourceLocation unknown(Path file) {
    return new SourceLocation(file, 0, 0);
  }

  @Override
  public String toString() {
    String f = file == null ? "<config>" : file.toString();
    return line <= 0 ? f : f + ":" + line + ":" + column;
  }
}
