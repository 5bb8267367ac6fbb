package dev.eddy.bench.join;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code eddy-bench join-stream-table}: orders enriched from a customers table, Eddy vs Kafka Streams. */
@Command(
    name = "join-stream-table",
    description = "Stream-table enrichment join (orders JOIN customers, Nexmark q3 shape): Eddy vs Kafka Streams.")
public final class StreamTableJoinBench implements Callable<Integer> {

  @Option(names = "--orders", description = "Orders (stream rows) per measured run (default: ${DEFAULT-VALUE}).")
  int orders = 1_000_000;

  @Option(names = "--customers", description = "Customers (table rows loaded first) (default: ${DEFAULT-VALUE}).")
  int customers = 100_000;

  @Option(names = "--update-share", description = "Customer updates during the orders, as a share of the customers "
      + "(default: ${DEFAULT-VALUE}).")
  double updateShare = 0.1;

  @Option(names = "--shape", description = "${COMPLETION-CANDIDATES}: orders keyed by customer id, or by order id and "
      + "repartitioned by both engines (default: ${DEFAULT-VALUE}).")
  StreamTableWorkload.Shape shape = StreamTableWorkload.Shape.CO_PARTITIONED;

  @Option(names = "--minutes", description = "Minutes of event time the orders span (default: ${DEFAULT-VALUE}).")
  int minutes = 10;

  @Mixin JoinOptions options;

  @Override
  public Integer call() throws Exception {
    long started = System.nanoTime();
    StreamTableWorkload workload = new StreamTableWorkload(shape, orders, customers, updateShare, minutes, options.seed);
    System.err.printf(Locale.ROOT, "generated %,d records in %.1f s%n", workload.input().size(),
        (System.nanoTime() - started) / 1e9);
    return options.run(workload);
  }
}
