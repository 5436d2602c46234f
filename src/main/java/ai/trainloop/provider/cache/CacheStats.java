package ai.trainloop.provider.cache;

import java.time.Instant;

/**
 * What a response cache folder holds.
 *
 * @param entries entries readable
 * @param bytes the size of every entry file, unreadable ones included
 * @param oldest when the oldest entry was stored; null without entries
 * @param newest when the newest entry was stored; null without entries
 * @param expired entries older than the time to live
 * @param unreadable entry files that cannot be read (a miss when asked for)
 */
public record CacheStats(
    long entries, long bytes, Instant oldest, Instant newest, long expired, long unreadable) {}
