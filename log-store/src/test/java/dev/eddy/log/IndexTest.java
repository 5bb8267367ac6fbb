package dev.eddy.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexTest {

  @TempDir
  Path dir;

  @Test
  void offsetIndexFindsTheLargestEntryAtOrBelowTheTarget() {
    OffsetIndex index = new OffsetIndex(dir.resolve("a.index"), 1000, 1024, true);
    assertThat(index.lookup(1500)).isEqualTo(new OffsetIndex.OffsetPosition(1000, 0));
    index.append(1010, 4096);
    index.append(1020, 8200);
    index.append(1035, 12300);
    assertThat(index.lookup(999)).isEqualTo(new OffsetIndex.OffsetPosition(1000, 0));
    assertThat(index.lookup(1009)).isEqualTo(new OffsetIndex.OffsetPosition(1000, 0));
    assertThat(index.lookup(1010)).isEqualTo(new OffsetIndex.OffsetPosition(1010, 4096));
    assertThat(index.lookup(1034)).isEqualTo(new OffsetIndex.OffsetPosition(1020, 8200));
    assertThat(index.lookup(99_999)).isEqualTo(new OffsetIndex.OffsetPosition(1035, 12300));
    assertThat(index.lastEntry()).isEqualTo(new OffsetIndex.OffsetPosition(1035, 12300));
  }

  @Test
  void trimmedIndexReopensWithTheSameEntries() throws IOException {
    Path file = dir.resolve("b.index");
    OffsetIndex index = new OffsetIndex(file, 0, 1024, true);
    assertThat(Files.size(file)).isEqualTo(1024);
    for (int i = 1; i <= 10; i++) {
      index.append(i * 10L, i * 5000);
    }
    index.trimToValidSize();
    assertThat(Files.size(file)).isEqualTo(80);
    OffsetIndex reopened = new OffsetIndex(file, 0, 1024, false);
    assertThat(reopened.entries()).isEqualTo(10);
    assertThat(reopened.lookup(55)).isEqualTo(new OffsetIndex.OffsetPosition(50, 25000));
  }

  @Test
  void fullIndexRefusesMoreEntries() {
    OffsetIndex index = new OffsetIndex(dir.resolve("c.index"), 0, 16, true);
    index.append(1, 10);
    index.append(2, 20);
    assertThat(index.isFull()).isTrue();
    assertThatThrownBy(() -> index.append(3, 30)).isInstanceOf(IllegalStateException.class).hasMessageContaining("is full (2 entries)");
  }

  @Test
  void indexFileOfBrokenLengthIsCorrupt() throws IOException {
    Path file = dir.resolve("d.index");
    Files.write(file, new byte[13]);
    assertThatThrownBy(() -> new OffsetIndex(file, 0, 1024, false))
        .isInstanceOf(CorruptIndexException.class)
        .hasMessage("index file " + file + " has length 13, not a multiple of the entry size 8");
  }

  @Test
  void timeIndexGivesAnOffsetBeforeWhichNothingQualifies() {
    TimeIndex index = new TimeIndex(dir.resolve("e.timeindex"), 500, 1200, true);
    assertThat(index.lookupScanStart(123)).isEqualTo(500);
    index.append(100, 510); // records before offset 510 have timestamps <= 100
    index.append(250, 530);
    index.append(400, 560);
    assertThat(index.lookupScanStart(50)).isEqualTo(500);
    assertThat(index.lookupScanStart(100)).isEqualTo(500);
    assertThat(index.lookupScanStart(101)).isEqualTo(510);
    assertThat(index.lookupScanStart(250)).isEqualTo(510);
    assertThat(index.lookupScanStart(251)).isEqualTo(530);
    assertThat(index.lookupScanStart(10_000)).isEqualTo(560);
    assertThat(index.lastTimestamp()).isEqualTo(400);
    assertThat(index.lastOffset()).isEqualTo(560);
  }
}
