package dev.eddy.bench;

import dev.eddy.bench.join.StreamStreamJoinBench;
import dev.eddy.bench.join.StreamTableJoinBench;
import dev.eddy.bench.log.LogBench;
import dev.eddy.bench.nexmark.NexmarkBench;
import dev.eddy.bench.window.WindowAggBench;
import dev.eddy.bench.push.PushFanoutBench;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Entry point of {@code bin/eddy-bench NAME}: each harness is a subcommand, so picocli lists the
 * names in the usage text and rejects an unknown one with exit code 2.
 */
@Command(
    name = "eddy-bench",
    description = "Runs one side-by-side benchmark harness and ends with RESULT lines.",
    subcommands = {LogBench.class, WindowAggBench.class, PushFanoutBench.class, StreamTableJoinBench.class,
        StreamStreamJoinBench.class, NexmarkBench.class})
public final class EddyBench implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  /** No harness named: a usage error, like an unknown name. */
  @Override
  public Integer call() {
    spec.commandLine().usage(System.err);
    return CommandLine.ExitCode.USAGE;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new EddyBench()).setCaseInsensitiveEnumValuesAllowed(true).execute(args));
  }
}
