package dev.eddy.bench.nexmark;

import dev.eddy.log.FileLogStore;
import dev.eddy.log.FlushPolicy;
import dev.eddy.log.PartitionLog;
import dev.eddy.log.Record;
import dev.eddy.log.TopicConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * The events in Eddy's log, written once (untimed) into a template data directory: topics
 * {@code person}, {@code auction} and {@code bid}, JSON values, no keys, the event time as the
 * record timestamp, event {@code i} of a kind in partition {@code i mod partitions}, kept forever
 * (the event times lie in the past, and the default 7-day retention would delete whole segments
 * under a running query). Every run
 * gets a data directory of its own that shares the input topics' segment files through hard links
 * (a reader never changes them) and copies the rest, so a run starts in a moment and leaves the
 * template as it was.
 */
final class EddyInput implements EddyProgress.InputEnds {

  private static final int BATCH = 1000;
  private static final Set<String> INPUT_TOPICS =
      Set.of(NexmarkGenerator.PERSON, NexmarkGenerator.AUCTION, NexmarkGenerator.BID);

  private final Path template;
  private final int partitions;
  private final long[][] partitionEnds = new long[3][];

  EddyInput(Path template, NexmarkEvents events, int partitions) {
    this.template = template;
    this.partitions = partitions;
    EventJson json = new EventJson();
    try (FileLogStore log = FileLogStore.open(template)) {
      write(log, NexmarkGenerator.PERSON, events.persons().size(), i -> json.person(events.persons().get(i)),
          i -> events.persons().get(i).dateTime());
      write(log, NexmarkGenerator.AUCTION, events.auctions().size(), i -> json.auction(events.auctions().get(i)),
          i -> events.auctions().get(i).dateTime());
      write(log, NexmarkGenerator.BID, events.bids().size(), i -> json.bid(events.bids(), i),
          i -> events.bids().dateTime(i));
    }
  }

  private interface Times {
    long of(int i);
  }

  private void write(FileLogStore log, String topic, int count, IntFunction<byte[]> values, Times times) {
    log.createTopic(topic, TopicConfig.builder().partitions(partitions).flushPolicy(FlushPolicy.OS)
        .retentionMs(-1).build());
    List<List<Record>> batches = new ArrayList<>();
    for (int p = 0; p < partitions; p++) {
      batches.add(new ArrayList<>(BATCH));
    }
    for (int i = 0; i < count; i++) {
      int p = i % partitions;
      batches.get(p).add(new Record(null, values.apply(i), times.of(i)));
      if (batches.get(p).size() == BATCH) {
        log.topic(topic).partition(p).append(batches.get(p));
        batches.set(p, new ArrayList<>(BATCH));
      }
    }
    long[] ends = new long[partitions];
    for (int p = 0; p < partitions; p++) {
      PartitionLog partition = log.topic(topic).partition(p);
      if (!batches.get(p).isEmpty()) {
        partition.append(batches.get(p));
      }
      ends[p] = partition.endOffset();
    }
    partitionEnds[kindIndex(topic)] = ends;
  }

  private static int kindIndex(String topic) {
    return switch (topic) {
      case NexmarkGenerator.PERSON -> 0;
      case NexmarkGenerator.AUCTION -> 1;
      case NexmarkGenerator.BID -> 2;
      default -> throw new IllegalArgumentException("no input topic " + topic);
    };
  }

  int partitions() {
    return partitions;
  }

  @Override
  public long end(String topic, int partition) {
    return partitionEnds[kindIndex(topic)][partition];
  }

  /**
   * A segment of an input topic ({@code topics/<topic>/<partition>/<offset>.log}): only these are
   * shared. The store's own topics (consumer-group offsets) are appended to, so each run copies them.
   */
  private static boolean isInputSegment(Path relative) {
    return relative.getNameCount() == 4 && relative.getName(0).toString().equals("topics")
        && INPUT_TOPICS.contains(relative.getName(1).toString()) && relative.getFileName().toString().endsWith(".log");
  }

  /** A run's own data directory holding the input. */
  void linkInto(Path runDir) {
    try (Stream<Path> paths = Files.walk(template)) {
      for (Path source : (Iterable<Path>) paths::iterator) {
        Path relative = template.relativize(source);
        Path target = runDir.resolve(relative.toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else if (isInputSegment(relative)) {
          Files.createLink(target, source);
        } else {
          Files.copy(source, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot set up a run directory from " + template, e);
    }
  }
}
