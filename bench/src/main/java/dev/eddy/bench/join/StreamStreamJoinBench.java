package dev.eddy.bench.join;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code eddy-bench join-stream-stream}: two streams joined within 10 seconds, Eddy vs Kafka Streams. */
@Command(
    name = "join-stream-stream",
    description = "Windowed stream-stream join (a JOIN b WITHIN 10 SECONDS, Nexmark q8 shape): Eddy vs Kafka Streams.")
public final class StreamStreamJoinBench implements Callable<Integer> {

  @Option(names = "--events", description = "Events of both streams together per measured run "
      + "(default: ${DEFAULT-VALUE}).")
  int events = 200_000;

  @Option(names = "--keys", description = "Distinct join keys (default: ${DEFAULT-VALUE}).")
  int keys = 2_000;

  @Option(names = "--minutes", description = "Minutes of event time the events span (default: ${DEFAULT-VALUE}).")
  int minutes = 10;

  @Option(names = "--peer-store", description = "${COMPLETION-CANDIDATES}: Kafka Streams' window stores for the "
      + "join (default: ${DEFAULT-VALUE}, as Eddy's; RocksDB fsyncs a checkpoint per record under "
      + "TopologyTestDriver).")
  StreamStreamWorkload.PeerStore peerStore = StreamStreamWorkload.PeerStore.IN_MEMORY;

  @Mixin JoinOptions options;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    StreamStreamWorkload workload = new StreamStreamWorkload(events, keys, minutes, peerStore, options.seed);
    System.err.printf(Locale.ROOT, "generated %,d records in %.1f s%n", workload.input().size(),
        (System.nanoTime() - started) / 1e9);
    return options.run(workload);
  }
}
