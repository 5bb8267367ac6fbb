package dev.eddy.bench.log;

import dev.eddy.bench.Report;
import dev.eddy.bench.Trials.Measured;
import dev.eddy.log.FlushPolicy;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns the log harness's figures into RESULT lines, each preceded by a line saying which
 * figures it compares. A comparison whose figures were not measured is left out.
 */
final class LogResults {

  private final Report report;
  private final LogFigures figures;

  LogResults(Report report, LogFigures figures) {
    this.report = report;
    this.figures = figures;
  }

  void report(Shape single, Shape groupCommit) {
    report.note("");
    appendVsDisk(single);
    everyBatchVsDiskSync(single);
    for (FlushPolicy policy : List.of(FlushPolicy.EVERY_BATCH, FlushPolicy.INTERVAL, FlushPolicy.OS)) {
      appendVsKafka(policy);
    }
    groupCommit(groupCommit);
    groupCommitVsDisk(groupCommit);
    pipelinedGroupCommit(groupCommit);
    pipelinedGroupCommitVsDisk(groupCommit);
    readVsKafka();
  }

  /** The disk run has one writer, so the comparable Eddy figure is the single appender's. */
  private void appendVsDisk(Shape single) {
    Optional<Measured> eddy = figures.eddyAppend(FlushPolicy.OS, single);
    if (eddy.isEmpty() || figures.disk == null) {
      return;
    }
    report.note("log-append-os-vs-disk: MB/s of Eddy flush=os " + single
        + " (no fsync) vs the disk's sequential write of the same bytes (one fdatasync at the end, timed)");
    report.result("log-append-os-vs-disk", eddy.get().median().megabytesPerSecond(),
        figures.disk.median().megabytesPerSecond(), 1, 0.80);
  }

  /** How close a lone every-batch appender gets to the disk's own write-then-fdatasync loop. */
  private void everyBatchVsDiskSync(Shape single) {
    Optional<Measured> eddy = figures.eddyAppend(FlushPolicy.EVERY_BATCH, single);
    if (eddy.isEmpty() || figures.diskSyncEveryChunk == null) {
      return;
    }
    report.note("log-append-every-batch-vs-disk-fsync: MB/s of Eddy flush=every-batch " + single
        + " vs the disk writing the same chunks with an fdatasync after each (no target given; informative)");
    report.result("log-append-every-batch-vs-disk-fsync", eddy.get().median().megabytesPerSecond(),
        figures.diskSyncEveryChunk.median().megabytesPerSecond(), 1, Double.NaN);
  }

  /** Each side at its best of the same shapes: the question is what each system can do. */
  private void appendVsKafka(FlushPolicy policy) {
    Optional<Measured> eddy = figures.bestEddyAppend(policy);
    Optional<Measured> kafka = figures.bestKafkaProduce();
    if (eddy.isEmpty() || kafka.isEmpty()) {
      return;
    }
    String name = "log-append-" + policy.configValue() + "-vs-kafka";
    report.note(name + ": records/s, each side's best shape: " + eddy.get().name() + " vs " + kafka.get().name());
    report.result(name, eddy.get().median().recordsPerSecond(), kafka.get().median().recordsPerSecond(), 0, 2.0);
  }

  private void groupCommit(Shape shape) {
    Optional<Measured> everyBatch = figures.eddyAppend(FlushPolicy.EVERY_BATCH, shape);
    Optional<Measured> os = figures.eddyAppend(FlushPolicy.OS, shape);
    if (everyBatch.isEmpty() || os.isEmpty()) {
      return;
    }
    report.note("log-group-commit: records/s of Eddy flush=every-batch vs flush=os, both " + shape
        + "; each appender waits for its ack, so at most " + shape.writers()
        + " batches can share one fdatasync and the ratio follows the disk's fdatasync latency");
    report.result("log-group-commit", everyBatch.get().median().recordsPerSecond(),
        os.get().median().recordsPerSecond(), 0, 0.5);
  }

  /** The same 8 appenders, each keeping a few batches in flight so an fsync covers more. */
  private void pipelinedGroupCommit(Shape shape) {
    Optional<Measured> os = figures.eddyAppend(FlushPolicy.OS, shape);
    if (figures.everyBatchPipelined == null || os.isEmpty()) {
      return;
    }
    report.note("log-group-commit-pipelined: records/s of Eddy flush=every-batch " + shape
        + " with appendAsync and up to " + LogBench.PIPELINE_DEPTH
        + " batches in flight per appender vs flush=os " + shape + " (synchronous)");
    report.result("log-group-commit-pipelined", figures.everyBatchPipelined.median().recordsPerSecond(),
        os.get().median().recordsPerSecond(), 0, 0.5);
  }

  /**
   * The group-commit figure against the disk doing the same fdatasyncs with no log around them:
   * whether a miss of log-group-commit is the log's or the disk's.
   */
  private void groupCommitVsDisk(Shape shape) {
    Optional<Measured> everyBatch = figures.eddyAppend(FlushPolicy.EVERY_BATCH, shape);
    if (everyBatch.isEmpty() || figures.diskSyncPerWriters == null) {
      return;
    }
    report.note("log-group-commit-vs-disk-fsync: MB/s of Eddy flush=every-batch " + shape
        + " vs the disk writing the same chunks with an fdatasync after every " + shape.writers()
        + " (no target; informative)");
    report.result("log-group-commit-vs-disk-fsync", everyBatch.get().median().megabytesPerSecond(),
        figures.diskSyncPerWriters.median().megabytesPerSecond(), 1, Double.NaN);
    diskCeiling("log-group-commit", figures.diskSyncPerWriters, shape);
  }

  private void pipelinedGroupCommitVsDisk(Shape shape) {
    if (figures.everyBatchPipelined == null || figures.diskSyncPerPipelined == null) {
      return;
    }
    int perSync = shape.writers() * LogBench.PIPELINE_DEPTH;
    report.note("log-group-commit-pipelined-vs-disk-fsync: MB/s of Eddy flush=every-batch " + shape
        + " with " + LogBench.PIPELINE_DEPTH + " batches in flight per appender vs the disk writing the same chunks"
        + " with an fdatasync after every " + perSync + " (no target; informative)");
    report.result("log-group-commit-pipelined-vs-disk-fsync", figures.everyBatchPipelined.median().megabytesPerSecond(),
        figures.diskSyncPerPipelined.median().megabytesPerSecond(), 1, Double.NaN);
    diskCeiling("log-group-commit-pipelined", figures.diskSyncPerPipelined, shape);
  }

  /**
   * The group-commit ratio a log that cost nothing beyond the disk's own writes and fdatasyncs
   * would get: the plain FileChannel's MB/s over Eddy flush=os's.
   */
  private void diskCeiling(String result, Measured disk, Shape shape) {
    figures.eddyAppend(FlushPolicy.OS, shape).ifPresent(os -> report.note(String.format(Locale.ROOT,
        "%s with nothing but the disk's fdatasyncs (%s) would be %.2f of Eddy flush=os %s",
        result, disk.name(), disk.median().megabytesPerSecond() / os.median().megabytesPerSecond(), shape)));
  }

  private void readVsKafka() {
    if (figures.eddyRead == null || figures.kafkaRead == null) {
      return;
    }
    report.note("log-read-page-cache: records/s of Eddy's in-process read vs Kafka's consumer, same records");
    report.result("log-read-page-cache", figures.eddyRead.median().recordsPerSecond(),
        figures.kafkaRead.median().recordsPerSecond(), 0, 1.0);
  }
}
