package dev.eddy.bench.log;

import dev.eddy.bench.Trials.Measured;
import dev.eddy.log.FlushPolicy;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The figures one run of the log harness measured; a part that was not run stays empty. */
final class LogFigures {

  Measured disk;
  Measured diskSyncEveryChunk;
  /** The disk with one fdatasync per {@code writers} chunks: the group-commit yardstick. */
  Measured diskSyncPerWriters;
  /** The same with one fdatasync per {@code writers x pipeline depth} chunks. */
  Measured diskSyncPerPipelined;
  final Map<FlushPolicy, Map<Shape, Measured>> eddyAppend = new EnumMap<>(FlushPolicy.class);
  Measured everyBatchPipelined;
  Measured eddyRead;
  final Map<Shape, Measured> kafkaProduce = new LinkedHashMap<>();
  Measured kafkaRead;

  void eddyAppend(FlushPolicy policy, Shape shape, Measured figure) {
    eddyAppend.computeIfAbsent(policy, p -> new LinkedHashMap<>()).put(shape, figure);
  }

  Optional<Measured> eddyAppend(FlushPolicy policy, Shape shape) {
    return Optional.ofNullable(eddyAppend.getOrDefault(policy, Map.of()).get(shape));
  }

  Optional<Measured> bestEddyAppend(FlushPolicy policy) {
    return best(eddyAppend.getOrDefault(policy, Map.of()).values());
  }

  Optional<Measured> bestKafkaProduce() {
    return best(kafkaProduce.values());
  }

  private static Optional<Measured> best(Collection<Measured> figures) {
    return figures.stream().max(Comparator.comparingDouble(m -> m.median().recordsPerSecond()));
  }
}
