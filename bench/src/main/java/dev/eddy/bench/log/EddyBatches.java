package dev.eddy.bench.log;

import dev.eddy.bench.Workload;
import dev.eddy.log.Record;
import java.util.ArrayList;
import java.util.List;

/** Cuts one writer's slice of the workload into append batches, before any clock starts. */
final class EddyBatches {

  private EddyBatches() {}

  static List<List<Record>> of(Workload workload, Workload.Slice slice) {
    List<List<Record>> batches = new ArrayList<>();
    for (int from = slice.from(); from < slice.to(); from += workload.batchRecords()) {
      int to = Math.min(slice.to(), from + workload.batchRecords());
      List<Record> batch = new ArrayList<>(to - from);
      for (int i = from; i < to; i++) {
        batch.add(new Record(workload.key(i), workload.value(i), workload.timestamp()));
      }
      batches.add(batch);
    }
    return batches;
  }
}
