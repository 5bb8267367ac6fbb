package dev.eddy.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TopicConfigTest {

  @Test
  void defaults() {
    TopicConfig c = TopicConfig.DEFAULT;
    assertThat(c.partitions()).isEqualTo(1);
    assertThat(c.cleanupPolicy()).isEqualTo(CleanupPolicy.DELETE);
    assertThat(c.retentionMs()).isEqualTo(604_800_000L);
    assertThat(c.retentionBytes()).isEqualTo(-1);
    assertThat(c.segmentBytes()).isEqualTo(1 << 30);
    assertThat(c.segmentMs()).isEmpty();
    assertThat(c.deleteRetentionMs()).isEqualTo(86_400_000L);
    assertThat(c.flushPolicy()).isEqualTo(FlushPolicy.EVERY_BATCH);
    assertThat(c.flushIntervalMs()).isEqualTo(1000);
  }

  @Test
  void propertiesRoundTrip() {
    TopicConfig c = TopicConfig.builder().partitions(6).cleanupPolicy(CleanupPolicy.COMPACT).retentionMs(-1)
        .retentionBytes(1 << 20).segmentBytes(4096).segmentMs(1000).deleteRetentionMs(0)
        .flushPolicy(FlushPolicy.OS).flushIntervalMs(50).build();
    Map<String, String> props = c.toProperties();
    assertThat(props).containsEntry("cleanup.policy", "compact").containsEntry("flush.policy", "os")
        .containsEntry("segment.ms", "1000").containsEntry("retention.ms", "-1");
    assertThat(TopicConfig.fromProperties(props)).isEqualTo(c);
    assertThat(TopicConfig.fromProperties(Map.of())).isEqualTo(TopicConfig.DEFAULT);
    assertThat(TopicConfig.fromProperties(Map.of("segment.ms", "5")).segmentMs()).isEqualTo(OptionalLong.of(5));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "cleanup.policy | deleet | invalid value 'deleet' for 'cleanup.policy'; accepted values: delete, compact",
      "flush.policy | always | invalid value 'always' for 'flush.policy'; accepted values: every-batch, interval, os",
      "partitions | 0 | invalid value '0' for 'partitions'; accepted values: an integer from 1 to 10000",
      "partitions | two | invalid value 'two' for 'partitions'; accepted values: an integer from 1 to 10000",
      "retention.ms | -2 | invalid value '-2' for 'retention.ms'; accepted values: -1 or an integer from 0 to 9223372036854775807",
      "segment.bytes | 100 | invalid value '100' for 'segment.bytes'; accepted values: an integer from 1024 to 2147483647",
      "flush.interval.ms | 0 | invalid value '0' for 'flush.interval.ms'; accepted values: an integer from 1 to 9223372036854775807",
      "retension.ms | 5 | unknown topic config key 'retension.ms'; accepted keys: partitions, cleanup.policy, retention.ms, retention.bytes, segment.bytes, segment.ms, delete.retention.ms, flush.policy, flush.interval.ms",
  })
  void invalidPropertiesNameTheKeyAndTheAcceptedValues(String key, String value, String message) {
    assertThatThrownBy(() -> TopicConfig.fromProperties(Map.of(key, value)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @Test
  void builderValidatesToo() {
    assertThatThrownBy(() -> TopicConfig.builder().retentionBytes(-7).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid value '-7' for 'retention.bytes'; accepted values: -1 or an integer from 0 to 9223372036854775807");
  }
}
