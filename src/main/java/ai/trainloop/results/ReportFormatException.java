package ai.trainloop.results;

/**
 * A report.json (or results.jsonl) that cannot be read as a trainloop report: missing file, not
 * JSON, a {@code schema_version} this version does not read, or a required key missing. The message
 * names the file and, where there is one, the key path or line; the CLI maps it to exit code 2
 * (input error).
 */
public final class ReportFormatException extends RuntimeException {
  private final String source;

  public ReportFormatException(String source, String detail) {
    super(source + ": " + detail);
    this.source = source;
  }

  public ReportFormatException(String source, String detail, Throwable cause) {
    super(source + ": " + detail, cause);
    this.source = source;
  }

  /** The file (or other source) that could not be read. */
  public String source() {
    return source;
  }
}
