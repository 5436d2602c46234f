package ai.trainloop.events;

/**
 * What one read of an events folder found.
 *
 * @param files the {@code *.jsonl} files read
 * @param linesRead non-blank lines read, malformed ones included
 * @param malformed lines skipped because they are not a readable recorded call
 * @param calls recorded calls read ({@code linesRead - malformed})
 */
public record ReadStats(int files, long linesRead, long malformed, long calls) {}
