package dev.eddy.bench.window;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceAggregationTest {

  @Test
  void everyEventIsCountedOnceOrDroppedAsLate() {
    WindowEvents events = new WindowEvents(20_000, 50, 5, 7);
    ReferenceAggregation.Expected expected = ReferenceAggregation.of(events, events.size(), 60_000, 60_000);

    assertThat(expected.late()).as("the stragglers make some events late").isPositive();
    assertThat(expected.accepted() + expected.late()).isEqualTo(events.size());
    assertThat(expected.totals().checksum().events()).isEqualTo(expected.accepted());
    // 50 keys, 4,000 events a minute: every key in each of the 5 minutes, and a few windows before them.
    assertThat(expected.totals().windows()).isGreaterThanOrEqualTo(50 * 5);
    assertThat(expected.changeRows()).isEqualTo(2 * expected.accepted() - expected.totals().windows());
  }

  @Test
  void theSameSeedGivesTheSameEvents() {
    WindowEvents a = new WindowEvents(1000, 10, 2, 3);
    WindowEvents b = new WindowEvents(1000, 10, 2, 3);
    assertThat(ReferenceAggregation.of(a, 1000, 60_000, 60_000).totals().checksum())
        .isEqualTo(ReferenceAggregation.of(b, 1000, 60_000, 60_000).totals().checksum());
    assertThat(new String(a.value(0), java.nio.charset.StandardCharsets.UTF_8)).matches("\\{\"AMOUNT\":\\d+\\.\\d+}");
  }
}
