package ai.trainloop.provider.batch;

/** One request of a batch as the vendor's client writes it (a JSONL line, a request object). */
public record BatchLine(String customId, byte[] json) {
  public BatchLine {
    CustomIds.check(customId);
    json = json.clone();
  }

  @Override
  public byte[] json() {
    return json.clone();
  }

  public int size() {
    return json.length;
  }
}
