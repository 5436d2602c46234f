package ai.trainloop.config;

import java.util.Map;

/**
 * A built-in metric declared under {@code trainloop.eval.metrics}, e.g. {@code has_greeting_word:
 * {type: contains, any: [hello, hi], ignore_case: true}}.
 *
 * @param name the metric's name (the YAML key)
 * @param type the built-in type (contains, not_contains, regex, max_words, ...)
 * @param params every other key of the entry, as plain Java values (String, Number, Boolean, List,
 *     Map)
 * @param location where the entry is in the config file
 */
public record MetricSpec(
    String name, String type, Map<String, Object> params, SourceLocation location) {}
