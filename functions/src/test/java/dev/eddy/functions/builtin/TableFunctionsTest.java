package dev.eddy.functions.builtin;

import static dev.eddy.functions.builtin.Calls.list;
import static dev.eddy.functions.builtin.Calls.rows;
import static dev.eddy.functions.builtin.Calls.typed;
import static org.assertj.core.api.Assertions.assertThat;

import dev.eddy.functions.registry.FunctionKind;
import dev.eddy.functions.types.SqlTypes;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableFunctionsTest {

  @Test
  void explodeGivesOneRowPerElement() {
    assertThat(rows("EXPLODE", list(1, null, 3))).isEqualTo(list(1, null, 3));
    assertThat(rows("EXPLODE", typed(SqlTypes.array(SqlTypes.STRING), null))).isEmpty();
    assertThat(Calls.resolve("EXPLODE", list("a")).returnType()).isEqualTo(SqlTypes.STRING);
    assertThat(Calls.REGISTRY.get("EXPLODE").kind()).isEqualTo(FunctionKind.TABLE);
  }

  @Test
  void cubeExplodeInKsqlDbOrder() {
    assertThat(rows("CUBE_EXPLODE", list(1, 2))).isEqualTo(List.of(
        list(null, null), list(null, 2), list(1, null), list(1, 2)));
    assertThat(rows("CUBE_EXPLODE", list(1, null))).isEqualTo(List.of(
        list(null, null), list(1, null)));
    List<?> cube = rows("CUBE_EXPLODE", list("one", "two", "three"));
    assertThat(cube).hasSize(8);
    assertThat(cube.get(1)).isEqualTo(list(null, null, "three"));
    assertThat(cube.get(4)).isEqualTo(list("one", null, null));
    assertThat(cube.get(7)).isEqualTo(list("one", "two", "three"));
    assertThat(Calls.resolve("CUBE_EXPLODE", list("a")).returnType())
        .isEqualTo(SqlTypes.array(SqlTypes.STRING));
  }
}
