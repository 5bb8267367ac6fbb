package dev.eddy.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WorkloadTest {

  @Test
  void slicesCoverTheRunExactlyOnce() {
    Workload workload = new Workload(1003, 100, 10, 1);
    int next = 0;
    for (int writer = 0; writer < 8; writer++) {
      Workload.Slice slice = workload.slice(1001, writer, 8);
      assertThat(slice.from()).isEqualTo(next);
      assertThat(slice.count()).isBetween(125, 126);
      next = slice.to();
    }
    assertThat(next).isEqualTo(1001);
  }

  @Test
  void recordsHaveTheAskedSizesAndDistinctKeys() {
    Workload workload = new Workload(3, 100, 10, 1);
    assertThat(workload.value(2)).hasSize(100);
    assertThat(workload.key(1)).hasSize(Workload.KEY_BYTES).isNotEqualTo(workload.key(2));
    assertThat(workload.payloadBytes(10)).isEqualTo(1080);
  }

  @Test
  void aRunCannotAskForMoreRecordsThanGenerated() {
    Workload workload = new Workload(3, 1, 1, 1);
    assertThatThrownBy(() -> workload.slice(4, 0, 1)).isInstanceOf(IllegalArgumentException.class);
  }
}
