package dev.eddy.engine.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestNamesTest {

  private static final List<String> COLUMNS = List.of("ID", "NAME", "PAGE", "AMOUNT", "UNIT", "SENSOR");

  @Test
  void aSwapOfTwoLettersIsOneEdit() {
    assertThat(NearestNames.distance("PGAE", "PAGE")).isEqualTo(1);
    assertThat(NearestNames.of("pgae", COLUMNS)).containsExactly("PAGE");
    assertThat(NearestNames.of("uint", COLUMNS)).containsExactly("UNIT");
  }

  @Test
  void onlyTheNearestCloseEnoughNamesAreSuggested() {
    assertThat(NearestNames.of("AMOUNTT", COLUMNS)).containsExactly("AMOUNT");
    assertThat(NearestNames.of("NOPE", COLUMNS)).as("two edits in four letters is another word").isEmpty();
    assertThat(NearestNames.of("X", COLUMNS)).isEmpty();
  }

  @Test
  void hintsReadAsASentence() {
    assertThat(NearestNames.didYouMean(List.of())).isEmpty();
    assertThat(NearestNames.didYouMean(List.of("A"))).isEqualTo(" Did you mean 'A'?");
    assertThat(NearestNames.didYouMean(List.of("A", "B", "C"))).isEqualTo(" Did you mean 'A', 'B' or 'C'?");
  }
}
