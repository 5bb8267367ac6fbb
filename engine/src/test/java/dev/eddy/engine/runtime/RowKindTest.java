package dev.eddy.engine.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RowKindTest {

  @Test
  void byteValuesAndShortNamesAreStable() {
    assertThat(RowKind.values()).extracting(RowKind::toByteValue).containsExactly((byte) 0, (byte) 1, (byte) 2, (byte) 3);
    assertThat(RowKind.values()).extracting(RowKind::shortString).containsExactly("+I", "-U", "+U", "-D");
  }

  @Test
  void roundTripsThroughBytesAndShortNames() {
    for (RowKind kind : RowKind.values()) {
      assertThat(RowKind.fromByteValue(kind.toByteValue())).isEqualTo(kind);
      assertThat(RowKind.fromShortString(kind.shortString())).isEqualTo(kind);
    }
  }

  @Test
  void rejectsUnknownValues() {
    assertThatThrownBy(() -> RowKind.fromByteValue((byte) 4))
        .hasMessage("Unknown row kind byte value 4, expected 0..3");
    assertThatThrownBy(() -> RowKind.fromShortString("+X"))
        .hasMessage("Unknown row kind '+X', expected one of +I, -U, +U, -D");
  }

  @Test
  void changelogModes() {
    assertThat(ChangelogMode.insertOnly().toString()).isEqualTo("[+I]");
    assertThat(ChangelogMode.upsert().toString()).isEqualTo("[+I, +U, -D]");
    assertThat(ChangelogMode.all().toString()).isEqualTo("[+I, -U, +U, -D]");
    assertThat(ChangelogMode.all().containsAll(ChangelogMode.upsert())).isTrue();
    assertThat(ChangelogMode.upsert().containsAll(ChangelogMode.all())).isFalse();
    assertThat(ChangelogMode.upsert().contains(RowKind.UPDATE_BEFORE)).isFalse();
    assertThat(ChangelogMode.insertOnly().isInsertOnly()).isTrue();
    assertThat(ChangelogMode.of(RowKind.INSERT, RowKind.DELETE)).isNotEqualTo(ChangelogMode.upsert());
  }

  @Test
  void batchIsBoundedAndReusable() {
    RowBatch batch = new RowBatch(2);
    batch.add(RowKind.INSERT, new Object[] {1}, 10);
    batch.add(RowKind.DELETE, new Object[] {2}, 20);
    assertThat(batch.isFull()).isTrue();
    assertThatThrownBy(() -> batch.add(RowKind.INSERT, new Object[] {3}, 30))
        .isInstanceOf(IllegalStateException.class).hasMessage("Batch is full (capacity 2)");
    assertThat(batch.toString()).isEqualTo("+I[1] @10\n-D[2] @20\n");
    batch.clear();
    assertThat(batch.size()).isZero();
    assertThatThrownBy(() -> batch.row(0)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
