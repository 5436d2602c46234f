package ai.trainloop.cli;

/** {@code --format}: what goes to stdout. picocli rejects any other value with exit code 2. */
enum OutputFormat {
  /** Tables for people (the default). */
  table,
  /** JSON for scripts. */
  json
}
