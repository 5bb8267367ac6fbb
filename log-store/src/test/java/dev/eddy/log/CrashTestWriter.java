package dev.eddy.log;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The child process of {@link CrashRecoveryTest}: appends to topic {@value #TOPIC} with
 * {@code flush.policy=every-batch} from several threads until it is killed, printing one line per
 * acknowledged batch: {@code ACK <firstOffset> <thread> <firstSeq> <count>}. Record {@code seq} of
 * thread {@code t} has key {@code t<t>-<seq>} and a value derived from the key
 * ({@link #valueFor}), so the parent can check every byte.
 *
 * <p>Arguments: data directory, run id (keeps keys unique across runs), seed.
 */
public final class CrashTestWriter {

  static final String TOPIC = "crash";
  static final int THREADS = 3;
  static final TopicConfig CONFIG = TopicConfig.builder()
      .segmentBytes(64 << 10)
      .flushPolicy(FlushPolicy.EVERY_BATCH)
      .build();

  private CrashTestWriter() {}

  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of(args[0]);
    String run = args[1];
    long seed = Long.parseLong(args[2]);
    FileLogStore store = FileLogStore.open(dataDir);
    if (!store.listTopics().contains(TOPIC)) {
      store.createTopic(TOPIC, CONFIG);
    }
    PartitionLog log = store.topic(TOPIC).partition(0);
    System.out.println("READY");
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < THREADS; t++) {
      String prefix = run + "." + t;
      Random random = new Random(seed * 31 + t);
      Thread thread = new Thread(() -> appendForever(log, prefix, random), "appender-" + t);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
  }

  private static void appendForever(PartitionLog log, String prefix, Random random) {
    long seq = 0;
    while (true) {
      int count = 1 + random.nextInt(20);
      List<Record> batch = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        String key = keyFor(prefix, seq + i);
        batch.add(new Record(TestRecords.bytes(key), valueFor(key, random.nextInt(150)), seq + i));
      }
      AppendResult result = log.append(batch);
      System.out.println("ACK " + result.firstOffset() + " " + prefix + " " + seq + " " + count);
      seq += count;
    }
  }

  static String keyFor(String prefix, long seq) {
    return prefix + "-" + seq;
  }

  /** The value stored under {@code key}: {@code size} bytes derived from the key, size in the first 2 bytes. */
  static byte[] valueFor(String key, int size) {
    byte[] v = TestRecords.value(key.hashCode(), size + 2);
    v[0] = (byte) (size >> 8);
    v[1] = (byte) size;
    return v;
  }

  /** True if {@code value} is what {@link #valueFor} gives for {@code key}. */
  static boolean isValid(String key, byte[] value) {
    if (value == null || value.length < 2) {
      return false;
    }
    int size = ((value[0] & 0xFF) << 8) | (value[1] & 0xFF);
    return java.util.Arrays.equals(value, valueFor(key, size));
  }
}
