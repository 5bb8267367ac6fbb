package dev.eddy.bench.join;

import dev.eddy.log.FlushPolicy;
import picocli.CommandLine.Option;

/** The options every join harness shares: how many rounds, Eddy's output flush policy, the seed. */
final class JoinOptions {

  @Option(names = "--trials", description = "Measured runs per engine; the median is reported (default: ${DEFAULT-VALUE}).")
  int trials = 3;

  @Option(names = "--output-flush", description = "flush.policy of Eddy's output topic: ${COMPLETION-CANDIDATES} "
      + "(default: ${DEFAULT-VALUE}, the page cache, as a Kafka broker acknowledges by default).")
  FlushPolicy outputFlush = FlushPolicy.OS;

  @Option(names = "--seed", description = "Seed of the generated input (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  /** Runs {@code workload} in both engines with these options. */
  int run(JoinWorkload workload) throws Exception {
    return new JoinBench(workload, trials, outputFlush).run();
  }
}
