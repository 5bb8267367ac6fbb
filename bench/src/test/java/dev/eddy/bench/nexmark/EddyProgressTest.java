package dev.eddy.bench.nexmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EddyProgressTest {

  private static final EddyProgress.TaskProgress SOURCE_0 =
      new EddyProgress.TaskProgress(0, "bid", 0, 100, 100, 100, 100);
  private static final EddyProgress.TaskProgress SOURCE_1 =
      new EddyProgress.TaskProgress(0, "bid", 1, 100, 100, 100, 100);

  @Test
  void aOneStageQueryIsDoneWhenEveryTaskHasReadAndCommittedItsPartition() {
    assertThat(progress(SOURCE_0, SOURCE_1).finished(ends(100, 100))).isTrue();
    assertThat(progress(SOURCE_0, SOURCE_1).finished(ends(100, 101))).isFalse();
    var uncommitted = new EddyProgress.TaskProgress(0, "bid", 1, 100, 64, 100, 100);
    assertThat(progress(SOURCE_0, uncommitted).finished(ends(100, 100))).isFalse();
  }

  @Test
  void aRepartitionedStageMustHaveReadEveryRecordTheStageBeforeEmitted() {
    var left = new EddyProgress.TaskProgress(1, "_eddy-q-repartition-1", 0, 143, 143, 143, 281);
    var right = new EddyProgress.TaskProgress(1, "_eddy-q-repartition-1", 1, 57, 57, 57, 112);
    assertThat(progress(SOURCE_0, SOURCE_1, left, right).finished(ends(100, 100))).isTrue();
    var behind = new EddyProgress.TaskProgress(1, "_eddy-q-repartition-1", 1, 50, 50, 50, 100);
    assertThat(progress(SOURCE_0, SOURCE_1, left, behind).finished(ends(100, 100))).isFalse();
  }

  @Test
  void aJoinStageReadsWhatBothInputStagesEmittedAndCommitsItsFirstSource() {
    var bids = new EddyProgress.TaskProgress(0, "bid", 0, 100, 100, 100, 100);
    var auctions = new EddyProgress.TaskProgress(1, "auction", 0, 7, 7, 7, 7);
    var join = new EddyProgress.TaskProgress(2, "_eddy-q-repartition-1", 0, 107, 100, 100, 30);
    assertThat(progress(bids, auctions, join).finished(ends(100, 0, 7))).isTrue();
    var halfRead = new EddyProgress.TaskProgress(2, "_eddy-q-repartition-1", 0, 103, 100, 100, 30);
    assertThat(progress(bids, auctions, halfRead).finished(ends(100, 0, 7))).isFalse();
    var uncommitted = new EddyProgress.TaskProgress(2, "_eddy-q-repartition-1", 0, 107, 60, 100, 30);
    assertThat(progress(bids, auctions, uncommitted).finished(ends(100, 0, 7))).isFalse();
  }

  private static EddyProgress progress(EddyProgress.TaskProgress... tasks) {
    return new EddyProgress("RUNNING", List.of(tasks), "", "");
  }

  /** An input whose bid topic has two partitions with these many records. */
  private static PartitionEnds ends(long first, long second) {
    return new PartitionEnds(first, second, 0);
  }

  /** The same, and an auction topic of one partition. */
  private static PartitionEnds ends(long first, long second, long auctions) {
    return new PartitionEnds(first, second, auctions);
  }

  private record PartitionEnds(long first, long second, long auctions) implements EddyProgress.InputEnds {
    @Override
    public long end(String topic, int partition) {
      return topic.equals("auction") ? auctions : partition == 0 ? first : second;
    }
  }
}
