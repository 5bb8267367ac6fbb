package dev.eddy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrialsTest {

  private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  @Test
  void warmsUpEveryFigureThenRunsThemInRoundsAndReportsTheMedian() throws Exception {
    List<String> calls = new ArrayList<>();
    long[] wallNanos = {7, 1_000, 3_000, 2_000};
    int[] next = {0};
    Trial a = records -> {
      calls.add("a" + records);
      return new Throughput(records, records, new CpuMeter.Timing(wallNanos[next[0]++], 0));
    };
    Trial b = records -> {
      calls.add("b" + records);
      return new Throughput(records, records, new CpuMeter.Timing(1, 0));
    };

    List<Trials.Measured> measured = new Trials(3, 100, () -> {}, QUIET)
        .measure(List.of(new Trials.Figure("a", a), new Trials.Figure("b", b)));

    assertThat(calls).containsExactly("a25", "b25", "a100", "b100", "a100", "b100", "a100", "b100");
    assertThat(measured.get(0).runs()).hasSize(3);
    assertThat(measured.get(0).median().timing().wallNanos()).isEqualTo(2_000);
  }
}
