package dev.eddy.bench.nexmark;

import dev.eddy.bench.ScratchDir;
import dev.eddy.engine.Engine;
import dev.eddy.engine.EngineConfig;
import dev.eddy.engine.Session;
import dev.eddy.engine.StatementException;
import dev.eddy.engine.StatementResult;
import dev.eddy.log.FileLogStore;
import dev.eddy.log.FlushPolicy;
import dev.eddy.log.TopicConfig;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Eddy's side: each run opens an engine on a data directory of its own that already holds the
 * input ({@link EddyInput}), declares the three streams, and starts the query as a persistent
 * query. The clock runs from the CREATE (the query reads its first event right after) until the
 * query's counters stop moving for good, which {@link EddyProgress} confirms once every task has
 * committed its last offset: a task commits only after its output is durable in the sink topic.
 */
final class EddyRunner {

  static final String SOURCES = """
      CREATE STREAM person (id BIGINT, name STRING, emailAddress STRING, creditCard STRING, city STRING, state STRING,
        dateTime TIMESTAMP, extra STRING) WITH (KAFKA_TOPIC='person', VALUE_FORMAT='JSON', TIMESTAMP='dateTime');
      CREATE STREAM auction (id BIGINT, itemName STRING, description STRING, initialBid BIGINT, reserve BIGINT,
        dateTime TIMESTAMP, expires TIMESTAMP, seller BIGINT, category BIGINT, extra STRING)
        WITH (KAFKA_TOPIC='auction', VALUE_FORMAT='JSON', TIMESTAMP='dateTime');
      CREATE STREAM bid (auction BIGINT, bidder BIGINT, price BIGINT, channel STRING, url STRING, dateTime TIMESTAMP,
        extra STRING) WITH (KAFKA_TOPIC='bid', VALUE_FORMAT='JSON', TIMESTAMP='dateTime');
      SET 'auto.offset.reset'='earliest';
      """;
  /** Often enough that the clock stops within a few ms of the end, rarely enough to cost little. */
  private static final long POLL_MS = 10;
  /** A query whose counters stand still this long, before it has read everything, has stalled. */
  private static final Duration STALL = Duration.ofSeconds(120);

  private static final AtomicInteger RUNS = new AtomicInteger();

  private final ScratchDir scratch;
  private final FlushPolicy outputFlush;
  private final Duration timeout;

  /**
   * @param outputFlush the flush policy of the sink topic, made before the query (which uses it as it is)
   * @param timeout how long a measured run may take before it is stopped and reported as timed out
   */
  EddyRunner(ScratchDir scratch, FlushPolicy outputFlush, Duration timeout) {
    this.scratch = scratch;
    this.outputFlush = outputFlush;
    this.timeout = timeout;
  }

  static String sinkName(NexmarkQuery query) {
    return "NEXMARK_" + query.name().toUpperCase(Locale.ROOT);
  }

  RunOutcome run(NexmarkQuery query, EddyInput input, boolean readOutput) throws Exception {
    Path dir = scratch.newDirectory("eddy-" + query.name() + "-" + RUNS.incrementAndGet());
    try {
      input.linkInto(dir);
      String sink = sinkName(query);
      try (FileLogStore log = FileLogStore.open(dir)) {
        // Kept forever, as the input: the results carry the events' past times.
        log.createTopic(sink, TopicConfig.builder().partitions(input.partitions()).flushPolicy(outputFlush)
            .retentionMs(-1).build());
      }
      long wall;
      try (Engine engine = Engine.open(EngineConfig.of(dir))) {
        Session session = engine.newSession();
        session.execute(SOURCES);
        long start = System.nanoTime();
        String queryId = create(session, query, sink);
        long end = awaitFinished(session, queryId, input, start + (readOutput ? STALL : timeout).toNanos());
        if (end < 0) {
          return new RunOutcome(timeout.toNanos(), null, true);
        }
        wall = end - start;
      }
      return new RunOutcome(wall, readOutput ? EddyOutput.read(dir, sink, query) : null);
    } finally {
      ScratchDir.delete(dir);
    }
  }

  private static String create(Session session, NexmarkQuery query, String sink) throws EddyCannotRun {
    try {
      StatementResult result = session.execute(query.eddyStatement(sink)).get(0);
      return ((StatementResult.Message) result).queryId();
    } catch (StatementException e) {
      throw new EddyCannotRun(firstLine(e.getMessage()), e);
    }
  }

  /** Eddy's planner errors run to a page; the first line (or the "Missing conversion" line) says it. */
  private static String firstLine(String message) {
    for (String line : message.split("\n")) {
      if (line.startsWith("Missing conversion is ")) {
        return message.split("\n")[0] + " " + line;
      }
    }
    return message.split("\n")[0];
  }

  /**
   * @param deadline {@link System#nanoTime()} by which the query must be done
   * @return {@link System#nanoTime()} when the query's counters last moved, or -1 at the deadline
   */
  private static long awaitFinished(Session session, String queryId, EddyInput input, long deadline)
      throws InterruptedException {
    String counters = "";
    long lastChange = System.nanoTime();
    while (true) {
      EddyProgress progress = EddyProgress.read(session, queryId);
      long now = System.nanoTime();
      if (!"RUNNING".equals(progress.state())) {
        throw new IllegalStateException("Eddy's query is " + progress.state() + ":\n" + progress.text());
      }
      if (!progress.counters().equals(counters)) {
        counters = progress.counters();
        lastChange = now;
      } else if (progress.finished(input)) {
        return lastChange;
      } else if (now > deadline) {
        return -1;
      } else if (now - lastChange > STALL.toNanos()) {
        throw new IllegalStateException("Eddy's query made no progress for " + STALL.toSeconds() + " s:\n"
            + progress.text());
      }
      TimeUnit.MILLISECONDS.sleep(POLL_MS);
    }
  }
}
