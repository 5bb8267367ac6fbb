package dev.eddy.log;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Keys and values of the {@code __consumer_offsets} topic. The key identifies one committed
 * position, so compaction keeps exactly the latest commit per (group, topic, partition).
 *
 * <pre>
 *   key:   version int8 (1) | groupLength int16 | group UTF-8 | topicLength int16 | topic UTF-8 | partition int32
 *   value: version int8 (1) | offset int64
 * </pre>
 */
final class GroupOffsetCodec {

  private static final byte VERSION = 1;

  private GroupOffsetCodec() {}

  /** A decoded key. */
  record Key(String group, TopicPartition partition) {}

  static byte[] encodeKey(String group, TopicPartition tp) {
    byte[] g = group.getBytes(StandardCharsets.UTF_8);
    byte[] t = tp.topic().getBytes(StandardCharsets.UTF_8);
    if (g.length > Short.MAX_VALUE) {
      throw new IllegalArgumentException("group name is " + g.length + " bytes; the limit is " + Short.MAX_VALUE);
    }
    return ByteBuffer.allocate(1 + 2 + g.length + 2 + t.length + 4)
        .put(VERSION).putShort((short) g.length).put(g).putShort((short) t.length).put(t).putInt(tp.partition())
        .array();
  }

  static byte[] encodeValue(long offset) {
    return ByteBuffer.allocate(9).put(VERSION).putLong(offset).array();
  }

  static Key decodeKey(byte[] key) {
    try {
      ByteBuffer buf = ByteBuffer.wrap(key);
      checkVersion(buf.get());
      String group = readString(buf);
      String topic = readString(buf);
      return new Key(group, new TopicPartition(topic, buf.getInt()));
    } catch (RuntimeException e) {
      throw new CorruptRecordException("undecodable group offset key " + Bytes.describe(key) + ": " + e, e);
    }
  }

  static long decodeValue(byte[] value) {
    if (value.length != 9 || value[0] != VERSION) {
      throw new CorruptRecordException("undecodable group offset value " + Bytes.describe(value));
    }
    return ByteBuffer.wrap(value).getLong(1);
  }

  private static void checkVersion(byte version) {
    if (version != VERSION) {
      throw new IllegalArgumentException("unknown version " + version);
    }
  }

  private static String readString(ByteBuffer buf) {
    byte[] bytes = new byte[buf.getShort()];
    buf.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
