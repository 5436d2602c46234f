package ai.trainloop.provider.cache;

import ai.trainloop.provider.ChatResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * One cached reply.
 *
 * @param response the reply as the provider gave it (text, tool calls, finish reason, usage)
 * @param storedAt when it was stored
 * @param latency the original call's latency; null when it was not known
 */
public record CachedReply(ChatResponse response, Instant storedAt, Duration latency) {}
