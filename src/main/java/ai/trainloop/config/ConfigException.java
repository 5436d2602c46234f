package ai.trainloop.config;

/**
 * A problem with the user's configuration or input: always shown as {@code file:line:column:
 * key.path: message} and always exit code 2. Never carries a secret.
 */
public final class ConfigException extends RuntimeException {
  private final SourceLocation location;
  private final String keyPath;
  private final String detail;

  public ConfigException(SourceLocation location, String keyPath, String detail) {
    super(format(location, keyPath, detail));
    this.location = location;
    this.keyPath = keyPath;
    this.detail = detail;
  }

  public SourceLocation location() {
    return location;
  }

  public String keyPath() {
    return keyPath;
  }

  public String detail() {
    return detail;
  }

  private static String format(SourceLocation location, String keyPath, String detail) {
    StringBuilder sb = new StringBuilder();
    if (location != null) {
      sb.append(location).append(": ");
    }
    if (keyPath != null && !keyPath.isEmpty()) {
      sb.append(keyPath).append(": ");
    }
    return sb.append(detail).toString();
  }
}
