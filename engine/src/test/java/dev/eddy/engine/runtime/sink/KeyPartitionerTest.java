package dev.eddy.engine.runtime.sink;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyPartitionerTest {

  /** Values from Kafka's own murmur2 (checked against kafka-clients' Utils.murmur2). */
  @Test
  void matchesKafkasMurmur2() {
    assertThat(KeyPartitioner.murmur2("21".getBytes(UTF_8))).isEqualTo(-973932308);
    assertThat(KeyPartitioner.murmur2("foobar".getBytes(UTF_8))).isEqualTo(-790332482);
    assertThat(KeyPartitioner.murmur2("a-little-bit-long-string".getBytes(UTF_8))).isEqualTo(-985981536);
    assertThat(KeyPartitioner.murmur2("abc".getBytes(UTF_8))).isEqualTo(479470107);
    assertThat(KeyPartitioner.partition("foobar".getBytes(UTF_8), 8)).isEqualTo(6);
    assertThat(KeyPartitioner.partition("k1".getBytes(UTF_8), 8)).isEqualTo(1);
  }
}
