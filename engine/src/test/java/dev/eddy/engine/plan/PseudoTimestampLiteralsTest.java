package dev.eddy.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PseudoTimestampLiteralsTest {

  @Test
  void aPartialTimestampIsTheEarliestInstantItNamesInUtc() {
    assertThat(PseudoTimestampLiterals.millis("2018")).isEqualTo(1514764800000L);
    assertThat(PseudoTimestampLiterals.millis("2018-01-01T00:00:00.001")).isEqualTo(1514764800001L);
    assertThat(PseudoTimestampLiterals.millis("2018-01-01T00:00:00.5")).isEqualTo(1514764800500L);
    assertThat(PseudoTimestampLiterals.millis("2018-02")).isEqualTo(1517443200000L);
  }

  @Test
  void aZoneShiftsTheInstant() {
    assertThat(PseudoTimestampLiterals.millis("2018-01-01T04:45+0445")).isEqualTo(1514764800000L);
    assertThat(PseudoTimestampLiterals.millis("2018-01-01T00:00Z")).isEqualTo(1514764800000L);
    assertThat(PseudoTimestampLiterals.millis("2017-12-31T22:00:00-02:00")).isEqualTo(1514764800000L);
  }

  @Test
  void otherTextIsNoTimestamp() {
    assertThat(PseudoTimestampLiterals.millis("yesterday")).isNull();
    assertThat(PseudoTimestampLiterals.millis("2018-13")).isNull();
  }
}
