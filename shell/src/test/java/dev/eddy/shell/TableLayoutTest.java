package dev.eddy.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableLayoutTest {

  @Test
  void naturalWidthsWhenTheTableFits() {
    assertThat(TableLayout.fit(new int[] {2, 5}, 80)).containsExactly(2, 5);
  }

  @Test
  void narrowColumnsKeepTheirWidthAndWideOnesShareTheRest() {
    // 3 columns take 10 characters of borders and padding, leaving 30: 4 for ID, 13 each for the rest.
    assertThat(TableLayout.fit(new int[] {4, 50, 60}, 40)).containsExactly(4, 13, 13);
  }

  @Test
  void columnsWithoutSpacesStayWholeWhileTextKeepsAReadableWidth() {
    boolean[] wrappable = {false, false, true};
    assertThat(TableLayout.fit(new int[] {20, 10, 70}, wrappable, 60)).containsExactly(20, 10, 20);
    // Only 10 would be left for the text: everyone shares the shortage instead.
    assertThat(TableLayout.fit(new int[] {20, 10, 70}, wrappable, 50)).containsExactly(15, 10, 15);
    assertThat(TableLayout.wrappable(2, List.of(List.of("CSAS_1", "CREATE STREAM x"), List.of("CSAS_2", "y"))))
        .containsExactly(false, true);
  }

  @Test
  void theRemainderGoesToTheFirstWideColumns() {
    assertThat(TableLayout.fit(new int[] {50, 50}, 30)).containsExactly(12, 11);
  }

  @Test
  void columnsNeverShrinkBelowTheMinimum() {
    assertThat(TableLayout.fit(new int[] {30, 30, 30}, 12)).containsExactly(4, 4, 4);
  }

  @Test
  void cellsAreCappedEvenWithoutAWidthLimit() {
    assertThat(TableLayout.fit(new int[] {1000}, Integer.MAX_VALUE)).containsExactly(TableLayout.MAX_WIDTH);
  }

  @Test
  void naturalWidthIsTheLongestLineOfHeaderOrCell() {
    assertThat(TableLayout.naturalWidths(List.of("ID", "PLAN"), List.of(List.of("1", "ab\nabcdef"), List.of("123", "x"))))
        .containsExactly(3, 6);
  }

  @Test
  void pushQueryTextColumnsGrowIntoSpareWidth() {
    List<Column> columns = List.of(new Column("ID", "INTEGER"), new Column("NAME", "STRING"), new Column("T", "ARRAY<STRING>"));
    // 80 - 10 for borders - 51 guessed = 19 spare, 9 more for each text column.
    assertThat(TableLayout.streamingWidths(columns, 80)).containsExactly(11, 29, 29);
    assertThat(TableLayout.streamingWidths(columns, 200)).containsExactly(11, 40, 40);
    assertThat(TableLayout.streamingWidths(columns, 40)).containsExactly(10, 10, 10);
  }

  @Test
  void pushQueryWidthsComeFromTypes() {
    assertThat(TableLayout.guessWidth(new Column("ID", "INTEGER"))).isEqualTo(11);
    assertThat(TableLayout.guessWidth(new Column("A_VERY_LONG_COLUMN_NAME", "BOOLEAN"))).isEqualTo(23);
    assertThat(TableLayout.guessWidth(new Column("NAME", "VARCHAR"))).isEqualTo(20);
  }
}
