package dev.eddy.engine.runtime.operator;

import static dev.eddy.engine.runtime.TestRows.insert;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.engine.runtime.OperatorHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlatMapOperatorTest {

  @Test
  void listsAreZippedUpToTheLongestAndTheOtherColumnsRepeated() {
    OperatorHarness harness = OperatorHarness.of(new FlatMapOperator(1));

    harness.process(insert(7, "k", List.of(1, 2), List.of("a", "b", "c")));

    assertThat(harness.output()).containsExactly(
        "+I[k, 1, a] @7", "+I[k, 2, b] @7", "+I[k, null, c] @7");
  }

  @Test
  void aRowWhoseListsAreEmptyOrNullGivesNoRows() {
    OperatorHarness harness = OperatorHarness.of(new FlatMapOperator(1));

    harness.process(insert(1, "a", List.of(), null), insert(2, "b", null, List.of(5)));

    assertThat(harness.output()).containsExactly("+I[b, null, 5] @2");
  }
}
