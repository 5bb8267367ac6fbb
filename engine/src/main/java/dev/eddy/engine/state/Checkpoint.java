package dev.eddy.engine.state;

import dev.eddy.log.TopicPartition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a task commits with its state: the source offsets its state covers (the next offset to
 * read per partition) and its operators' own snapshots. Written as the last record of every
 * changelog commit, so state and offsets are restored together.
 *
 * @param offsets next offset to read per source partition
 * @param snapshots each operator's {@code snapshot()}, in chain order (null entries allowed)
 */
public record Checkpoint(Map<TopicPartition, Long> offsets, List<byte[]> snapshots) {

  public Checkpoint {
    offsets = Map.copyOf(offsets);
    snapshots = snapshots == null ? List.of() : new ArrayList<>(snapshots);
  }

  byte[] encode() {
    Map<String, Long> byPartition = new LinkedHashMap<>();
    offsets.forEach((partition, offset) -> byPartition.put(partition.topic() + "\0" + partition.partition(), offset));
    return ValueCodec.encode(new Object[] {byPartition, new ArrayList<Object>(snapshots)});
  }

  @SuppressWarnings("unchecked")
  static Checkpoint decode(byte[] bytes) {
    Object[] parts = (Object[]) ValueCodec.decode(bytes);
    Map<TopicPartition, Long> offsets = new LinkedHashMap<>();
    ((Map<String, Long>) parts[0]).forEach((name, offset) -> {
      int split = name.lastIndexOf('\0');
      offsets.put(new TopicPartition(name.substring(0, split), Integer.parseInt(name.substring(split + 1))), offset);
    });
    List<byte[]> snapshots = new ArrayList<>();
    for (Object snapshot : (List<Object>) parts[1]) {
      snapshots.add((byte[]) snapshot);
    }
    return new Checkpoint(offsets, snapshots);
  }
}
