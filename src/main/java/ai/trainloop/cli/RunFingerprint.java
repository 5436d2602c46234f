package ai.trainloop.cli;

import ai.trainloop.config.JudgeConfig;
import ai.trainloop.config.MetricSpec;
import ai.trainloop.config.ProviderEntry;
import ai.trainloop.config.SamplesPerTag;
import ai.trainloop.config.SuiteSpec;
import ai.trainloop.config.TrainloopConfig;
import ai.trainloop.events.RecordedCall;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What a run would send, as run.json's {@code fingerprint}: each provider entry (id, provider,
 * model, base_url, api_version and the parameters it sets), the metrics and suites, the judge
 * models, the sample selection (count, a SHA-256 of the ids in order, max_samples, samples_per_tag,
 * seed, tags), the temperature override, replay_params and the repeats (above 1). Keys, key
 * variables and pacing (rpm, concurrency) are left out: they do not change what is sent.
 */
final class RunFingerprint {
  static final ObjectMapper JSON = new ObjectMapper();

  private RunFingerprint() {}

  static ObjectNode of(Setup setup, List<String> tags, Double temperatureOverride) {
    TrainloopConfig config = setup.config();
    ObjectNode root = JSON.createObjectNode();
    ArrayNode providers = root.putArray("providers");
    for (ProviderEntry e : setup.entries()) {
      providers.add(entry(e));
    }
    ObjectNode metrics = root.putObject("metrics");
    for (MetricSpec m : config.metrics()) {
      ObjectNode spec = metrics.putObject(m.name());
      spec.put("type", m.type());
      spec.set("params", JSON.valueToTree(m.params()));
    }
    ObjectNode suites = root.putObject("suites");
    for (SuiteSpec s : config.suites()) {
      ArrayNode names = suites.putArray(s.tag());
      s.metrics().forEach(names::add);
    }
    JudgeConfig judge = config.judge();
    ObjectNode judges = root.putObject("judge");
    ArrayNode judgeModels = judges.putArray("models");
    judge.models().forEach(m -> judgeModels.add(entry(m)));
    judges.put("calls_per_model_per_claim", judge.callsPerModelPerClaim());
    judges.put("temperature", judge.temperature());
    judges.put("template_sha256", sha256(judge.template() == null ? "" : judge.template()));
    ObjectNode samples = root.putObject("samples");
    samples.put("count", setup.samples().total());
    samples.put("ids_sha256", idsHash(setup.samples()));
    if (setup.maxSamples() == null) {
      samples.putNull("max_samples");
    } else {
      samples.put("max_samples", setup.maxSamples());
    }
    samples.put("seed", setup.seed());
    SamplesPerTag quotas = setup.samplesPerTag();
    if (quotas != null) { // absent without quotas, so the runs from before them still match
      if (quotas.every() != null) {
        samples.put("samples_per_tag", quotas.every());
      } else {
        ObjectNode byTag = samples.putObject("samples_per_tag");
        quotas.byTag().forEach(byTag::put);
      }
    }
    ArrayNode tagList = samples.putArray("tags");
    tags.stream().distinct().sorted().forEach(tagList::add);
    if (temperatureOverride == null) {
      root.putNull("temperature_override");
    } else {
      root.put("temperature_override", temperatureOverride);
    }
    root.put("replay_params", config.benchmark().replayParams().key());
    root.put("stream", config.benchmark().stream()); // --stream is a recorded flag
    if (setup.repeats() > 1) { // absent at 1, so the runs from before repeats still match
      root.put("repeats", setup.repeats());
    }
    return root;
  }

  private static ObjectNode entry(ProviderEntry e) {
    ObjectNode p = JSON.createObjectNode();
    p.put("id", e.id());
    p.put("provider", e.provider());
    p.put("model", e.model());
    p.put("base_url", e.baseUrl());
    p.put("api_version", e.apiVersion());
    if (e.stream() != null) {
      p.put("stream", e.stream());
    }
    ObjectNode params = p.putObject("params");
    if (e.temperature() != null) {
      params.put("temperature", e.temperature());
    }
    if (e.maxTokens() != null) {
      params.put("max_tokens", e.maxTokens());
    }
    return p;
  }

  private static String idsHash(Iterable<RecordedCall> samples) {
    StringBuilder ids = new StringBuilder();
    for (RecordedCall s : samples) {
      ids.append(s.id()).append('\n');
    }
    return sha256(ids.toString());
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is in every JDK", e);
    }
  }
}
