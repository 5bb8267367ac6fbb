package dev.eddy.bench.nexmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputRowsTest {

  @Test
  void flinksDecimalsAndTimestampsEqualEddysJsonNumbers() throws Exception {
    OutputRows flink = new OutputRows();
    flink.add(List.of(1001L, new BigDecimal("908.000"), LocalDateTime.of(2026, 1, 1, 0, 0, 1), "x"));
    OutputRows eddy = new OutputRows();
    var json = new ObjectMapper().readTree("[1001, 908, 1767225601000, \"x\"]");
    eddy.add(List.of(json.get(0), json.get(1), json.get(2), json.get(3)));
    assertThat(eddy.sameAs(flink)).isTrue();
  }

  @Test
  void aRetractionTakesOneCopyOut() {
    OutputRows rows = new OutputRows();
    rows.add(List.of(1L, "a"));
    rows.add(List.of(1L, "a"));
    assertThat(rows.remove(List.of(1L, "a"))).isTrue();
    assertThat(rows.remove(Arrays.asList(2L, null))).isFalse();
    OutputRows once = new OutputRows();
    once.add(List.of(1L, "a"));
    assertThat(rows.sameAs(once)).isTrue();
    assertThat(rows.size()).isEqualTo(1);
  }

  @Test
  void differencesNameTheRowsAndBothCounts() {
    OutputRows eddy = new OutputRows();
    eddy.add(List.of(1L));
    eddy.add(List.of(2L));
    OutputRows flink = new OutputRows();
    flink.add(List.of(2L));
    flink.add(Arrays.asList((Object) null));
    assertThat(eddy.differences(flink, "eddy", "flink", 10)).containsExactly("1: eddy 1, flink 0", "null: eddy 0, flink 1");
  }
}
