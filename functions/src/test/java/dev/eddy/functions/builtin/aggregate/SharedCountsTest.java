package dev.eddy.functions.builtin.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SharedCountsTest {

  @Test
  void agreesWithAHashMapThroughRandomChanges() {
    Random random = new Random(7);
    Map<String, Long> expected = new HashMap<>();
    SharedCounts counts = SharedCounts.EMPTY;
    for (int step = 0; step < 20_000; step++) {
      String key = "k" + random.nextInt(3_000);
      long count = random.nextInt(4) == 0 ? 0 : random.nextInt(5) + 1;
      counts = counts.with(key, count);
      if (count == 0) {
        expected.remove(key);
      } else {
        expected.put(key, count);
      }
    }
    assertThat(counts).hasSize(expected.size()).isEqualTo(expected);
    assertThat(new HashMap<>(counts)).isEqualTo(expected);
  }

  @Test
  void keysOfOneHashShareABucket() {
    assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
    SharedCounts counts = SharedCounts.EMPTY.with("Aa", 1).with("BB", 2).with("C#", 3).with("Aa", 4);
    assertThat(counts).isEqualTo(Map.of("Aa", 4L, "BB", 2L, "C#", 3L));
    assertThat(counts.with("BB", 0).with("Aa", 0)).isEqualTo(Map.of("C#", 3L));
    assertThat(counts.with("zz", 0)).isSameAs(counts);
  }

  @Test
  void aChangeLeavesTheOldMapAsItWas() {
    SharedCounts before = SharedCounts.EMPTY.with("a", 1).with("b", 1);
    SharedCounts after = before.with("a", 2).with("b", 0).with("c", 1);
    assertThat(before).isEqualTo(Map.of("a", 1L, "b", 1L));
    assertThat(after).isEqualTo(Map.of("a", 2L, "c", 1L));
  }

  @Test
  void takesOverARestoredMap() {
    Map<String, Long> restored = new LinkedHashMap<>(Map.of("x", 2L, "y", 1L));
    assertThat(SharedCounts.of(restored).with("x", 1)).isEqualTo(Map.of("x", 1L, "y", 1L));
  }
}
