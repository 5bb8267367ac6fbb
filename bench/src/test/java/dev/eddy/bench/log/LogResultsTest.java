package dev.eddy.bench.log;

import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.bench.CpuMeter;
import dev.eddy.bench.Report;
import dev.eddy.bench.Throughput;
import dev.eddy.bench.Trials.Measured;
import dev.eddy.log.FlushPolicy;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogResultsTest {

  private static final Shape SINGLE = new Shape(1, 1);
  private static final Shape GROUP_COMMIT = new Shape(8, 1);

  @Test
  void groupCommitFiguresAreComparedWithTheDiskDoingTheSameFsyncs() {
    LogFigures figures = new LogFigures();
    figures.eddyAppend(FlushPolicy.OS, GROUP_COMMIT, figure("eddy.append flush=os", 1_000_000));
    figures.eddyAppend(FlushPolicy.EVERY_BATCH, GROUP_COMMIT, figure("eddy.append flush=every-batch", 300_000));
    figures.everyBatchPipelined = figure("eddy.append flush=every-batch in-flight=4", 375_000);
    figures.diskSyncPerWriters = figure("disk.write fdatasync-every-8-chunks", 250_000);
    figures.diskSyncPerPipelined = figure("disk.write fdatasync-every-32-chunks", 400_000);

    List<String> lines = report(figures);

    assertThat(lines).contains(
        "log-group-commit with nothing but the disk's fdatasyncs (disk.write fdatasync-every-8-chunks) would be"
            + " 0.25 of Eddy flush=os writers=8 partitions=1",
        "log-group-commit-pipelined with nothing but the disk's fdatasyncs (disk.write fdatasync-every-32-chunks)"
            + " would be 0.40 of Eddy flush=os writers=8 partitions=1",
        "target log-group-commit-vs-disk-fsync         ratio 1.20, no target",
        "RESULT log-group-commit eddy=300000 peer=1000000 ratio=0.30",
        "RESULT log-group-commit-vs-disk-fsync eddy=32.4 peer=27.0 ratio=1.20",
        "RESULT log-group-commit-pipelined eddy=375000 peer=1000000 ratio=0.38",
        "RESULT log-group-commit-pipelined-vs-disk-fsync eddy=40.5 peer=43.2 ratio=0.94");
  }

  @Test
  void noDiskFiguresNoDiskComparison() {
    LogFigures figures = new LogFigures();
    figures.eddyAppend(FlushPolicy.OS, GROUP_COMMIT, figure("eddy.append flush=os", 1_000_000));
    figures.eddyAppend(FlushPolicy.EVERY_BATCH, GROUP_COMMIT, figure("eddy.append flush=every-batch", 300_000));

    assertThat(report(figures))
        .contains("RESULT log-group-commit eddy=300000 peer=1000000 ratio=0.30")
        .noneMatch(line -> line.contains("-vs-disk-fsync") || line.contains("nothing but the disk"));
  }

  /** A figure of one run: 1,000 records of 108 payload bytes at {@code recordsPerSecond}. */
  private static Measured figure(String name, long recordsPerSecond) {
    long wallNanos = 1000 * 1_000_000_000L / recordsPerSecond;
    return new Measured(name, List.of(new Throughput(1000, 108_000, new CpuMeter.Timing(wallNanos, 0))));
  }

  private static List<String> report(LogFigures figures) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Report report = new Report(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    new LogResults(report, figures).report(SINGLE, GROUP_COMMIT);
    report.finish();
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }
}
