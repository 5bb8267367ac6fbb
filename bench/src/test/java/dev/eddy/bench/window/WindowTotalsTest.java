package dev.eddy.bench.window;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WindowTotalsTest {

  @Test
  void theChecksumIgnoresOrderButNotOneWindowsTotal() {
    WindowTotals a = new WindowTotals();
    a.put("k1", 0, 2, 3.5);
    a.put("k2", 60_000, 1, 0.25);
    WindowTotals b = new WindowTotals();
    b.put("k2", 60_000, 1, 0.25);
    b.put("k1", 0, 1, 1.0);
    b.put("k1", 0, 2, 3.5); // an upsert replaces the earlier total

    assertThat(b.checksum()).isEqualTo(a.checksum());
    assertThat(a.differences(b, 10)).isEmpty();

    b.put("k2", 60_000, 1, 0.5);
    assertThat(b.checksum()).isNotEqualTo(a.checksum());
    assertThat(a.differences(b, 10)).containsExactly(
        "KeyWindow[key=k2, start=60000]: Total[count=1, sum=0.25] vs Total[count=1, sum=0.5]");
  }
}
