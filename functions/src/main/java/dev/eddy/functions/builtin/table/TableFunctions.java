package dev.eddy.functions.builtin.table;

import dev.eddy.functions.api.Udtf;
import dev.eddy.functions.api.UdtfDescription;
import dev.eddy.functions.api.UdfParameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Table functions: each returns the rows one input row expands to. */
public final class TableFunctions {

  private TableFunctions() {}

  @UdtfDescription(name = "EXPLODE", description = "One row per element of an array; no rows"
      + " for a NULL or empty array.")
  public static final class Explode {
    @Udtf
    public <T> List<T> explode(@UdfParameter("array") List<T> array) {
      return array == null ? List.of() : array;
    }
  }

  /**
   * CUBE_EXPLODE(ARRAY[a, b]) gives every combination of keeping or nulling each element, in
   * ksqlDB's order: [null, null], [null, b], [a, null], [a, b]. An element that is already NULL is not
   * doubled, so the output has no duplicate rows.
   */
  @UdtfDescription(name = "CUBE_EXPLODE", description = "One row per combination of the"
      + " array's elements being kept or replaced by NULL (the grouping sets of a cube).")
  public static final class CubeExplode {
    @Udtf
    public <T> List<List<T>> cubeExplode(@UdfParameter("array") List<T> array) {
      if (array == null) {
        return List.of();
      }
      List<List<T>> rows = new ArrayList<>();
      rows.add(new ArrayList<>(Arrays.asList(newArray(array.size()))));
      // Last element first, so the first element varies slowest: [n, n], [n, b], [a, n], [a, b].
      for (int i = array.size() - 1; i >= 0; i--) {
        T value = array.get(i);
        if (value == null) {
          continue;
        }
        int existing = rows.size();
        for (int r = 0; r < existing; r++) {
          List<T> copy = new ArrayList<>(rows.get(r));
          copy.set(i, value);
          rows.add(copy);
        }
      }
      return rows;
    }

    @SuppressWarnings("unchecked")
    private static <T> T[] newArray(int size) {
      return (T[]) new Object[size];
    }
  }
}
